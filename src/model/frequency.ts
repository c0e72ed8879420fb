import { groupDigits } from '../core/group-digits.js';
import type { CalibrationCell } from './features.js';

/**
 * How likely a fine is in a year: a Poisson rate λ, so that P(at least one fine) = 1 − e^(−λ).
 *
 * λ = (fines a year by the authorities of the company's country) × (the share of them on the
 * company's size class) ÷ (the enterprises of that size class in that country), each part with its
 * source; where the country's enterprises are not bundled (or the country is not known), the same
 * with the EU and EEA's fines and the EU's enterprises. The parts are computed from the data
 * when the model is built (scripts/fit-model.mjs) and ship with it; every figure is a named
 * parameter the caller can replace (`frequency` of estimateExposure).
 */
export interface FrequencyParameters {
  /** Fines a year on enterprises in the EU and EEA: the sum over the authorities below. */
  readonly finesPerYear: number;
  /** Each authority's figure: what it reports (its annual report), or the records held (a lower bound). */
  readonly authorities: readonly {
    readonly authorityId: string;
    readonly finesPerYear: number;
    readonly basis: 'reported' | 'records held (lower bound)';
    readonly year: number | string;
    readonly source: string | null;
  }[];
  /** Enterprises in the EU, by size cell, and where the figures come from. */
  readonly enterprises: { readonly large: number; readonly sme: number; readonly source: string };
  /**
   * The countries whose enterprises are bundled: their rate replaces the EU's for a company
   * established there. Absent or empty: the EU rate for everyone (a caller who replaces
   * `finesPerYear` or `enterprises` replaces the country figures too).
   */
  readonly countries?: readonly CountryFrequency[];
  /** The share of fines on large enterprises (of those whose size is known), measured on the records. */
  readonly largeShareOfFines: number;
  readonly largeShareBasis: string;
  /** Whether the parts are lower bounds (authorities without a report count only the fines held). */
  readonly lowerBound: boolean;
  /**
   * Posture: the rate is multiplied by (1 + gapEffect × s) ÷ (1 + gapEffect × averageGapShare), s
   * the share of applicable duties not shown as met ("unknown", unanswered, and every duty of a
   * profile with no posture counting as not met). An explicit assumption, not a measured effect:
   * with gapEffect 1 a company meeting none of its duties is twice as likely to be fined as one
   * meeting all of them, and the base rate is that of the average company (averageGapShare).
   */
  readonly gapEffect: number;
  readonly averageGapShare: number;
}

/** One country's part of the rate: its authorities' fines a year and its enterprises. */
export interface CountryFrequency {
  /** ISO 3166-1 alpha-2, as the authorities' ids begin ("FR" of FR-CNIL; "GB" for the ICO). */
  readonly country: string;
  /** The sum over the country's authorities (Germany's federal and Land authorities together). */
  readonly finesPerYear: number;
  /** Whether an authority of the country is counted by the fines held only (a lower bound). */
  readonly lowerBound: boolean;
  /** The enterprises of the country by size cell, their year, and where they come from. */
  readonly enterprises: {
    readonly large: number;
    readonly sme: number;
    readonly year: number;
    readonly source: string;
  };
}

/**
 * The country of an authority: its id begins with it ("FR" of FR-CNIL, "GB" of GB-ICO, "DE" of
 * each German authority).
 */
export function countryOfAuthority(authorityId: string): string {
  return authorityId.slice(0, 2);
}

export interface AnnualRate {
  readonly rate: number;
  readonly probability: number;
  /** The country whose fines and enterprises gave the rate; null: the EU's. */
  readonly country: string | null;
  /** Whether the fines counted are a lower bound (an authority counted by the fines held). */
  readonly lowerBound: boolean;
  /** The reasons, in words, figure by figure. */
  readonly basis: readonly string[];
}

/**
 * The annual rate of a fine for a company of a size cell established in `country` (its main
 * establishment's, or its lead authority's), with its posture.
 */
export function annualRate(
  p: FrequencyParameters,
  cell: CalibrationCell,
  posture: { readonly applicable: number; readonly notMet: number } | null,
  explain = true,
  country: string | null = null,
): AnnualRate {
  const large = cell === 'large';
  // An unknown size is read as an SME: the enterprises are overwhelmingly SMEs, and the rate of a
  // large enterprise is shown beside it.
  const share = large ? p.largeShareOfFines : 1 - p.largeShareOfFines;
  const own = country === null ? undefined : p.countries?.find((c) => c.country === country);
  const where = own ? own.country : 'the EU';
  const counted = own ? own.enterprises : p.enterprises;
  const enterprises = large ? counted.large : counted.sme;
  const base = ((own ? own.finesPerYear : p.finesPerYear) * share) / enterprises;
  const gapShare = posture === null ? 1 : posture.applicable > 0 ? posture.notMet / posture.applicable : null;
  const multiplier =
    gapShare === null ? 1 : (1 + p.gapEffect * gapShare) / (1 + p.gapEffect * p.averageGapShare);
  const rate = base * multiplier;
  const lowerBound = own ? own.lowerBound : p.lowerBound === true;
  const figures = { rate, probability: 1 - Math.exp(-rate), country: own ? own.country : null, lowerBound };
  if (!explain) return { ...figures, basis: [] };
  const kind = large ? 'large enterprises' : 'SMEs';
  const basis = [
    own
      ? `${Math.round(own.finesPerYear * 100) / 100} fines a year by the authorities of ${where}${lowerBound ? ' (some counted by the fines held: a lower bound)' : ''}`
      : `${Math.round(p.finesPerYear)} fines a year on enterprises in the EU and EEA (${p.authorities.filter((a) => a.basis === 'reported').length} authorities' own reports, the others the fines held${lowerBound ? ': a lower bound' : ''})${country !== null && p.countries?.length ? `; no enterprise count is bundled for ${country}, so the EU rate is used` : ''}`,
    `${Math.round(share * 1000) / 10} % of them on ${kind} (${p.largeShareBasis})`,
    `÷ ${groupDigits(enterprises)} ${kind} in ${where} (${counted.source})${cell === 'unknown' ? '; the size is unknown, so the SME rate is used' : ''}`,
    gapShare === null
      ? 'no applicable duty to weigh the posture on: no adjustment'
      : posture === null
        ? `no posture given: every duty counts as not shown as met (the conservative reading): × ${multiplier.toFixed(2)} (gapEffect ${p.gapEffect}, an assumption)`
        : `posture: ${posture.notMet} of ${posture.applicable} applicable duties not shown as met: × ${multiplier.toFixed(2)} (gapEffect ${p.gapEffect}, an assumption)`,
  ];
  return { ...figures, basis };
}
