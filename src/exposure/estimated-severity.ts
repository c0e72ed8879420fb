import * as z from 'zod';
import type { IsoDate } from '../core/dates.js';
import { Decimal } from '../core/decimal.js';
import type { ConversionOptions } from '../core/fx/convert.js';
import { REGIMES, type Regime } from '../law/registry.js';
import type { CompanyProfile } from '../profile/schema.js';
import type { SanctionSet } from '../sanctions/sanction-set.js';
import type { Severity } from './distributions.js';
import { estimateExposureOf } from './estimate.js';
import { modelFor, predictiveSample } from './model-estimate.js';

/**
 * A severity taken from the company's own estimate (estimateExposure): the fine model's predictive
 * distribution itself (`model`: the CV+ values, capped, drawn with equal weight, so that the
 * simulation and the estimate never disagree), or the regulator method's range or the estimate's
 * as a PERT (low, likely, high).
 */
export const estimatedSeveritySchema = z
  .object({
    kind: z.literal('estimate'),
    source: z.enum(['model', 'method', 'combined']),
    regime: z.enum(REGIMES as [Regime, ...Regime[]]),
    articles: z.array(z.string().min(1).max(120)).min(1, 'name at least one infringed article').max(50),
    seriousness: z.enum(['low', 'medium', 'high']).default('medium'),
  })
  .strict();

export type EstimatedSeverity = z.output<typeof estimatedSeveritySchema>;

/** The concrete severity for one company, or the reason there is none. */
export function severityFromEstimate(
  spec: EstimatedSeverity,
  profile: CompanyProfile,
  asOf: IsoDate,
  fx: ConversionOptions,
  sanctions: SanctionSet | undefined,
): { severity: Severity; rule: string } | { error: string } {
  const regime = estimateExposureOf({
    profile,
    asOf,
    fx,
    ...(sanctions ? { sanctions } : {}),
    scenarios: [
      { regime: spec.regime, articles: [...spec.articles], seriousness: spec.seriousness, linked: true },
    ],
  }).regimes.find((r) => r.regime === spec.regime);
  if (spec.source === 'model') {
    const estimate = regime?.model;
    if (!estimate)
      return { error: `no fine model for ${spec.regime}: too few decided fines to calibrate on` };
    const cap =
      regime?.legalMaximum && regime.legalMaximum.currency === 'EUR'
        ? Number(regime.legalMaximum.amount)
        : null;
    const { model } = modelFor(undefined, sanctions ?? null);
    const values = predictiveSample(model, estimate.case, cap);
    return {
      severity: { kind: 'empirical', unit: 'EUR', values: values.map((v) => new Decimal(v)) },
      rule: `the fine model's predictive distribution: ${values.length} equally likely values (CV+, ${estimate.cell.cell} cell), capped at the legal maximum; median ${estimate.likely.amount} EUR`,
    };
  }
  const range = regime?.[spec.source] ?? null;
  if (!range) return { error: `no ${spec.source} range for ${spec.regime} for this company` };
  if (range.low.currency !== 'EUR')
    return { error: `the ${spec.regime} estimate is in ${range.low.currency}; simulate works in EUR` };
  const low = new Decimal(range.low.amount);
  const high = new Decimal(range.high.amount);
  const likely = range.likely ? new Decimal(range.likely.amount) : low.plus(high).div(2);
  if (!low.lt(high)) return { error: `the ${spec.source} range is a single amount; use a fixed severity` };
  return {
    severity: { kind: 'pert', unit: 'EUR', min: low, mode: likely, max: high },
    rule: `PERT on the ${spec.source} range: ${low.toFixed(2)}, ${likely.toFixed(2)}, ${high.toFixed(2)}`,
  };
}
