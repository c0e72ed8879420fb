import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CompanyProfileInput, Decimal, legalMaximum, parseProfile } from '../../src/index.js';
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
        const profile: CompanyProfileInput = {
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

function capOf(turnoverCents: bigint, provision: string, sme?: boolean): Decimal {
  const profile = parseProfile({
    name: 'Property SA',
    financialYears: [
      {
        year: 2025,
        end: '2025-12-31',
        scope: 'undertaking',
        turnover: { amount: toDecimal(turnoverCents, 2), currency: 'EUR' },
      },
    ],
  });
  const result = legalMaximum({
    profile,
    provision,
    asOf: '2026-09-01',
    ...(sme === undefined ? {} : { sme }),
  });
  return new Decimal(result.amount?.amount ?? 'NaN');
}

describe('percentage-only caps (DSA, DMA), for every turnover', () => {
  it('equal the share of turnover exactly and are monotone', () => {
    const provisions = [
      ['DSA 74(1)', '0.06'],
      ['DMA 30(1)', '0.1'],
      ['DMA 30(2)', '0.2'],
      ['DMA 30(3)', '0.01'],
    ] as const;
    fc.assert(
      fc.property(cents, cents, fc.constantFrom(...provisions), (a, b, [id, share]) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const capLow = capOf(low, id);
        expect(capLow.equals(new Decimal(toDecimal(low, 2)).times(share))).toBe(true);
        expect(capOf(high, id).greaterThanOrEqualTo(capLow)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('AI Act Art. 99(6): for SMEs the lower of the two limbs', () => {
  it('never exceeds the general (higher-of) cap, nor either limb', () => {
    const provisions = [
      ['AI Act 99(3)', '35000000', '0.07'],
      ['AI Act 99(4)', '15000000', '0.03'],
      ['AI Act 99(5)', '7500000', '0.01'],
    ] as const;
    fc.assert(
      fc.property(cents, fc.constantFrom(...provisions), (turnover, [id, fixed, share]) => {
        const sme = capOf(turnover, id, true);
        const general = capOf(turnover, id, false);
        const byShare = new Decimal(toDecimal(turnover, 2)).times(share);
        expect(sme.lessThanOrEqualTo(general)).toBe(true);
        expect(sme.equals(Decimal.min(fixed, byShare))).toBe(true);
        expect(general.equals(Decimal.max(fixed, byShare))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
