import { describe, expect, it } from 'vitest';
import {
  NotInForceError,
  periodicPenalty,
  UnknownProvisionError,
  ValidationError,
} from '../../../src/index.js';
import { divideHalfEven, toDecimal } from '../../helpers/exact.js';
import { eurProfile, fixtureProfile } from '../../helpers/profiles.js';

/** floor(a / b), the rounding a maximum takes so that it is never exceeded. */
const floor = (a: bigint, b: bigint) => a / b;

describe('periodic penalty payments: 5 % of the average daily turnover per day', () => {
  it('DMA Art. 31: EUR 1,000,000,000.00 over a 365-day year, for 30 days', () => {
    const result = periodicPenalty({
      profile: eurProfile('1000000000', { year: 2024, scope: 'undertaking' }),
      provision: 'DMA 31',
      days: 30,
      asOf: '2025-03-01',
    });
    // 2024 is a leap year: 366 days. Average: 1,000,000,000 / 366; 5 % per day; 30 days.
    const cents = 1_000_000_000n * 100n;
    expect(result.turnover.days).toBe(366);
    expect(result.averageDailyTurnover.amount).toBe(toDecimal(divideHalfEven(cents, 366n), 2));
    expect(result.dailyMaximum.amount).toBe(toDecimal(floor(cents * 5n, 100n * 366n), 2));
    expect(result.amount.amount).toBe(toDecimal(floor(cents * 5n * 30n, 100n * 366n), 2));
    expect(result.amount).toEqual({ amount: '4098360.65', currency: 'EUR' });
    expect(result.imposedBy).toBe('European Commission');
  });

  it('a 365-day year divides evenly: EUR 73,000,000 → EUR 10,000 a day', () => {
    const result = periodicPenalty({
      profile: eurProfile('73000000', { year: 2023, scope: 'entity' }),
      provision: 'DSA 52(4)',
      days: 1,
      asOf: '2024-03-01',
    });
    expect(result.averageDailyTurnover).toEqual({ amount: '200000', currency: 'EUR' });
    expect(result.dailyMaximum).toEqual({ amount: '10000', currency: 'EUR' });
    expect(result.amount).toEqual({ amount: '10000', currency: 'EUR' });
  });

  it('DSA Art. 76 for the bundled VLOP marketplace, converted at the ECB 2023 average', () => {
    const result = periodicPenalty({
      profile: fixtureProfile('amazon-store-vlop'),
      provision: 'DSA 76',
      days: 30,
      asOf: '2024-06-01',
    });
    // USD 574,785,000,000 ÷ 1.0813, to the cent half-even; then 5 % × that × 30 ÷ 365, rounded down.
    const eurCents = divideHalfEven(574_785_000_000n * 100n * 10_000n, 10_813n);
    expect(result.turnover.amount.amount).toBe(toDecimal(eurCents, 2));
    expect(result.amount.amount).toBe(toDecimal(floor(eurCents * 5n * 30n, 100n * 365n), 2));
    expect(result.steps.some((s) => s.value === 'EUR 1 = USD 1.0813')).toBe(true);
  });

  it('is refused before the provision applies, and for a fine provision', () => {
    const profile = eurProfile('1', { year: 2022 });
    expect(() => periodicPenalty({ profile, provision: 'DMA 31', days: 1, asOf: '2023-05-01' })).toThrow(
      NotInForceError,
    );
    expect(() => periodicPenalty({ profile, provision: 'DMA 30(1)', days: 1, asOf: '2023-06-01' })).toThrow(
      UnknownProvisionError,
    );
  });

  it('validates the number of days', () => {
    const profile = eurProfile('1', { year: 2024 });
    for (const days of [0, -3, 1.5, Number.NaN]) {
      expect(() => periodicPenalty({ profile, provision: 'DMA 31', days, asOf: '2025-06-01' })).toThrow(
        ValidationError,
      );
    }
  });
});
