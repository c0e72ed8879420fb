import { accumulate, dot, emptyNormalEquations, solveRidge } from './linear-algebra.js';

/**
 * The spread model of normalised conformal prediction (Papadopoulos, Gammerman and Vovk, 2008;
 * Lei, G'Sell, Rinaldo, Tibshirani and Wasserman, JASA 2018): how far a case's fine is expected
 * to fall from the point prediction, so that intervals widen where fines are less predictable and
 * narrow where they are not. A ridge regression of log10(|out-of-fold residual| + offset) on the
 * point model's design: on the log scale the spread is multiplicative in the terms (an authority
 * whose fines spread twice as far does so for every size) and always positive.
 *
 * Chosen by grouped cross-validation (December 2026) over the earlier linear model of |residual|
 * (shrunk four times harder): at the same coverage its intervals are narrower, ×44 against ×54
 * from low to high in cross-validation, and ×40 against ×51 on the fines of 2022-2023 predicted
 * from the years before (README, "Calibration").
 */
export interface SpreadModel {
  /** 'log10': the spread is 10^(x·β). */
  readonly link: 'log10';
  /** Added to |residual| before the logarithm (dex), so that a residual of 0 has a finite log. */
  readonly offset: number;
  readonly coefficients: readonly number[];
  /** The least spread (dex) a case is given, so that no interval collapses. */
  readonly floor: number;
}

/** The least spread (dex) a case is given. */
export const SPREAD_FLOOR = 0.15;

/** The offset of the logarithm: a tenth of a power of ten, below what the model can tell apart. */
export const SPREAD_OFFSET = 0.1;

/**
 * Fits the spread model on the out-of-fold residuals `raw` of the design rows, with the case
 * weights and the point model's penalties.
 */
export function fitSpread(
  rows: readonly Float64Array[],
  raw: readonly number[],
  weights: readonly number[],
  penalty: Float64Array,
): Float64Array {
  const p = penalty.length;
  const equations = emptyNormalEquations(p);
  rows.forEach((x, i) => {
    accumulate(equations, x, Math.log10(Math.abs(raw[i] as number) + SPREAD_OFFSET), weights[i] as number);
  });
  return solveRidge(equations, penalty);
}

/** The spread (dex) the model expects for a design row. */
export function spreadAt(spread: Pick<SpreadModel, 'coefficients' | 'floor'>, x: Float64Array): number {
  return Math.max(spread.floor, 10 ** dot(spread.coefficients, x));
}
