import { describe, expect, it } from 'vitest';
import { Decimal } from './decimal.js';
import { geometricMiddle, integerSquareRoot } from './geometric-middle.js';

describe('integerSquareRoot', () => {
  it('is the floor of the square root on squares, their neighbours and large integers', () => {
    for (let k = 0n; k < 2000n; k++) {
      expect(integerSquareRoot(k * k)).toBe(k);
      if (k > 0n) expect(integerSquareRoot(k * k - 1n)).toBe(k - 1n);
      expect(integerSquareRoot(k * k + 2n * k)).toBe(k);
    }
    const big = 10n ** 30n + 12345n;
    const r = integerSquareRoot(big * big + big);
    expect(r).toBe(big);
  });
});

describe('geometricMiddle: √(low × high) to cents, half up', () => {
  it('agrees with decimal.js at 60 digits on 20,000 random ranges (an independent computation)', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < 20_000; i++) {
      const low = new Decimal(Math.floor(next() * 10 ** (2 + Math.floor(next() * 10)))).div(
        10 ** Math.floor(next() * 5),
      );
      const high = low.times(1 + next() * 20).toDecimalPlaces(Math.floor(next() * 6));
      const expected = low.times(high).sqrt().toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
      expect(geometricMiddle(low, high, 2).toFixed(2), `${low} ${high}`).toBe(expected.toFixed(2));
    }
  });

  it('rounds an exact half up and what is below it down', () => {
    // √(0.00005 × 0.00005) = 0.00005 → 0.00 (below the half cent); √(0.005 × 0.005) = 0.005 → 0.01
    // (the half cent, up); √(2.25 × 1) = 1.5 exactly, to one place; a zero end gives zero.
    expect(geometricMiddle(new Decimal('0.00005'), new Decimal('0.00005'), 2).toFixed(2)).toBe('0.00');
    expect(geometricMiddle(new Decimal('0.005'), new Decimal('0.005'), 2).toFixed(2)).toBe('0.01');
    expect(geometricMiddle(new Decimal('2.25'), new Decimal('1'), 1).toFixed(1)).toBe('1.5');
    expect(geometricMiddle(new Decimal('0'), new Decimal('5'), 2).toFixed(2)).toBe('0.00');
  });
});
