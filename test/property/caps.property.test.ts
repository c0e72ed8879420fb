import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, legalMaximum, parseProfile } from '../../src/index.js';
import { toDecimal } from '../helpers/exact.js';

/** A turnover in cents, from zero to EUR 10 trillion, with extra weight around the crossovers. */
const cents = fc.oneof(
  fc.bigInt({ min: 0n, max: 1_000_000_000_000_000n }),
  fc.bigInt({ min: 49_999_999_000n, max: 50_000_001_000n }),
);

const PROVISIONS = [
  { id: 'GDPR 83(4)', fixed: '10000000', share: '0.02' },
  { id: 'GDPR 83(5)', fixed: '20000000', share: '0.04' },
  { id: 'GDPR 83(6)', fixed: '20000000', share: '0.04' },
] as const;

function capFor(turnoverCents: bigint, provision: string): Decimal {
  const profile = parseProfile({
    name: 'Property SA',
    financialYears: [
      {
        year: 2023,
        end: '2023-12-31',
        scope: 'undertaking',
        turnover: { amount: toDecimal(turnoverCents, 2), currency: 'EUR' },
      },
    ],
  });
  const result = legalMaximum({ profile, provision, asOf: '2024-03-01' });
  return new Decimal(result.amount?.amount ?? 'NaN');
}

describe('GDPR caps, for every turnover', () => {
  it('are never below the fixed amount nor below the share of turnover, and equal the higher of the two', () => {
    fc.assert(
      fc.property(cents, fc.constantFrom(...PROVISIONS), (turnover, provision) => {
        const cap = capFor(turnover, provision.id);
        const share = new Decimal(toDecimal(turnover, 2)).times(provision.share);
        expect(cap.greaterThanOrEqualTo(provision.fixed)).toBe(true);
        expect(cap.greaterThanOrEqualTo(share)).toBe(true);
        expect(cap.equals(Decimal.max(provision.fixed, share))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('are monotone in turnover', () => {
    fc.assert(
      fc.property(cents, cents, fc.constantFrom(...PROVISIONS), (a, b, provision) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(capFor(low, provision.id).lessThanOrEqualTo(capFor(high, provision.id))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('order the tiers: 83(4) ≤ 83(5) = 83(6)', () => {
    fc.assert(
      fc.property(cents, (turnover) => {
        const four = capFor(turnover, 'GDPR 83(4)');
        const five = capFor(turnover, 'GDPR 83(5)');
        expect(four.lessThanOrEqualTo(five)).toBe(true);
        expect(five.equals(capFor(turnover, 'GDPR 83(6)'))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('are identical for the same input, whatever the currency route', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10_000_000_000_000n }), (usdCents) => {
        const profile = {
          name: 'Dollar Inc.',
          financialYears: [
            {
              year: 2020,
              end: '2020-12-31',
              scope: 'undertaking',
              turnover: { amount: toDecimal(usdCents, 2), currency: 'USD' },
            },
          ],
        };
        const a = legalMaximum({ profile, provision: 'GDPR 83(5)', asOf: '2021-07-16' });
        const b = legalMaximum({ profile, provision: 'GDPR 83(5)', asOf: '2021-07-16' });
        expect(a).toEqual(b);
      }),
      { numRuns: 50 },
    );
  });
});
