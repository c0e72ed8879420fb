import { describe, expect, it } from 'vitest';
import {
  type CompanyProfileInput,
  Decimal,
  deadline,
  edpbFine,
  estimateExposure,
  gapAnalysis,
  legalMaximum,
  maximumFine,
  precedingFinancialYearEnd,
  riskScore,
  simulate,
  ValidationError,
} from '../../../src/index.js';

// Issue 19: an asOf in the year 9999 past the financial year's anniversary looped forever, and any
// exchange rate a caller passed broke the estimate path ("Unrecognized key verified").

/** A controller in France whose financial years end on 30 June. */
function juneProfile(year: number, amount: string, currency = 'EUR'): CompanyProfileInput {
  return {
    name: 'Far Date SAS',
    roles: ['controller'],
    establishments: [{ country: 'FR', main: true }],
    financialYears: [
      { year, end: `${year}-06-30`, scope: 'undertaking', employees: 300, turnover: { amount, currency } },
    ],
  };
}

const within = (ms: number, f: () => unknown) => {
  const t = performance.now();
  f();
  expect(performance.now() - t).toBeLessThan(ms);
};

describe('a far date answers at once', () => {
  it('the preceding financial year of a decision on 9999-12-31 ended on 9999-06-30', () => {
    within(100, () => expect(precedingFinancialYearEnd('2024-06-30', '9999-12-31')).toBe('9999-06-30'));
    expect(precedingFinancialYearEnd('2024-06-30', '9999-06-30')).toBe('9998-06-30');
    expect(precedingFinancialYearEnd('2024-02-29', '2025-03-01')).toBe('2025-02-28');
  });

  it('legalMaximum on 2200-12-31, the last financial year a profile may give: 4 % of €1bn = €40m', () => {
    within(100, () =>
      expect(
        legalMaximum({
          profile: juneProfile(2200, '1000000000'),
          provision: 'GDPR 83(5)',
          asOf: '2200-12-31',
        }).amount,
      ).toEqual({ amount: '40000000', currency: 'EUR' }),
    );
  });

  it('every entry point named in the issue returns or throws a LexposureError at once', () => {
    const profile = juneProfile(2024, '1000000000');
    const asOf = '9999-12-31';
    const calls = [
      () => legalMaximum({ profile, provision: 'GDPR 83(5)', asOf }),
      () => maximumFine({ profile, regime: 'GDPR', articles: ['5'], asOf }),
      () => estimateExposure({ profile, asOf }),
      () => riskScore({ profile, asOf }),
      () => gapAnalysis({ profile: { ...profile, posture: [] }, asOf }),
      () => edpbFine({ profile, asOf, infringement: { articles: ['5'], seriousness: 'low' } }),
    ];
    for (const call of calls)
      within(1000, () => {
        try {
          call();
        } catch (error) {
          expect((error as { code?: string }).code).toMatch(/^[A-Z_]+$/);
        }
      });
  });

  it('a period that would end after 9999-12-31 is a ValidationError, not the year 10000', () => {
    expect(() => deadline({ period: { length: 1, unit: 'months' }, from: '9999-12-31' })).toThrow(
      ValidationError,
    );
    expect(() => deadline({ period: { length: 24, unit: 'hours' }, from: '9999-12-31T10:00Z' })).toThrow(
      /after 9999-12-31/,
    );
    expect(deadline({ period: { length: 1, unit: 'months' }, from: '9999-11-30' }).lastDay).toBe(
      '9999-12-30',
    );
  });
});

