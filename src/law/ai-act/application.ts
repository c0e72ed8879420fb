import type { Citation } from '../../core/citation.js';
import type { IsoDate } from '../../core/dates.js';
import { readArticleReference } from '../article-reference.js';
import { AI_ACT_AMENDMENT, aiAct, aiActAmendment } from './regulation.js';

/**
 * The dates from which each part of the AI Act applies (Art. 113), in the two versions of Art. 113:
 * as adopted (to 26 July 2026) and as amended by Regulation (EU) 2026/1744 (from 27 July 2026). An
 * obligation cannot be infringed before the date its article applies from.
 */

/** Which annex makes an AI system high-risk: Art. 6(1) and Annex I (products), or Art. 6(2) and Annex III. */
export type HighRiskAnnex = 'I' | 'III';

export interface ArticleApplication {
  /** "Chapter III, Section 3". */
  readonly part: string;
  /** The first day the article applies; null where it depends on the annex and none was given. */
  readonly from: IsoDate;
  /** For Chapter III Sections 1-3 after the amendment: the annex the date was read for. */
  readonly annex: HighRiskAnnex | null;
  /** Whether the date was read for an assumed annex (the earlier date, Annex III). */
  readonly annexAssumed: boolean;
  readonly version: 'as adopted' | 'as amended by Regulation (EU) 2026/1744';
  readonly citation: Citation;
}

interface Part {
  readonly part: string;
  readonly articles: readonly [number, number];
  /** The paragraph or point the rule is limited to, e.g. 5(1)(ba). */
  readonly only?: readonly string[];
}

const ADOPTED_TEXT =
  'It shall apply from 2 August 2026. However: (a) Chapters I and II shall apply from 2 February 2025; (b) Section 4 of Chapter III, Chapter V, Chapter VII and Chapter XII and Article 78 shall apply from 2 August 2025, with the exception of Article 101; (c) Article 6(1) and the corresponding obligations in this Regulation shall apply from 2 August 2027.';

const AMENDED_TEXT =
  'Art. 113, third paragraph, as amended by Regulation (EU) 2026/1744, Art. 1(40): Chapters I and II apply from 2 February 2025, save Art. 5(1)(ba), (bb), (1a) and (1b), which apply from 2 December 2026; Section 4 of Chapter III, Chapter V, Chapter VII, Chapter XII and Art. 78 from 2 August 2025, except Art. 101; Sections 1, 2 and 3 of Chapter III from 2 December 2027 for the high-risk AI systems of Art. 6(2) and Annex III, and from 2 August 2028 for those of Art. 6(1) and Annex I; Arts 102 to 110 from 27 July 2026; the rest from 2 August 2026.';

const SECTION_1_3: readonly Part[] = [
  { part: 'Chapter III, Section 1 (classification)', articles: [6, 7] },
  { part: 'Chapter III, Section 2 (requirements)', articles: [8, 15] },
  {
    part: 'Chapter III, Section 3 (obligations of providers, deployers and other parties)',
    articles: [16, 27],
  },
];

/** The parts whose date is the same in both versions. */
const FIXED: ReadonlyArray<Part & { readonly from: IsoDate }> = [
  { part: 'Chapter I (general provisions)', articles: [1, 4], from: '2025-02-02' },
  {
    part: 'Chapter III, Section 4 (notifying authorities and notified bodies)',
    articles: [28, 39],
    from: '2025-08-02',
  },
  {
    part: 'Chapter III, Section 5 (standards, conformity assessment, certificates, registration)',
    articles: [40, 49],
    from: '2026-08-02',
  },
  { part: 'Chapter IV (transparency obligations)', articles: [50, 50], from: '2026-08-02' },
  { part: 'Chapter V (general-purpose AI models)', articles: [51, 56], from: '2025-08-02' },
  { part: 'Chapter VI (measures in support of innovation)', articles: [57, 63], from: '2026-08-02' },
  { part: 'Chapter VII (governance)', articles: [64, 70], from: '2025-08-02' },
  { part: 'Chapter VIII (EU database)', articles: [71, 71], from: '2026-08-02' },
  { part: 'Article 78 (confidentiality)', articles: [78, 78], from: '2025-08-02' },
  {
    part: 'Chapter IX (post-market monitoring, market surveillance)',
    articles: [72, 94],
    from: '2026-08-02',
  },
  { part: 'Chapters X and XI (codes of conduct, delegation)', articles: [95, 98], from: '2026-08-02' },
  {
    part: 'Article 101 (fines on providers of general-purpose AI models)',
    articles: [101, 101],
    from: '2026-08-02',
  },
  { part: 'Chapter XII (penalties)', articles: [99, 100], from: '2025-08-02' },
];

