import { boundedMemo, weakMemo } from '../core/memo.js';
import { parseArticleReference } from '../law/names.js';
import type { SanctionRecord } from '../sanctions/record.js';
import { BASELINE_NUMBERING } from './regimes.js';

/**
 * A fine case as the model reads it: who decided, on whom, for what, when. Built from a decided
 * record (to learn) or from a company profile and a scenario (to predict).
 */
export interface FineCase {
  /** The authority's id ("FR-CNIL"); null where the lead authority is not known. */
  readonly authority: string | null;
  readonly regime: string;
  /** log10 of the entity's turnover in euros; where only the group's is known, the group's. */
  readonly logTurnover: number | null;
  /** The figure in `logTurnover` is the group's (the entity's own is unknown). */
  readonly turnoverIsGroup: boolean;
  /** log10(group turnover ÷ entity turnover), where both are known. */
  readonly logGroupOverEntity: number | null;
  readonly sizeClass: 'micro' | 'small' | 'medium' | 'large' | null;
  /** The infringed articles, as written. */
  readonly articles: readonly string[];
  readonly nace: string | null;
  readonly consumerFacing: boolean | null;
  /** The decision date (or the date asked about). */
  readonly date: string;
  /** A cross-border case decided by a lead authority (GDPR Art. 60); null where unknown. */
  readonly crossBorder: boolean | null;
}

/** The date the EDPB adopted Guidelines 04/2022 in their final version 2.1. */
export const EDPB_GUIDELINES_ADOPTED = '2023-05-24';

/** The article families the model has a term for, each a set of article numbers per regime. */
export const ARTICLE_FAMILIES: ReadonlyArray<{
  readonly id: string;
  readonly label: string;
  readonly articles: readonly number[];
}> = [
  { id: 'principles', label: 'principles (Art. 5)', articles: [5] },
  {
    id: 'lawfulness',
    label: 'lawfulness, consent, special categories (Arts 6-10)',
    articles: [6, 7, 8, 9, 10],
  },
  { id: 'transparency', label: 'transparency and information (Arts 12-14)', articles: [12, 13, 14] },
  { id: 'rights', label: 'data-subject rights (Arts 15-22)', articles: [15, 16, 17, 18, 19, 20, 21, 22] },
  { id: 'accountability', label: 'accountability and design (Arts 24-25)', articles: [24, 25] },
  { id: 'processors', label: 'controllers and processors (Arts 26-29)', articles: [26, 27, 28, 29] },
  { id: 'records', label: 'records of processing (Art. 30)', articles: [30] },
  { id: 'cooperation', label: 'cooperation with the authority (Arts 31, 58)', articles: [31, 58] },
  { id: 'security', label: 'security (Art. 32)', articles: [32] },
  { id: 'breach', label: 'breach notification (Arts 33-34)', articles: [33, 34] },
  { id: 'dpia', label: 'impact assessment (Arts 35-36)', articles: [35, 36] },
  { id: 'dpo', label: 'data protection officer (Arts 37-39)', articles: [37, 38, 39] },
  { id: 'transfers', label: 'transfers outside the EEA (Arts 44-49)', articles: [44, 45, 46, 47, 48, 49] },
];

/** Art. 83(5) GDPR articles (the higher tier): 5-7, 9, 12-22, 44-49, 58. */
const HIGHER_TIER = new Set([
  5, 6, 7, 9, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 44, 45, 46, 47, 48, 49, 58,
]);

export interface ArticleFlags {
  readonly families: ReadonlySet<string>;
  /** An article of the higher tier (GDPR Art. 83(5)-(6)) is among them. */
  readonly higherTier: boolean;
  /** The French cookie rule (LIL Art. 82) is among them. */
  readonly cookies: boolean;
  /** A national provision (ES LOPDGDD, IT Codice...) is cited beside the GDPR. */
  readonly nationalLaw: boolean;
  /** The number of distinct articles cited. */
  readonly count: number;
}

/**
 * The flags of a list of articles, remembered for the lists that are kept (a sanction record's,
 * frozen): the nearest cases compare a company with every record, each estimate.
 */
const flagsOfKeptList = /* @__PURE__ */ weakMemo(computeArticleFlags);

