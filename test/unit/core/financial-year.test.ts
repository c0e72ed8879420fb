import { describe, expect, it } from 'vitest';
import { addDaysIso, addYearsIso, dayOfWeek, daysBetween, isIsoDate } from '../../../src/core/dates.js';
import { precedingFinancialYearEnd, twelveMonthStart } from '../../../src/core/financial-year.js';

describe('the preceding financial year of a decision date', () => {
  it('is the last financial year ended before the decision (CNPD decision of 16 July 2021 → FY2020)', () => {
    expect(precedingFinancialYearEnd('2020-12-31', '2021-07-16')).toBe('2020-12-31');
    expect(precedingFinancialYearEnd('2019-12-31', '2021-07-16')).toBe('2020-12-31');
    expect(precedingFinancialYearEnd('2023-12-31', '2021-07-16')).toBe('2020-12-31');
  });

  it('does not count a financial year ending on the decision date itself', () => {
    expect(precedingFinancialYearEnd('2021-03-31', '2021-03-31')).toBe('2020-03-31');
    expect(precedingFinancialYearEnd('2021-03-31', '2021-04-01')).toBe('2021-03-31');
    expect(precedingFinancialYearEnd('2020-12-31', '2021-01-01')).toBe('2020-12-31');
  });

  it('follows financial years that do not end on 31 December', () => {
    expect(precedingFinancialYearEnd('2022-06-30', '2024-02-15')).toBe('2023-06-30');
    expect(precedingFinancialYearEnd('2020-09-30', '2020-10-01')).toBe('2020-09-30');
  });

  it('moves a 29 February year end to 28 February in common years', () => {
    expect(precedingFinancialYearEnd('2020-02-29', '2021-03-01')).toBe('2021-02-28');
    expect(precedingFinancialYearEnd('2020-02-29', '2024-03-15')).toBe('2024-02-29');
  });
});

describe('the first day of a twelve-month financial year', () => {
  it('is the day after the same date a year before', () => {
    expect(twelveMonthStart('2020-12-31')).toBe('2020-01-01');
    expect(twelveMonthStart('2021-03-31')).toBe('2020-04-01');
    expect(twelveMonthStart('2021-06-30')).toBe('2020-07-01');
  });

  it('is 1 March for a year ending at the end of February, leap years included', () => {
    expect(twelveMonthStart('2021-02-28')).toBe('2020-03-01');
    expect(twelveMonthStart('2024-02-29')).toBe('2023-03-01');
  });
});

describe('calendar dates', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2021-02-30')).toBe(false);
    expect(isIsoDate('2021-04-31')).toBe(false);
    expect(isIsoDate('2021-13-01')).toBe(false);
    expect(isIsoDate('2021-00-10')).toBe(false);
    expect(isIsoDate('2021-1-10')).toBe(false);
    expect(isIsoDate('2021-01-10T00:00:00Z')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });
});

describe('day arithmetic', () => {
  it('agrees with the platform calendar over four centuries', () => {
    let date = '1900-01-01';
    const reference = new Date(Date.UTC(1900, 0, 1));
    for (let i = 0; i < 146_097; i += 7) {
      expect(date).toBe(reference.toISOString().slice(0, 10));
      expect(dayOfWeek(date)).toBe(reference.getUTCDay());
      date = addDaysIso(date, 7);
      reference.setUTCDate(reference.getUTCDate() + 7);
    }
    expect(daysBetween('2020-01-01', '2021-01-01')).toBe(366);
    expect(addDaysIso('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDaysIso('2023-02-28', 1)).toBe('2023-03-01');
    expect(addYearsIso('2024-02-29', 1)).toBe('2025-02-28');
  });
});
