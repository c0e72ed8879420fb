import { describe, expect, it } from 'vitest';
import { addDaysIso, addMonthsIso, addYearsIso, dayOfWeek, fromDayNumber } from '../../../src/core/dates.js';
import { plusDays, plusMonths, plusWeeks, plusYears, weekdayOf } from '../../../src/law/union/calendar.js';

// The calendar of Regulation 1182/71 runs on date-fns (law/union/calendar.ts); the library's own
// day-number arithmetic (core/dates.ts, Howard Hinnant's civil-from-days algorithm) is an
// independent computation of the same dates. They agree on every date tried, from year 0 to 9999.
describe('the date-fns calendar against the day-number arithmetic', () => {
  it('agrees on days, weeks, months, years and weekdays for 20,000 dates', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let i = 0; i < 20_000; i++) {
      const date = fromDayNumber(Math.floor(next() * 3_652_000) - 719_468);
      const n = Math.floor(next() * 400) - 200;
      expect(plusDays(date, n), `${date} + ${n} days`).toBe(addDaysIso(date, n));
      expect(plusWeeks(date, n % 50), date).toBe(addDaysIso(date, 7 * (n % 50)));
      if (Number(date.slice(0, 4)) > 20 && Number(date.slice(0, 4)) < 9980) {
        expect(plusMonths(date, n), `${date} + ${n} months`).toBe(addMonthsIso(date, n));
        expect(plusYears(date, n % 20), `${date} + ${n % 20} years`).toBe(addYearsIso(date, n % 20));
      }
      expect(weekdayOf(date), date).toBe(dayOfWeek(date));
    }
  });

  it('ends a month from 31 January on the last day of February (Art. 3(2)(c))', () => {
    expect(plusMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(plusMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(plusYears('2024-02-29', 1)).toBe('2025-02-28');
  });
});