/**
 * The flags of other lists, remembered by their text for 4,096 lists at most: an estimate asks for
 * the same few scenarios again and again, and a caller naming ever new lists does not grow it.
 */
const flagsByText = /* @__PURE__ */ boundedMemo(
  (articles: readonly string[]) => articles.join('\u0000'),
  computeArticleFlags,
  4096,
);

export function articleFlags(articles: readonly string[]): ArticleFlags {
  return Object.isFrozen(articles) ? flagsOfKeptList(articles) : flagsByText(articles);
}

function computeArticleFlags(articles: readonly string[]): ArticleFlags {
  const families = new Set<string>();
  let higherTier = false;
  let cookies = false;
  let nationalLaw = false;
  const distinct = new Set<string>();
  for (const a of articles) {
    distinct.add(a.replace(/\(.*$/, '').trim());
    if (/\bLIL\b.*\b82\b/i.test(a)) {
      cookies = true;
      continue;
    }
    const ref = parseArticleReference(a);
    if (!ref || (ref.regime !== null && !BASELINE_NUMBERING.has(ref.regime))) {
      if (/^[A-Z]{2} /.test(a)) nationalLaw = true;
      continue;
    }
    if (HIGHER_TIER.has(ref.article)) higherTier = true;
    for (const f of ARTICLE_FAMILIES) if (f.articles.includes(ref.article)) families.add(f.id);
  }
  return { families, higherTier, cookies, nationalLaw, count: distinct.size };
}

const log10 = (x: number) => Math.log10(x);

/** The case of a decided record, in euros at the ECB average of each figure's year. */
export function caseOfRecord(r: SanctionRecord): FineCase {
  const entity = r.entityTurnoverEur ? Number(r.entityTurnoverEur.amount) : null;
  const group = r.groupTurnoverEur ? Number(r.groupTurnoverEur.amount) : null;
  const legacy = !entity && !group && r.turnoverEur ? Number(r.turnoverEur.amount) : null;
  const legacyIsGroup = legacy !== null && r.turnover?.scope === 'undertaking';
  const e = entity && entity > 0 ? entity : null;
  const g = group && group > 0 ? group : legacy && legacy > 0 && legacyIsGroup ? legacy : null;
  const own = e ?? (legacy && !legacyIsGroup && legacy > 0 ? legacy : null);
  return {
    authority: r.authorityId ?? null,
    regime: r.regime,
    logTurnover: own ? log10(own) : g ? log10(g) : null,
    turnoverIsGroup: own === null && g !== null,
    logGroupOverEntity: own && g && g >= own ? log10(g / own) : null,
    sizeClass: r.size ?? sizeFromFigures(r),
    articles: r.articles,
    nace: r.nace ?? null,
    consumerFacing: r.consumerFacing ?? null,
    date: r.date,
    crossBorder: r.procedure ? r.procedure.kind === 'cross-border' : null,
  };
}

/**
 * The size class a record's own figures establish under Recommendation 2003/361/EC, where the
 * decision states both the headcount and the entity's turnover (and the entity is in no group).
 */
function sizeFromFigures(r: SanctionRecord): FineCase['sizeClass'] {
  if (r.employees == null || !r.entityTurnoverEur || r.undertaking) return null;
  const t = Number(r.entityTurnoverEur.amount);
  if (r.employees < 10 && t <= 2e6) return 'micro';
  if (r.employees < 50 && t <= 1e7) return 'small';
  if (r.employees < 250 && t <= 5e7) return 'medium';
  if (r.employees >= 250) return 'large';
  return null;
}

/**
 * The calibration cell of a case (Mondrian conformal): large, SME, or unknown size, read from the
 * size class, else from the turnover (above or within EUR 50m, the medium-sized ceiling).
 */
export const CALIBRATION_CELLS = ['large', 'sme', 'unknown'] as const;
export type CalibrationCell = (typeof CALIBRATION_CELLS)[number];

export function cellOf(c: FineCase): CalibrationCell {
  if (c.sizeClass === 'large') return 'large';
  if (c.sizeClass) return 'sme';
  if (c.logTurnover !== null && !c.turnoverIsGroup) return c.logTurnover > log10(5e7) ? 'large' : 'sme';
  if (c.logTurnover !== null && c.turnoverIsGroup && c.logTurnover > log10(5e7)) return 'large';
  return 'unknown';
}
