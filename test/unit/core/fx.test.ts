import { describe, expect, it } from 'vitest';
import { convertForFinancialYear } from '../../../src/core/fx/convert.js';
import type { ExchangeRate } from '../../../src/core/fx/rate.js';
import { money } from '../../../src/core/money.js';
import { Decimal, ecbReferenceRates, MissingRateError } from '../../../src/index.js';
import { stepsOf } from '../../../src/report/steps/render.js';
import { divideHalfEven, toDecimal } from '../../helpers/exact.js';

const FY2020 = { year: 2020, start: '2020-01-01', end: '2020-12-31' };
const AVERAGE = { basis: 'annual-average', rates: [] } as const;
const YEAR_END = { basis: 'year-end', rates: [] } as const;

function callerRate(
  partial: Partial<ExchangeRate> & Pick<ExchangeRate, 'base' | 'quote' | 'kind' | 'date'>,
): ExchangeRate {
  return {
    rate: new Decimal('1.2'),
    period: null,
    source: { title: 'caller test rate' },
    verified: true,
    ...partial,
  };
}

describe('converting a financial year turnover', () => {
  it('divides by the ECB annual average and rounds half-even to the cent (Amazon FY2020: USD 386,064m at 1.1422)', () => {
    const result = convertForFinancialYear(money('386064000000', 'USD'), 'EUR', FY2020, AVERAGE);
    const cents = divideHalfEven(386_064_000_000n * 100n * 10_000n, 11_422n);
    expect(result.converted.amount.toFixed()).toBe(toDecimal(cents, 2));
    expect(result.converted.amount.toFixed()).toBe('338000350201.37');
    expect(result.legs).toHaveLength(1);
    expect(result.legs[0]).toMatchObject({
      quotation: 'EUR 1 = USD 1.1422',
      kind: 'average',
      period: { start: '2020-01-01', end: '2020-12-31' },
      providedBy: 'bundled ECB table',
    });
    expect(result.steps.some((s) => s.value === 'EUR 1 = USD 1.1422')).toBe(true);
  });

  it('reports a recomputed average as verified, and an unchecked one as a warning step', () => {
    const checked = convertForFinancialYear(money('1000', 'USD'), 'EUR', FY2020, AVERAGE);
    expect(checked.legs[0]?.verified).toBe(true);
    expect(checked.steps.every((s) => s.severity !== 'warning')).toBe(true);

    const unchecked = convertForFinancialYear(money('1000', 'USD'), 'EUR', FY2020, {
      basis: 'annual-average',
      rates: [
        callerRate({
          base: 'EUR',
          quote: 'USD',
          kind: 'average',
          date: '2020-12-31',
          period: { start: '2020-01-01', end: '2020-12-31' },
          verified: false,
        }),
      ],
    });
    expect(unchecked.legs[0]).toMatchObject({ rate: '1.2', verified: false });
    const warning = stepsOf(unchecked.steps).find((s) => s.severity === 'warning');
    expect(warning?.rule).toContain('awaits a re-check against its source');
  });

  it('holds no bundled rate that awaits a re-check', () => {
    expect(ecbReferenceRates().filter((r) => !r.verified)).toEqual([]);
  });

  it('uses the reference rate of the last business day for the year-end basis', () => {
    const result = convertForFinancialYear(money('386064000000', 'USD'), 'EUR', FY2020, YEAR_END);
    const cents = divideHalfEven(386_064_000_000n * 100n * 10_000n, 12_271n);
    expect(result.converted.amount.toFixed()).toBe(toDecimal(cents, 2));
    expect(result.legs[0]).toMatchObject({ date: '2020-12-31', kind: 'spot', verified: true });
  });

  it('finds the last business day of a year ending on a weekend (29 December 2017)', () => {
    const result = convertForFinancialYear(
      money('1000', 'USD'),
      'EUR',
      { year: 2017, start: '2017-01-01', end: '2017-12-31' },
      YEAR_END,
    );
    expect(result.legs[0]?.date).toBe('2017-12-29');
    expect(result.legs[0]?.rate).toBe('1.1993');
  });

  it('converts between two non-euro currencies through the euro', () => {
    const result = convertForFinancialYear(money('1000000', 'GBP'), 'USD', FY2020, AVERAGE);
    // GBP 1,000,000 ÷ 0.88970 × 1.1422 = 1,000,000 × 11422 / 8897 (the ECB 2020 averages).
    const cents = divideHalfEven(1_000_000n * 11_422n * 100n, 8_897n);
    expect(result.converted.amount.toFixed()).toBe(toDecimal(cents, 2));
    expect(result.legs.map((l) => l.quotation)).toEqual(['EUR 1 = GBP 0.8897', 'EUR 1 = USD 1.1422']);
  });

  it('rounds to the minor unit of the target currency (JPY has none)', () => {
    const result = convertForFinancialYear(money('1234.56', 'EUR'), 'JPY', FY2020, AVERAGE);
    expect(result.converted.amount.toFixed()).toBe(toDecimal(divideHalfEven(123_456n * 12_185n, 10_000n), 0));
    expect(result.converted.amount.toFixed()).toBe('150431');
  });

  it('takes the calendar-year average that covers most of a financial year', () => {
    const aprilToMarch = { year: 2020, start: '2020-04-01', end: '2021-03-31' };
    expect(
      convertForFinancialYear(money('100', 'USD'), 'EUR', aprilToMarch, AVERAGE).legs[0]?.period,
    ).toEqual({
      start: '2020-01-01',
      end: '2020-12-31',
    });
    // July 2020 to June 2021: 184 days fall in 2020, 181 in 2021.
    const julyToJune = { year: 2021, start: '2020-07-01', end: '2021-06-30' };
    expect(
      convertForFinancialYear(money('100', 'USD'), 'EUR', julyToJune, AVERAGE).legs[0]?.period?.start,
    ).toBe('2020-01-01');
  });

  it("prefers the caller's rates, in either quotation direction", () => {
    const exact = callerRate({
      base: 'EUR',
      quote: 'USD',
      rate: new Decimal('1.25'),
      kind: 'average',
      date: '2021-06-30',
      period: { start: '2020-07-01', end: '2021-06-30' },
    });
    const julyToJune = { year: 2021, start: '2020-07-01', end: '2021-06-30' };
    const result = convertForFinancialYear(money('1000', 'USD'), 'EUR', julyToJune, {
      basis: 'annual-average',
      rates: [exact],
    });
    expect(result.converted.amount.toFixed()).toBe('800');
    expect(result.legs[0]?.providedBy).toBe('caller');

    const inverse = callerRate({
      base: 'USD',
      quote: 'EUR',
      rate: new Decimal('0.8'),
      kind: 'spot',
      date: '2020-12-31',
    });
    const spot = convertForFinancialYear(money('1000', 'USD'), 'EUR', FY2020, {
      basis: 'year-end',
      rates: [inverse],
    });
    expect(spot.converted.amount.toFixed()).toBe('800');
    expect(spot.legs[0]?.quotation).toBe('USD 1 = EUR 0.8');
  });

  it('says what is missing when no rate fits, instead of guessing', () => {
    const fy2026 = { year: 2026, start: '2026-01-01', end: '2026-12-31' };
    const average = () =>
      convertForFinancialYear(money('1', 'USD'), 'EUR', fy2026, { ...AVERAGE, fallback: 'none' });
    expect(average).toThrow(MissingRateError);
    expect(average).toThrow(/average EUR\/USD rate.*fx\.rates.*year-end/);
    // The ECB's reference rate of 31 December 2025: EUR 1 = USD 1.1750.
    const fy2025 = { year: 2025, start: '2025-01-01', end: '2025-12-31' };
    expect(
      convertForFinancialYear(money('1175', 'USD'), 'EUR', fy2025, YEAR_END).converted.amount.toFixed(),
    ).toBe('1000');
    expect(() => convertForFinancialYear(money('1', 'PLN'), 'EUR', fy2026, YEAR_END)).toThrow(
      MissingRateError,
    );
    // Before the bundled table begins (2017), no stand-in either.
    const fy2015 = { year: 2015, start: '2015-01-01', end: '2015-12-31' };
    expect(() => convertForFinancialYear(money('1', 'USD'), 'EUR', fy2015, AVERAGE)).toThrow(
      MissingRateError,
    );
    const spring = { year: 2021, start: '2020-04-01', end: '2021-03-31' };
    expect(() => convertForFinancialYear(money('1', 'USD'), 'EUR', spring, YEAR_END)).toThrow(
      /within 7 days before 2021-03-31/,
    );
  });

  it('rounds exact half-cent ties half-even, with no intermediate rounding', () => {
    const rate = callerRate({
      base: 'EUR',
      quote: 'USD',
      rate: new Decimal('1.2'),
      kind: 'spot',
      date: '2020-12-31',
    });
    const options = { basis: 'year-end', rates: [rate] } as const;
    // USD 0.09 ÷ 1.2 = EUR 0.075 exactly → 0.08 (8 is even); USD 0.03 ÷ 1.2 = 0.025 → 0.02.
    expect(
      convertForFinancialYear(money('0.09', 'USD'), 'EUR', FY2020, options).converted.amount.toFixed(),
    ).toBe('0.08');
    expect(
      convertForFinancialYear(money('0.03', 'USD'), 'EUR', FY2020, options).converted.amount.toFixed(),
    ).toBe('0.02');
    // 1/1.2 has no finite decimal form: a rounded reciprocal would give 0.07 here.
    expect(convertForFinancialYear(money('0.09', 'USD'), 'EUR', FY2020, options).convertedText).toBe('0.08');
  });

  it('does nothing to an amount already in the target currency', () => {
    const result = convertForFinancialYear(money('5', 'EUR'), 'EUR', FY2020, AVERAGE);
    expect(result.legs).toEqual([]);
    expect(result.converted.amount.toFixed()).toBe('5');
  });
});

