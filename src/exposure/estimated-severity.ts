import { z } from 'zod';
import type { IsoDate } from '../core/dates.js';
import { Decimal } from '../core/decimal.js';
import type { ConversionOptions } from '../core/fx/convert.js';
import { REGIMES, type Regime } from '../law/types.js';
import type { CompanyProfile } from '../profile/schema.js';
import type { SanctionSet } from '../sanctions/sanction-set.js';
import type { Severity } from './distributions.js';
import { estimateExposure } from './estimate.js';

/** The standard normal quantile of 0.9: the 10th–90th percentile span of a lognormal is 2 × this × σ. */
const Z90 = 1.2815515655446004;

/**
 * A severity taken from the company's own estimate (estimateExposure): the regulator method's range
 * or the combined one as a PERT (low, likely, high), or the comparable cases as a lognormal whose
 * median is their median and whose 10th and 90th percentiles are their low and high.
 */
export const estimatedSeveritySchema = z
  .object({
    kind: z.literal('estimate'),
    source: z.enum(['method', 'comparables', 'combined']),
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
  const regime = estimateExposure({
    profile,
    asOf,
    fx,
    ...(sanctions ? { sanctions } : {}),
    scenarios: [{ regime: spec.regime, articles: spec.articles, seriousness: spec.seriousness }],
  }).regimes.find((r) => r.regime === spec.regime);
  const range = regime?.[spec.source] ?? null;
  if (!range)
    return {
      error: `no ${spec.source} range for ${spec.regime} for this company${spec.source === 'comparables' && !sanctions ? ' (pass `sanctions` to compare with decided cases)' : ''}`,
    };
  if (range.low.currency !== 'EUR')
    return { error: `the ${spec.regime} estimate is in ${range.low.currency}; simulate works in EUR` };
  const low = new Decimal(range.low.amount);
  const high = new Decimal(range.high.amount);
  const likely = range.likely ? new Decimal(range.likely.amount) : low.plus(high).div(2);
  if (spec.source === 'comparables') {
    if (!low.gt(0)) return { error: 'the comparable-case low is zero, so no lognormal fits it' };
    const sigma = new Decimal(Math.log(high.div(low).toNumber()) / (2 * Z90));
    return {
      severity: { kind: 'lognormal', unit: 'EUR', median: likely, sigma },
      rule: `lognormal: median ${likely.toFixed(2)}, σ = ln(high ÷ low) ÷ (2 × 1.2816) = ${sigma.toSignificantDigits(6).toFixed()} (the comparable cases' 10th and 90th percentiles)`,
    };
  }
  if (!low.lt(high)) return { error: `the ${spec.source} range is a single amount; use a fixed severity` };
  return {
    severity: { kind: 'pert', unit: 'EUR', min: low, mode: likely, max: high },
    rule: `PERT on the ${spec.source} range: ${low.toFixed(2)}, ${likely.toFixed(2)}, ${high.toFixed(2)}`,
  };
}
