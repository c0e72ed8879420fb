import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, dskFine, edpbFine, icoFine, parseProfile } from '../../src/index.js';
import { toDecimal } from '../helpers/exact.js';

const SERIOUSNESS = {
  low: [0, 10],
  medium: [10, 20],
  high: [20, 100],
} as const;

/** The point k/10000 of the way through [from, to], exactly. */
function pointIn(from: number, to: number, k: number): string {
  return new Decimal(from).plus(new Decimal(to - from).times(k).div(10_000)).toFixed();
}

describe('EDPB and ICO methods, for any inputs', () => {
  it('never exceeds the legal maximum and never goes below zero', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 100_000_000_000_000n }),
        fc.constantFrom('low', 'medium', 'high'),
        fc.constantFrom('32', '6', '58(2)'),
        fc.boolean(),
        fc.integer({ min: -90, max: 400 }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.boolean(),
        (cents, seriousness, article, choose, pct, finalFactor, k, uk) => {
          const [from, to] = SERIOUSNESS[seriousness as keyof typeof SERIOUSNESS];
          const profile = parseProfile({
            name: 'Property SA',
            financialYears: [
              {
                year: 2023,
                end: '2023-12-31',
                scope: 'undertaking',
                turnover: { amount: toDecimal(cents, 2), currency: uk ? 'GBP' : 'EUR' },
              },
            ],
          });
          const seriousnessPct = pointIn(from, to, k);
          const method = uk ? icoFine : edpbFine;
          const result = method({
            profile,
            asOf: '2024-03-01',
            infringement: {
              articles: [article],
              seriousness: uk && seriousness === 'low' ? 'lower' : seriousness,
              ...(choose ? { seriousnessPct } : {}),
              adjustments: [{ factor: 'k', pct }],
              finalFactorPct: finalFactor,
            },
          });
          const max = new Decimal(result.legalMaximum.amount);
          const low = new Decimal(result.fine.low.amount);
          const high = new Decimal(result.fine.high.amount);
          expect(high.lte(max)).toBe(true);
          expect(low.lte(high)).toBe(true);
          expect(low.gte(0)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('DSK concept, for any inputs', () => {
  it('never exceeds the legal maximum', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 100_000_000_000_000n }),
        fc.constantFrom('leicht', 'mittel', 'schwer', 'sehr schwer'),
        fc.constantFrom('32', '6'),
        fc.integer({ min: -90, max: 400 }),
        (cents, severity, article, pct) => {
          const result = dskFine({
            profile: {
              name: 'Property GmbH',
              financialYears: [
                {
                  year: 2020,
                  end: '2020-12-31',
                  scope: 'undertaking',
                  turnover: { amount: toDecimal(cents, 2), currency: 'EUR' },
                },
              ],
            },
            asOf: '2021-06-01',
            infringement: { articles: [article], severity, adjustments: [{ factor: 'k', pct }] },
          });
          const max = new Decimal(result.legalMaximum.amount);
          expect(new Decimal(result.fine.high.amount).lte(max)).toBe(true);
          expect(new Decimal(result.fine.low.amount).lte(result.fine.high.amount)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
