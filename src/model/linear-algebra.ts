/**
 * The small dense linear algebra a ridge regression needs, in doubles (statistics, not legal
 * figures): normal equations accumulated row by row and solved by Cholesky.
 */

/** X'X and X'y of a design, accumulated row by row (row-major, p × p and p). */
export interface NormalEquations {
  readonly p: number;
  readonly xtx: Float64Array;
  readonly xty: Float64Array;
  n: number;
}

export function emptyNormalEquations(p: number): NormalEquations {
  return { p, xtx: new Float64Array(p * p), xty: new Float64Array(p), n: 0 };
}

/** Adds (or with sign −1 removes) one row x with response y, with weight `sign` (a case weight). */
export function accumulate(ne: NormalEquations, x: Float64Array, y: number, sign = 1): void {
  const { p, xtx, xty } = ne;
  for (let i = 0; i < p; i++) {
    const xi = x[i] as number;
    if (xi === 0) continue;
    const s = sign * xi;
    xty[i] = (xty[i] as number) + s * y;
    const row = i * p;
    for (let j = 0; j < p; j++) {
      const xj = x[j] as number;
      if (xj !== 0) xtx[row + j] = (xtx[row + j] as number) + s * xj;
    }
  }
  ne.n += sign;
}

/** A copy of `a` minus `b` (the normal equations of the rows of `a` not in `b`). */
export function subtract(a: NormalEquations, b: NormalEquations): NormalEquations {
  const xtx = new Float64Array(a.xtx);
  const xty = new Float64Array(a.xty);
  for (let i = 0; i < xtx.length; i++) xtx[i] = (xtx[i] as number) - (b.xtx[i] as number);
  for (let i = 0; i < xty.length; i++) xty[i] = (xty[i] as number) - (b.xty[i] as number);
  return { p: a.p, xtx, xty, n: a.n - b.n };
}

/**
 * The ridge solution of (X'X + diag(penalty)) β = X'y. The matrix is symmetric positive definite
 * when every column has a positive penalty or enough rows; a column with neither (a level never
 * seen) gets a tiny jitter so that it solves to zero.
 */
export function solveRidge(ne: NormalEquations, penalty: Float64Array): Float64Array {
  const { p } = ne;
  const a = new Float64Array(ne.xtx);
  for (let i = 0; i < p; i++) a[i * p + i] = (a[i * p + i] as number) + (penalty[i] as number) + 1e-9;
  // Cholesky: a = L L', L stored in the lower triangle of a.
  for (let j = 0; j < p; j++) {
    let d = a[j * p + j] as number;
    for (let k = 0; k < j; k++) d -= (a[j * p + k] as number) ** 2;
    if (!(d > 0)) throw new Error(`ridge system not positive definite at column ${j}`);
    const l = Math.sqrt(d);
    a[j * p + j] = l;
    for (let i = j + 1; i < p; i++) {
      let s = a[i * p + j] as number;
      for (let k = 0; k < j; k++) s -= (a[i * p + k] as number) * (a[j * p + k] as number);
      a[i * p + j] = s / l;
    }
  }
  const z = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let s = ne.xty[i] as number;
    for (let k = 0; k < i; k++) s -= (a[i * p + k] as number) * (z[k] as number);
    z[i] = s / (a[i * p + i] as number);
  }
  const beta = new Float64Array(p);
  for (let i = p - 1; i >= 0; i--) {
    let s = z[i] as number;
    for (let k = i + 1; k < p; k++) s -= (a[k * p + i] as number) * (beta[k] as number);
    beta[i] = s / (a[i * p + i] as number);
  }
  return beta;
}

export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] as number) * (b[i] as number);
  return s;
}
