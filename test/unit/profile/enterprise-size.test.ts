import { describe, expect, it } from 'vitest';
import { enterpriseSize } from '../../../src/index.js';
import { aProfile } from '../../../src/testing/index.js';

function year(y: number, employees: number, turnover: string, balanceSheet?: string) {
  return {
    year: y,
    end: `${y}-12-31`,
    scope: 'entity' as const,
    employees,
    turnover: { amount: turnover, currency: 'EUR' },
    ...(balanceSheet ? { balanceSheetTotal: { amount: balanceSheet, currency: 'EUR' } } : {}),
  };
}

function sizeOf(years: ReturnType<typeof year>[], asOf = '2026-06-01') {
  let builder = aProfile('Size Test SARL');
  for (const fy of years) builder = builder.withYear(fy);
  return enterpriseSize({ profile: builder.build(), asOf });
}

describe('Recommendation 2003/361/EC, Annex Art. 2: the ceilings', () => {
  it.each([
    // Micro: fewer than 10 persons and turnover and/or balance sheet total of at most EUR 2 million.
    [9, '2000000', undefined, 'micro'],
    [10, '2000000', undefined, 'small'],
    [9, '2000000.01', undefined, 'small'],
    [9, '2000000.01', '2000000', 'micro'],
    // Small: fewer than 50 persons, EUR 10 million.
    [49, '10000000', undefined, 'small'],
    [50, '10000000', undefined, 'medium'],
    [49, '10000000.01', '10000000.01', 'medium'],
    // Medium: fewer than 250 persons, turnover EUR 50 million or balance sheet EUR 43 million.
    [249, '50000000', undefined, 'medium'],
    [249, '60000000', '43000000', 'medium'],
    [249, '60000000', '43000000.01', 'large'],
    [250, '1', undefined, 'large'],
  ])('%i persons, turnover EUR %s, balance sheet %s → %s', (employees, turnover, balance, expected) => {
    const result = sizeOf([year(2025, employees, turnover, balance)]);
    expect(result.category).toBe(expected);
    expect(result.sme).toBe(expected !== 'large');
  });
});

describe('Annex Art. 4(2): the status changes after two consecutive periods only', () => {
  it('one year over the ceiling keeps the status; the second changes it', () => {
    const micro = year(2023, 8, '1500000');
    const over = year(2024, 12, '2500000');
    expect(sizeOf([micro, over], '2025-03-01').category).toBe('micro');
    const result = sizeOf([micro, over, year(2025, 14, '2800000')], '2026-03-01');
    expect(result.category).toBe('small');
    expect(result.years.map((y) => y.status)).toEqual(['micro', 'micro', 'small']);
  });

  it('records the day the enterprise ceased to qualify (the close of the second period)', () => {
    const result = sizeOf(
      [year(2022, 30, '8000000'), year(2023, 60, '12000000'), year(2024, 70, '15000000')],
      '2025-06-01',
    );
    expect(result.category).toBe('medium');
    expect(result.ceasedToQualify.small).toBe('2024-12-31');
    expect(result.ceasedToQualify.micro).toBeNull();
  });

  it('moves to the smaller of two consecutive categories above the status', () => {
    const result = sizeOf([year(2023, 8, '1'), year(2024, 60, '1'), year(2025, 300, '1')]);
    expect(result.years.map((y) => y.status)).toEqual(['micro', 'micro', 'medium']);
  });

  it('uses only years closed before the date, and says when no headcount is given', () => {
    expect(sizeOf([year(2025, 8, '1')], '2025-12-31').category).toBeNull();
    const none = enterpriseSize({
      profile: aProfile().withTurnover(2025, '1000').build(),
      asOf: '2026-06-01',
    });
    expect(none.category).toBeNull();
    expect(none.steps.at(-1)?.severity).toBe('warning');
  });

  it('converts turnover in other currencies at the ECB average of the year', () => {
    // USD 2,200,000 ÷ 1.0824 (2024 average) = EUR 2,032,520.33: over the micro ceiling.
    const result = enterpriseSize({
      profile: aProfile().withTurnover(2024, '2200000', 'USD', { employees: 5, scope: 'entity' }).build(),
      asOf: '2025-06-01',
    });
    expect(result.years[0]?.turnover).toEqual({ amount: '2032520.33', currency: 'EUR' });
    expect(result.category).toBe('small');
  });
});
