import { Decimal } from '../core/decimal.js';
import { ValidationError } from '../core/errors.js';
import { prototypeOf } from '../core/guards.js';

/** The quantiles reported: p10, p25, p50 (the median), p75, p90. */
export const QUANTILES = /* @__PURE__ */ Object.freeze([10, 25, 50, 75, 90] as const);

export interface Distribution {
  readonly count: number;
  readonly min: string;
  readonly max: string;
  readonly sum: string;
  readonly median: string;
  /** By percentile: { "10": "…", "25": "…", … }. */
  readonly quantiles: Readonly<Record<string, string>>;
}

/**
 * The p-th quantile of sorted values, by linear interpolation between closest ranks (Hyndman and
 * Fan's type 7, the default of R and NumPy): h = (n − 1)·p/100, x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋+1 − x⌊h⌋).
 * Exact decimal arithmetic.
 */
/** A non-empty array of finite decimal.js values (an element that throws while read is not one). */
function finiteDecimals(values: unknown): boolean {
  try {
    return (
      Array.isArray(values) &&
      values.length > 0 &&
      values.every(
        (d) =>
          typeof d === 'object' &&
          d !== null &&
          prototypeOf(d) === Decimal.prototype &&
          (d as Decimal).isFinite(),
      )
    );
  } catch {
    return false;
  }
}

export function quantile(sorted: readonly Decimal[], p: number): Decimal {
  if (!finiteDecimals(sorted))
    throw new ValidationError(
      [{ path: 'sorted', message: 'expected a non-empty array of finite Decimals, sorted' }],
      'quantile arguments',
    );
  if (typeof p !== 'number' || !(p >= 0 && p <= 100))
    throw new ValidationError(
      [{ path: 'p', message: 'expected a percentile from 0 to 100' }],
      'quantile arguments',
    );
  const n = sorted.length;
  const h = new Decimal(n - 1).times(p).div(100);
  const lower = h.floor().toNumber();
  const x = sorted[lower] as Decimal;
  const next = sorted[Math.min(lower + 1, n - 1)] as Decimal;
  return x.plus(h.minus(lower).times(next.minus(x)));
}

/** Count, extremes, sum, median and quantiles of decimal values; null for none. */
export function distribution(values: readonly Decimal[], places?: number): Distribution | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a.comparedTo(b));
  const show = (d: Decimal) => (places === undefined ? d : d.toSignificantDigits(places)).toFixed();
  const quantiles: Record<string, string> = {};
  for (const p of QUANTILES) quantiles[String(p)] = show(quantile(sorted, p));
  return {
    count: sorted.length,
    min: show(sorted[0] as Decimal),
    max: show(sorted[sorted.length - 1] as Decimal),
    sum: show(sorted.reduce((a, b) => a.plus(b), new Decimal(0))),
    median: show(quantile(sorted, 50)),
    quantiles,
  };
}
