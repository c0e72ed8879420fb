import { groupDigits } from '../core/group-digits.js';
import type { CalibrationCell } from './features.js';

/**
 * How likely a fine is in a year: a Poisson rate λ, so that P(at least one fine) = 1 − e^(−λ).
 *
 * λ = (fines a year in the EU and EEA) × (the share of them on the company's size class) ÷ (the
 * enterprises of that size class), each part with its source. The parts are computed from the data
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

export interface AnnualRate {
  readonly rate: number;
  readonly probability: number;
  /** The reasons, in words, figure by figure. */
  readonly basis: readonly string[];
}

/** The annual rate of a fine for a company of a size cell, with its posture. */
export function annualRate(
  p: FrequencyParameters,
  cell: CalibrationCell,
  posture: { readonly applicable: number; readonly notMet: number } | null,
  explain = true,
): AnnualRate {
  const large = cell === 'large';
  // An unknown size is read as an SME: the enterprises are overwhelmingly SMEs, and the rate of a
  // large enterprise is shown beside it.
  const share = large ? p.largeShareOfFines : 1 - p.largeShareOfFines;
  const enterprises = large ? p.enterprises.large : p.enterprises.sme;
  const base = (p.finesPerYear * share) / enterprises;
  const gapShare = posture === null ? 1 : posture.applicable > 0 ? posture.notMet / posture.applicable : null;
  const multiplier =
    gapShare === null ? 1 : (1 + p.gapEffect * gapShare) / (1 + p.gapEffect * p.averageGapShare);
  const rate = base * multiplier;
  if (!explain) return { rate, probability: 1 - Math.exp(-rate), basis: [] };
  const basis = [
    `${Math.round(p.finesPerYear)} fines a year on enterprises in the EU and EEA (${p.authorities.filter((a) => a.basis === 'reported').length} authorities' own reports, the others the fines held${p.lowerBound ? ': a lower bound' : ''})`,
    `${Math.round(share * 1000) / 10} % of them on ${large ? 'large enterprises' : 'SMEs'} (${p.largeShareBasis})`,
    `÷ ${groupDigits(enterprises)} ${large ? 'large enterprises' : 'SMEs'} in the EU (${p.enterprises.source})${cell === 'unknown' ? '; the size is unknown, so the SME rate is used' : ''}`,
    gapShare === null
      ? 'no applicable duty to weigh the posture on: no adjustment'
      : posture === null
        ? `no posture given: every duty counts as not shown as met (the conservative reading): × ${multiplier.toFixed(2)} (gapEffect ${p.gapEffect}, an assumption)`
        : `posture: ${posture.notMet} of ${posture.applicable} applicable duties not shown as met: × ${multiplier.toFixed(2)} (gapEffect ${p.gapEffect}, an assumption)`,
  ];
  return { rate, probability: 1 - Math.exp(-rate), basis };
}
