import { Decimal } from './decimal.js';

/** A non-negative decimal as an integer over a power of ten: "1234.5" is 12345 / 10^1. */
function scaled(value: Decimal): { readonly digits: bigint; readonly scale: number } {
  const text = value.toFixed();
  const dot = text.indexOf('.');
  if (dot < 0) return { digits: BigInt(text), scale: 0 };
  return { digits: BigInt(text.slice(0, dot) + text.slice(dot + 1)), scale: text.length - dot - 1 };
}

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
  const a = scaled(low);
  const b = scaled(high);
  // q = numerator / 10^scale
  const numerator = a.digits * b.digits * 10n ** BigInt(2 * places);
  const denominator = 10n ** BigInt(a.scale + b.scale);
  const f = integerSquareRoot(numerator / denominator);
  const twice = 2n * f + 1n;
  const rounded = twice * twice * denominator <= 4n * numerator ? f + 1n : f;
  return new Decimal(rounded.toString()).div(new Decimal(10).pow(places));
}
