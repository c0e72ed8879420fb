/**
 * Independent exact arithmetic for expected values: plain BigInt, no decimal.js, so a test does not
 * check the library against itself.
 */

/** a / b rounded half-even to an integer. */
export function divideHalfEven(a: bigint, b: bigint): bigint {
  const q = a / b;
  const r = a % b;
  const twice = 2n * r;
  if (twice > b || (twice === b && q % 2n !== 0n)) return q + 1n;
  return q;
}

/** An integer number of 10^-scale units as a plain decimal string without trailing zeros. */
export function toDecimal(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}
