import { Decimal } from '../core/decimal.js';
import { LexposureError } from '../core/errors.js';
import { provisionForArticle } from '../law/index.js';
import { enrich } from '../sanctions/record.js';
import { createSanctionSet } from '../sanctions/sanction-set.js';
import { type Sanction, sanctionSchema } from '../sanctions/schema.js';
import { quantile } from '../sanctions/statistics.js';
import { estimateExposure } from './estimate.js';
import { quantileOfSorted } from './loss-distribution.js';

/** Low, likely and high of one source of the estimate for one case, in euros. */
export interface CalibrationRange {
  readonly low: string;
  readonly likely: string;
  readonly high: string;
}

/** One case of a leave-one-out run: what each source said without it, and what was imposed. */
export interface CalibrationCase {
  readonly id: string;
  readonly actual: string;
  readonly comparables: CalibrationRange;
  readonly method: CalibrationRange | null;
  readonly combined: CalibrationRange;
  /** The median fine ÷ turnover of all earlier cases, applied to the turnover and capped. */
  readonly baseline: string;
}

/** How one source did: the share of fines inside its range, and its median |log10(likely ÷ actual)|. */
export interface CalibrationScore {
  readonly cases: number;
  readonly coverage: number | null;
  readonly medianError: number;
}

export interface Calibration {
  /** Cases with a turnover, a fine provision for their articles and three earlier comparable cases. */
  readonly evaluated: number;
  /** Cases left out, with the reason. */
  readonly skipped: readonly { readonly id: string; readonly reason: string }[];
  /** The comparable-case 80 % range (10th to 90th percentile) and its median. */
  readonly comparables: CalibrationScore;
  /** The EDPB method's range and geometric middle, medium seriousness, no chosen points. */
  readonly method: CalibrationScore;
  /** What estimateExposure settles on. */
  readonly combined: CalibrationScore;
  /** The naive baseline (no range). */
  readonly baseline: CalibrationScore;
  readonly cases: readonly CalibrationCase[];
}

const median = (values: readonly number[]) => quantileOfSorted(Float64Array.from(values).sort(), 0.5);
const logError = (estimate: Decimal, actual: Decimal) =>
  Math.abs(Math.log10(estimate.div(actual).toNumber()));
const articleOf = (a: string) => a.replace(/^.*Art\.\s*/, '');

function score(
  pairs: readonly { range: CalibrationRange | null; likely: string; actual: string }[],
): CalibrationScore {
  const errors = pairs.map((p) => logError(new Decimal(p.likely), new Decimal(p.actual)));
  const ranged = pairs.filter((p) => p.range !== null);
  const inside = ranged.filter(
    (p) => new Decimal(p.range?.low ?? 0).lte(p.actual) && new Decimal(p.actual).lte(p.range?.high ?? 0),
  );
  return {
    cases: pairs.length,
    coverage: ranged.length > 0 ? inside.length / ranged.length : null,
    medianError: median(errors),
  };
}

/**
 * Leave-one-out calibration of the GDPR estimate: for each decided case with a turnover, the
 * estimate for a company with that turnover, sector and date, the case's articles as scenario, and
 * only the earlier cases as comparables (what was known on the day); then where the real fine fell.
 */
export function calibrateGdprEstimate(records: readonly unknown[]): Calibration {
  const all = records.map((r) => sanctionSchema.parse(r));
  const cases: CalibrationCase[] = [];
  const skipped: { id: string; reason: string }[] = [];
  for (const [index, sanction] of all.entries()) {
    if (sanction.regime !== 'GDPR' || !sanction.turnover) continue;
    const record = enrich(sanction);
    const actual = new Decimal(record.amountEur.amount.amount);
    const turnover = new Decimal(record.turnoverEur?.amount ?? '0');
    if (!actual.gt(0) || !turnover.gt(0)) {
      skipped.push({ id: sanction.id, reason: 'no positive amount or turnover' });
      continue;
    }
    // The articles a GDPR fine provision covers (Art. 24 alone, for one, is in none of Art. 83(4)–(6)).
    const articles = sanction.articles.map(articleOf).filter((a) => {
      try {
        provisionForArticle('GDPR', a);
        return true;
      } catch {
        return false;
      }
    });
    if (articles.length === 0) {
      skipped.push({ id: sanction.id, reason: 'no article that a GDPR fine provision covers' });
      continue;
    }
    // The record's turnover is the one the authority used: label it as the preceding financial year.
    const year = Number(sanction.date.slice(0, 4)) - 1;
    const others = all.filter((_, i) => i !== index);
    const profile = {
      name: sanction.entity,
      ...(sanction.sector ? { sector: sanction.sector } : {}),
      roles: ['controller'],
      financialYears: [
        {
          year,
          end: `${year}-12-31`,
          scope: sanction.turnover.scope,
          turnover: { amount: turnover.toFixed(), currency: 'EUR' },
        },
      ],
    };
    let estimate: ReturnType<typeof estimateExposure>;
    try {
      estimate = estimateExposure({
        profile,
        asOf: sanction.date,
        sanctions: createSanctionSet(others),
        scenarios: [{ regime: 'GDPR', articles }],
      });
    } catch (error) {
      if (!(error instanceof LexposureError)) throw error;
      skipped.push({ id: sanction.id, reason: error.message });
      continue;
    }
    const gdpr = estimate.regimes.find((r) => r.regime === 'GDPR');
    const range = gdpr?.comparables;
    if (!range?.likely || !gdpr?.legalMaximum) {
      skipped.push({ id: sanction.id, reason: 'fewer than three earlier comparable cases with a turnover' });
      continue;
    }
    const earlier = others
      .filter((s: Sanction) => s.regime === 'GDPR' && s.turnover && s.date <= sanction.date)
      .map((s) => enrich(s).ratioToTurnover)
      .filter((r): r is string => r !== null)
      .map((r) => new Decimal(r))
      .sort((a, b) => a.comparedTo(b));
    const cap = new Decimal(gdpr.legalMaximum.amount);
    const baseline = Decimal.min(quantile(earlier, 50).times(turnover), cap);
    const rangeOf = (r: {
      low: { amount: string };
      likely: { amount: string } | null;
      high: { amount: string };
    }) => ({
      low: r.low.amount,
      likely: r.likely?.amount ?? '0',
      high: r.high.amount,
    });
    const method = gdpr.method?.likely ? rangeOf(gdpr.method) : null;
    cases.push({
      id: sanction.id,
      actual: actual.toFixed(2),
      comparables: rangeOf(range),
      method,
      combined: rangeOf(gdpr.combined ?? range),
      baseline: baseline.toFixed(2),
    });
  }
  const withMethod = cases.filter((c) => c.method !== null);
  return {
    evaluated: cases.length,
    skipped,
    comparables: score(
      cases.map((c) => ({ range: c.comparables, likely: c.comparables.likely, actual: c.actual })),
    ),
    method: score(
      withMethod.map((c) => ({ range: c.method, likely: c.method?.likely ?? '0', actual: c.actual })),
    ),
    combined: score(cases.map((c) => ({ range: c.combined, likely: c.combined.likely, actual: c.actual }))),
    baseline: score(cases.map((c) => ({ range: null, likely: c.baseline, actual: c.actual }))),
    cases,
  };
}
