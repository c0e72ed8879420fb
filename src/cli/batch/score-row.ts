import { gapAnalysisOf } from '../../compliance/gap-analysis.js';
import { Decimal } from '../../core/decimal.js';
import type { ConversionOptions } from '../../core/fx/convert.js';
import { DEFAULT_FX } from '../../core/fx/schema.js';
import { estimateExposureOf } from '../../exposure/estimate.js';
import { type PortfolioEntry, portfolioEntry } from '../../exposure/portfolio.js';
import { riskScoreOf } from '../../exposure/risk-score.js';
import { GDPR } from '../../law/gdpr/index.js';
import { parseProfile } from '../../profile/parse.js';

/** The columns `lexposure batch` writes, in order. */
export const BATCH_COLUMNS = [
  'row',
  'id',
  'name',
  'status',
  'error',
  'gdpr_maximum_eur',
  'likely_eur',
  'expected_loss_eur',
  'score',
  'grade',
  'gaps',
  'gaps_not_met',
  'top_gap',
  'top_gap_maximum_eur',
] as const;

export type BatchColumn = (typeof BATCH_COLUMNS)[number];
export type BatchRow = Record<BatchColumn, string>;

export function emptyRow(row: number, id: string, name: string): BatchRow {
  const out = Object.fromEntries(BATCH_COLUMNS.map((c) => [c, ''])) as BatchRow;
  out.row = String(row);
  out.id = id;
  out.name = name;
  return out;
}

/**
 * One vendor's figures: the GDPR legal maximum, the likely fines of the regimes estimated (in EUR),
 * the expected annual loss and the risk score, and, where it carries a posture, its gaps.
 */
export function scoreProfile(
  raw: unknown,
  asOf: string,
  fx: ConversionOptions | undefined,
  out: BatchRow,
): PortfolioEntry {
  const profile = parseProfile(raw);
  out.name = profile.name;
  // The engines on parsed values: the profile and the rates were read once, by the batch.
  const rates = fx ?? DEFAULT_FX;
  // The figures the batch writes, without the explanations it does not.
  const estimate = estimateExposureOf({ profile, asOf, fx: rates, explain: false });
  const gaps = profile.posture !== undefined ? gapAnalysisOf(profile, asOf, rates, false) : undefined;
  const score = riskScoreOf({
    profile,
    asOf,
    fx: rates,
    estimate,
    view: 'euros',
    explain: false,
    gaps,
  });
  const gdpr = estimate.regimes.find((r) => r.regime === GDPR.regime);
  out.gdpr_maximum_eur = gdpr?.legalMaximum?.currency === 'EUR' ? gdpr.legalMaximum.amount : '';
  let likely = new Decimal(0);
  for (const r of estimate.regimes)
    if (r.combined?.likely && r.combined.likely.currency === 'EUR')
      likely = likely.plus(r.combined.likely.amount);
  out.likely_eur = likely.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed();
  out.expected_loss_eur = score.expectedAnnualLoss.amount;
  out.score = String(score.score);
  out.grade = score.grade;
  out.status = 'ok';
  if (gaps) {
    out.gaps = String(gaps.gaps.length);
    out.gaps_not_met = String(gaps.summary.notMet);
    const top = gaps.gaps[0];
    if (top) {
      out.top_gap = top.service ? `${top.id} (${top.service})` : top.id;
      out.top_gap_maximum_eur = top.legalMaximum?.currency === 'EUR' ? top.legalMaximum.amount : '';
    }
  }
  return portfolioEntry(score);
}