describe("a caller's exchange rates reach every stage of the estimate", () => {
  // A USD turnover of $1bn at the caller's average rate EUR 1 = USD 1.25 is €800m; GDPR Art. 83(5):
  // 4 % of €800m = €32m.
  const profile: CompanyProfileInput = {
    ...juneProfile(2024, '1000000000', 'USD'),
    financialYears: [
      {
        year: 2024,
        end: '2024-12-31',
        scope: 'undertaking',
        employees: 300,
        turnover: { amount: '1000000000', currency: 'USD' },
      },
    ],
  };
  const fx = {
    rates: [
      {
        base: 'EUR',
        quote: 'USD',
        rate: '1.25',
        kind: 'average' as const,
        date: '2024-12-31',
        period: { start: '2024-01-01', end: '2024-12-31' },
        source: 'the caller’s treasury',
      },
    ],
  };
  const asOf = '2025-06-01';

  it('legalMaximum, estimateExposure, riskScore and simulate all read them', () => {
    expect(legalMaximum({ profile, provision: 'GDPR 83(5)', asOf, fx }).amount).toEqual({
      amount: '32000000',
      currency: 'EUR',
    });
    const estimate = estimateExposure({ profile, asOf, fx });
    expect(estimate.regimes.find((r) => r.regime === 'GDPR')?.legalMaximum).toEqual({
      amount: '32000000',
      currency: 'EUR',
    });
    expect(riskScore({ profile, asOf, fx }).score).toBeGreaterThan(0);
    const sim = simulate({
      profile,
      asOf,
      fx,
      iterations: 200,
      seed: 1,
      scenarios: [
        {
          id: 'gdpr',
          provision: 'GDPR 83(5)',
          frequency: { probability: '0.05' },
          severity: { kind: 'estimate', source: 'model', regime: 'GDPR', articles: ['5', '32'] },
        },
      ],
    });
    expect(sim.iterations).toBe(200);
  });
});

describe('an amount that is an object', () => {
  const withAmount = (amount: unknown): CompanyProfileInput => ({
    name: 'Poison Ltd',
    financialYears: [
      {
        year: 2024,
        end: '2024-12-31',
        scope: 'undertaking',
        turnover: { amount: amount as never, currency: 'EUR' },
      },
    ],
  });
  const cap = (amount: unknown) =>
    legalMaximum({ profile: withAmount(amount), provision: 'GDPR 83(5)', asOf: '2025-06-01' });

  it('an object posing as a Decimal, or a Decimal of 10^(10^18), is a ValidationError at once', () => {
    expect(() => cap({ toStringTag: '[object Decimal]' })).toThrow(/posing as a Decimal/);
    within(100, () => expect(() => cap(new Decimal('1e900000000000000000'))).toThrow(ValidationError));
  });

  it('a genuine Decimal is read exactly: 4 % of €1,234,567,890.12 = €49,382,715.6048', () => {
    expect(cap(new Decimal('1234567890.12')).amount).toEqual({ amount: '49382715.6048', currency: 'EUR' });
  });
});

/** A GDPR regime of an estimate, as JSON, for a test to corrupt. */
type Forged = {
  regime: string;
  frequency: { probability: number; expectedAnnualLossValue: number };
  model: { likely: { amount: string }; high: { amount: string } };
};

describe('riskScore({ estimate }) reads back only figures the library could have written', () => {
  // Issue 19: a forged estimate with NaN, negative or 10 MB amounts was accepted (835 MB a call).
  const profile = juneProfile(2024, '1000000000');
  const asOf = '2025-06-01';
  const forge = (edit: (r: Forged) => void) => {
    const estimate = JSON.parse(JSON.stringify(estimateExposure({ profile, asOf })));
    edit(estimate.regimes.find((r: { regime: string }) => r.regime === 'GDPR'));
    return estimate;
  };

  it('the estimate as made is accepted, and gives the score made without it', () => {
    const estimate = estimateExposure({ profile, asOf });
    expect(riskScore({ profile, asOf, estimate }).score).toBe(riskScore({ profile, asOf }).score);
  });

  it.each([
    ['a NaN probability', (r: Forged) => (r.frequency.probability = Number.NaN), 'probability'],
    [
      'a negative expected loss',
      (r: Forged) => (r.frequency.expectedAnnualLossValue = -1),
      'expectedAnnualLossValue',
    ],
    ['a 10 MB amount', (r: Forged) => (r.model.likely.amount = '9'.repeat(10_000_000)), 'likely'],
    ['a negative amount', (r: Forged) => (r.model.high.amount = '-5'), 'high'],
    // Found by the seeded fuzz: "__proto__" reached the registry's lookup (a TypeError).
    ['a regime named "__proto__"', (r: Forged) => (r.regime = '__proto__'), 'regime'],
    ['a regime the registry does not hold', (r: Forged) => (r.regime = 'CCPA'), 'regime'],
  ])('%s is a ValidationError naming the field, at once', (_what, edit, field) => {
    const estimate = forge(edit);
    const t = performance.now();
    expect(() => riskScore({ profile, asOf, estimate })).toThrow(
      new RegExp(`estimate\\.regimes\\[\\d+\\]\\.[a-z.]*${field}`),
    );
    expect(performance.now() - t).toBeLessThan(100);
  });
});
