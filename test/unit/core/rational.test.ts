import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareScaled,
  divideHalfEven,
  fromScaledInteger,
  multiplyScaled,
  scaledToString,
  toScaledInteger,
} from '../../../src/core/rational.js';
import { Decimal } from '../../../src/index.js';

const decimalText = fc
  .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 12 }))
  .map(([units, scale]) => new Decimal(units.toString()).dividedBy(new Decimal(10).pow(scale)).toFixed());

describe('exact scaled-integer arithmetic', () => {
  it('round-trips decimals and prints them as Decimal#toFixed does', () => {
    fc.assert(
      fc.property(decimalText, (text) => {
        const scaled = toScaledInteger(new Decimal(text));
        expect(scaledToString(scaled)).toBe(new Decimal(text).toFixed());
        expect(fromScaledInteger(scaled.units, scaled.scale).toFixed()).toBe(new Decimal(text).toFixed());
      }),
    );
    expect(scaledToString({ units: 40_000_000_00n, scale: 2 })).toBe('40000000');
    expect(scaledToString({ units: 200_000_000_004n, scale: 4 })).toBe('20000000.0004');
    expect(scaledToString({ units: 5n, scale: 3 })).toBe('0.005');
    expect(scaledToString({ units: 0n, scale: 4 })).toBe('0');
  });

  it('multiplies and compares like decimal.js', () => {
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        const x = toScaledInteger(new Decimal(a));
        const y = toScaledInteger(new Decimal(b));
        expect(scaledToString(multiplyScaled(x, y))).toBe(new Decimal(a).times(b).toFixed());
        expect(compareScaled(x, y)).toBe(new Decimal(a).comparedTo(b));
      }),
    );
  });

  it('divides rounding half to even', () => {
    expect([5n, 15n, 25n, -5n, -15n, 14n, 16n].map((n) => divideHalfEven(n, 10n))).toEqual([
      0n,
      2n,
      2n,
      0n,
      -2n,
      1n,
      2n,
    ]);
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.bigInt({ min: 1n, max: 10n ** 15n }),
        (n, d) => {
          const expected = new Decimal(n.toString())
            .dividedBy(d.toString())
            .toDecimalPlaces(0, Decimal.ROUND_HALF_EVEN);
          expect(divideHalfEven(n, d).toString()).toBe(expected.toFixed());
        },
      ),
    );
  });
});
