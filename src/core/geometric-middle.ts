import type { Decimal } from './decimal.js';
import { fromScaledInteger, multiplyScaled, powerOfTen, toScaledInteger } from './rational.js';

/** ⌊√n⌋ for a non-negative integer, exactly: Newton's method from the float estimate. */
export function integerSquareRoot(n: bigint): bigint {
  if (n < 0n) throw new RangeError('the square root of a negative number');
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  // The float estimate is close; Newton's steps from above converge to the floor.
  if (x * x <= n) {
    while ((x + 1n) * (x + 1n) <= n) x += 1n;
    return x;
  }
  for (;;) {
    const next = (x + n / x) >> 1n;
    if (next >= x) break;
    x = next;
  }
  while (x * x > n) x -= 1n;
  return x;
}

/**
 * √(low × high) rounded half up to `places` decimals, exactly: the geometric middle of a range
 * whose ends are non-negative decimals. With q = low × high × 10^(2·places), the answer is
 * ⌊√q + ½⌋, which is f = ⌊√⌊q⌋⌋ or f + 1, and f + 1 exactly when (2f + 1)² ≤ 4q. Integers only: no
 * 60-digit square root.
 */
export function geometricMiddle(low: Decimal, high: Decimal, places: number): Decimal {
  if (low.isNegative() || high.isNegative()) throw new RangeError('a geometric middle of negative amounts');
  const product = multiplyScaled(toScaledInteger(low), toScaledInteger(high));
  // q = numerator / denominator
  const numerator = product.units * powerOfTen(2 * places);
  const denominator = powerOfTen(product.scale);
  const f = integerSquareRoot(numerator / denominator);
  const twice = 2n * f + 1n;
  const rounded = twice * twice * denominator <= 4n * numerator ? f + 1n : f;
  return fromScaledInteger(rounded, places);
}
