import { addYearsIso, type IsoDate } from '../../../core/dates.js';
import { readArticleReference } from '../../article-reference.js';
import type { CommonFacts } from '../../facts/company.js';

export type SanctionEntry = CommonFacts['sanctionHistory'][number];

/** Decisions of the Commission under the DMA in the 8 years before `asOf` (Art. 18(3), 30(2)). */
export function dmaDecisionsWithinEightYears(
  profile: Pick<CommonFacts, 'sanctionHistory'>,
  asOf: IsoDate,
): SanctionEntry[] {
  const from = addYearsIso(asOf, -8);
  return profile.sanctionHistory.filter((e) => e.regime === 'DMA' && e.date >= from && e.date < asOf);
}

/**
 * Art. 30(2): a non-compliance decision of the 8 preceding years that found the same infringement
 * of the same article and paragraph (and, where both name it, for the same service). Whether a
 * different paragraph is a "similar" infringement is for the Commission: it is not assumed.
 */
export function previousSameInfringement(
  profile: Pick<CommonFacts, 'sanctionHistory'>,
  article: string,
  asOf: IsoDate,
  service?: string,
): SanctionEntry | null {
  const wanted = readArticleReference(article);
  if (!wanted) return null;
  for (const entry of dmaDecisionsWithinEightYears(profile, asOf)) {
    if (service !== undefined && entry.service !== undefined && entry.service !== service) continue;
    for (const found of entry.articles ?? []) {
      const ref = readArticleReference(found);
      if (!ref || ref.article !== wanted.article) continue;
      const a = wanted.subdivisions[0];
      const b = ref.subdivisions[0];
      if (a === undefined || b === undefined || a === b) return entry;
    }
  }
  return null;
}
