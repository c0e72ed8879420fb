import type { SerializedMoney } from '../core/money.js';

/** What a simulated annual loss looks like: the figures risk tools report. */
export interface LossDistribution {
  readonly iterations: number;
  readonly mean: SerializedMoney;
  readonly standardDeviation: SerializedMoney;
  /** The share of years with at least one fine. */
  readonly probabilityOfLoss: number;
  readonly quantiles: {
    readonly p50: SerializedMoney;
    readonly p90: SerializedMoney;
    readonly p95: SerializedMoney;
    readonly p99: SerializedMoney;
  };
  /** Value-at-risk: the loss a year exceeds with probability 1 − level (the level quantile). */
  readonly valueAtRisk: { readonly p95: SerializedMoney; readonly p99: SerializedMoney };
  /** Tail value-at-risk: the mean loss of the worst 1 − level share of years. */
  readonly tailValueAtRisk: { readonly p95: SerializedMoney; readonly p99: SerializedMoney };
  readonly max: SerializedMoney;
  /** The loss exceedance curve: the probability that a year's loss exceeds each amount. */
  readonly exceedance: readonly { readonly amount: SerializedMoney; readonly probability: number }[];
}

/** A simulated amount (a double) as euros to the cent. */
export const eur = (value: number): SerializedMoney => ({ amount: value.toFixed(2), currency: 'EUR' });

/** Type 7 quantile of sorted values (linear interpolation between closest ranks). */
export function quantileOfSorted(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return (sorted[lo] as number) + (h - lo) * ((sorted[hi] as number) - (sorted[lo] as number));
}

/** The mean of the worst ⌈(1 − level) × n⌉ years. */
function tailMean(sorted: Float64Array, level: number): number {
  const count = Math.max(1, Math.ceil((1 - level) * sorted.length));
  let sum = 0;
  for (let i = sorted.length - count; i < sorted.length; i++) sum += sorted[i] as number;
  return sum / count;
}

/** The index of the first value greater than `x` in sorted values. */
function firstAbove(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Summarises annual losses (sorted here, in place). The exceedance curve has `points` amounts,
 * spaced evenly on a log scale from the smallest positive loss to the largest.
 */
export function summariseLosses(losses: Float64Array, points = 25): LossDistribution {
  losses.sort();
  const n = losses.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += losses[i] as number;
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += ((losses[i] as number) - mean) ** 2;
  const firstPositive = firstAbove(losses, 0);
  const max = losses[n - 1] as number;
  const exceedance: { amount: SerializedMoney; probability: number }[] = [];
  if (firstPositive < n) {
    const low = Math.log10(losses[firstPositive] as number);
    const high = Math.log10(max);
    for (let k = 0; k < points; k++) {
      const amount = high === low ? max : 10 ** (low + ((high - low) * k) / (points - 1));
      exceedance.push({ amount: eur(amount), probability: (n - firstAbove(losses, amount)) / n });
    }
  }
  const q = (p: number) => eur(quantileOfSorted(losses, p));
  return {
    iterations: n,
    mean: eur(mean),
    standardDeviation: eur(n > 1 ? Math.sqrt(squares / (n - 1)) : 0),
    probabilityOfLoss: (n - firstPositive) / n,
    quantiles: { p50: q(0.5), p90: q(0.9), p95: q(0.95), p99: q(0.99) },
    valueAtRisk: { p95: q(0.95), p99: q(0.99) },
    tailValueAtRisk: { p95: eur(tailMean(losses, 0.95)), p99: eur(tailMean(losses, 0.99)) },
    max: eur(max),
    exceedance,
  };
}