describe('the bundled ECB table', () => {
  const rates = ecbReferenceRates();
  const currencies = ['USD', 'GBP', 'CHF', 'PLN', 'SEK', 'DKK', 'NOK', 'JPY'];

  it('has year-end and annual-average rates for 2017 to 2024 in the eight currencies', () => {
    for (let year = 2017; year <= 2024; year++) {
      for (const currency of currencies) {
        expect(
          rates.some(
            (r) => r.kind === 'average' && r.quote === currency && r.period?.start === `${year}-01-01`,
          ),
        ).toBe(true);
        expect(
          rates.some((r) => r.kind === 'spot' && r.quote === currency && r.date.startsWith(`${year}-12-`)),
        ).toBe(true);
      }
    }
  });

  it('has the 2025 year-end and average rates of every bundled currency the ECB still quoted', () => {
    const of2025 = (kind: 'spot' | 'average') =>
      rates
        .filter((r) => r.kind === kind && r.date === '2025-12-31')
        .map((r) => r.quote)
        .sort();
    const quoted = [
      'BGN',
      'CHF',
      'CZK',
      'DKK',
      'GBP',
      'HUF',
      'ISK',
      'JPY',
      'NOK',
      'PLN',
      'RON',
      'SEK',
      'USD',
    ];
    expect(of2025('spot')).toEqual(quoted);
    expect(of2025('average')).toEqual(quoted);
  });

  it('converts a financial year after the bundled averages at the latest one, with a warning step', () => {
    const fy2026 = { year: 2026, start: '2026-01-01', end: '2026-12-31' };
    const converted = convertForFinancialYear(money('1130', 'USD'), 'EUR', fy2026, AVERAGE);
    // The 2025 average, EUR 1 = USD 1.1300 (mean of the 255 ECB reference rates of 2025).
    expect(converted.converted.amount.toFixed()).toBe('1000');
    expect(stepsOf(converted.steps)[0]).toMatchObject({
      label: 'No EUR/USD average for financial year 2026',
      severity: 'warning',
    });
  });

  it('dates year-end rates on a weekday in the last days of December, with a source', () => {
    for (const rate of rates.filter((r) => r.kind === 'spot')) {
      const day = new Date(`${rate.date}T12:00:00Z`).getUTCDay();
      expect(day).not.toBe(0);
      expect(day).not.toBe(6);
      expect(rate.date.slice(5, 7)).toBe('12');
      expect(Number(rate.date.slice(8))).toBeGreaterThanOrEqual(27);
      expect(rate.source.url).toMatch(/^https:\/\/www\.ecb\.europa\.eu\//);
    }
  });

  it('holds only positive rates, each with its check recorded', () => {
    for (const rate of rates) {
      expect(rate.rate.isPositive()).toBe(true);
      expect(rate.base).toBe('EUR');
      expect(rate.check).toBeTruthy();
    }
  });
});
