import { Decimal } from './decimal.js';

/**
 * Exact rational arithmetic on decimals, for conversions: a decimal is an integer over a power of
 * ten, a product and quotient of such numbers is a fraction of two BigInts, and it is rounded once,
 * half-even, at the end. No intermediate rounding, so the result is the exactly rounded quotient.
 */
export interface ScaledInteger {
  /** The digits as an integer. */
  readonly units: bigint;
  /** The power of ten it is divided by. */
  readonly scale: number;
}

export function toScaledInteger(value: Decimal): ScaledInteger {
  const text = value.toFixed();
  const dot = text.indexOf('.');
  if (dot === -1) return { units: BigInt(text), scale: 0 };
  return { units: BigInt(text.slice(0, dot) + text.slice(dot + 1)), scale: text.length - dot - 1 };
}

const POWERS: bigint[] = [];

export function powerOfTen(exponent: number): bigint {
  let power = POWERS[exponent];
  if (power === undefined) {
    power = 10n ** BigInt(exponent);
    POWERS[exponent] = power;
  }
  return power;
}

/** numerator ÷ denominator (denominator > 0) rounded half-even to an integer. */
export function divideHalfEven(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n;
  const n = negative ? -numerator : numerator;
  let q = n / denominator;
  const twice = 2n * (n - q * denominator);
  if (twice > denominator || (twice === denominator && q % 2n === 1n)) q += 1n;
  return negative ? -q : q;
}

/** An integer number of 10^-scale units as a Decimal. */
export function fromScaledInteger(units: bigint, scale: number): Decimal {
  if (scale === 0) return new Decimal(units.toString());
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  return new Decimal(
    `${negative ? '-' : ''}${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`,
  );
}

/** a × b, exactly. */
export function multiplyScaled(a: ScaledInteger, b: ScaledInteger): ScaledInteger {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** -1, 0 or 1, exactly. */
export function compareScaled(a: ScaledInteger, b: ScaledInteger): number {
  const left = a.scale >= b.scale ? a.units : a.units * powerOfTen(b.scale - a.scale);
  const right = b.scale >= a.scale ? b.units : b.units * powerOfTen(a.scale - b.scale);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The plain decimal string of a scaled integer, without trailing zeros: what Decimal#toFixed() gives. */
export function scaledToString({ units, scale }: ScaledInteger): string {
  const negative = units < 0n;
  let digits = (negative ? -units : units).toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    let end = digits.length;
    const point = end - scale;
    while (end > point && digits.charCodeAt(end - 1) === 48) end--; // trailing "0"
    digits = end === point ? digits.slice(0, point) : `${digits.slice(0, point)}.${digits.slice(point, end)}`;
  }
  return negative && digits !== '0' ? `-${digits}` : digits;
}