/** The prohibitions inserted by Regulation (EU) 2026/1744, Art. 1(7): Art. 5(1)(ba) and (bb). */
export const NEW_PROHIBITIONS = ['ba', 'bb'] as const;

function within(article: number, part: Part): boolean {
  return article >= part.articles[0] && article <= part.articles[1];
}

/**
 * The date an AI Act article applies from, on the version of Art. 113 in force on `asOf`.
 * `annex` says whether a high-risk system falls under Annex I or Annex III; where it is not given,
 * the earlier date (Annex III) is read and `annexAssumed` is true, so that nothing unknown is
 * reported as not yet applicable.
 */
export function aiActApplication(
  reference: string,
  asOf: IsoDate,
  annex?: HighRiskAnnex,
): ArticleApplication | null {
  const parsed = readArticleReference(reference);
  if (!parsed) return null;
  const article = parsed.article;
  const amended = asOf >= AI_ACT_AMENDMENT.entryIntoForce;
  const version: ArticleApplication['version'] = amended
    ? 'as amended by Regulation (EU) 2026/1744'
    : 'as adopted';
  const citation = amended ? aiActAmendment('Art. 1(40)', AMENDED_TEXT) : aiAct('Art. 113', ADOPTED_TEXT);
  const result = (
    part: string,
    from: IsoDate,
    read: HighRiskAnnex | null = null,
    assumed = false,
  ): ArticleApplication => ({
    part,
    from,
    annex: read,
    annexAssumed: assumed,
    version,
    citation,
  });
  if (article === 5) {
    const point = parsed.subdivisions[0] === '1' ? parsed.subdivisions[1] : undefined;
    if (point && (NEW_PROHIBITIONS as readonly string[]).includes(point)) {
      return amended
        ? result('Article 5(1), points (ba) and (bb), inserted by Regulation (EU) 2026/1744', '2026-12-02')
        : null;
    }
    return result('Chapter II (prohibited AI practices)', '2025-02-02');
  }
  if (!amended) {
    if (article === 6 && parsed.subdivisions[0] === '1') {
      return result('Article 6(1) and the corresponding obligations', '2027-08-02');
    }
    const section = SECTION_1_3.find((p) => within(article, p));
    if (section) {
      // As adopted: Sections 1-3 from 2 August 2026, save the Annex I systems of Art. 6(1) and
      // "the corresponding obligations", which apply from 2 August 2027.
      if (annex === 'I') return result(section.part, '2027-08-02', 'I');
      return result(section.part, '2026-08-02', annex ?? null, annex === undefined);
    }
  }
  if (amended) {
    const section = SECTION_1_3.find((p) => within(article, p));
    if (section && !(article === 6 && parsed.subdivisions[0] === '5')) {
      if (annex === 'I') return result(section.part, '2028-08-02', 'I');
      return result(section.part, '2027-12-02', 'III', annex === undefined);
    }
    if (article >= 102 && article <= 110) {
      return result('Articles 102 to 110 (amendments to other Union acts)', '2026-07-27');
    }
  }
  const fixed = FIXED.find((p) => within(article, p));
  if (fixed) return result(fixed.part, fixed.from);
  return result('the rest of the Regulation (general date of application)', '2026-08-02');
}
