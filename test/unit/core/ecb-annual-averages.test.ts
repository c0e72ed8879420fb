import { readFileSync } from 'node:fs';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import table from '../../../fixtures/fx/ecb-euro-reference-rates.json';

/**
 * The bundled annual averages marked `verified` are recomputed here from the daily ECB reference
 * rates kept beside them, so a wrong figure in the table (or a wrong row in the daily file) fails
 * the suite instead of silently moving every converted turnover.
 */

const CURRENCIES = [
  'USD',
  'JPY',
  'DKK',
  'GBP',
  'PLN',
  'SEK',
  'CHF',
  'NOK',
  'HUF',
  'CZK',
  'RON',
  'BGN',
  'ISK',
  'HRK',
] as const;
type Currency = (typeof CURRENCIES)[number];

/** Decimals the ECB publishes for each currency's reference rate and annual average. */
const PUBLISHED_DECIMALS: Record<Currency, number> = {
  USD: 4,
  JPY: 2,
  DKK: 4,
  GBP: 5,
  PLN: 4,
  SEK: 4,
  CHF: 4,
  NOK: 4,
  HUF: 2,
  CZK: 3,
  RON: 4,
  BGN: 4,
  ISK: 2,
  HRK: 4,
};

interface DailyRow {
  readonly date: string;
  /** A currency the ECB did not quote that day (ISK to January 2018, HRK after 2022) is absent. */
  readonly rates: Partial<Record<Currency, Decimal>>;
}

function readDailyRows(): DailyRow[] {
  const text = readFileSync(
    new URL('../../../fixtures/fx/ecb-daily-reference-rates.csv', import.meta.url),
    'utf8',
  );
  const [header, ...lines] = text.trim().split('\n');
  expect(header).toBe(`date,${CURRENCIES.join(',')}`);
  return lines.map((line) => {
    const [date, ...values] = line.split(',');
    expect(values).toHaveLength(CURRENCIES.length);
    const rates = Object.fromEntries(
      CURRENCIES.flatMap((currency, i) =>
        values[i] ? [[currency, new Decimal(values[i] as string)] as const] : [],
      ),
    ) as Partial<Record<Currency, Decimal>>;
    return { date: date as string, rates };
  });
}

/** Easter Sunday of the Gregorian calendar (anonymous Gregorian algorithm), as [month, day]. */
function easterSunday(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

/**
 * TARGET closing days: New Year's Day, Good Friday, Easter Monday, 1 May, 25 and 26 December
 * (ECB, TARGET2 calendar). The ECB publishes no reference rate on these days.
 */
function targetClosingDays(year: number): Set<string> {
  const [month, day] = easterSunday(year);
  const easter = Date.UTC(year, month - 1, day);
  const dayMs = 86_400_000;
  return new Set([
    `${year}-01-01`,
    iso(new Date(easter - 2 * dayMs)),
    iso(new Date(easter + dayMs)),
    `${year}-05-01`,
    `${year}-12-25`,
    `${year}-12-26`,
  ]);
}

function targetBusinessDays(year: number): string[] {
  const closed = targetClosingDays(year);
  const days: string[] = [];
  for (let t = Date.UTC(year, 0, 1); new Date(t).getUTCFullYear() === year; t += 86_400_000) {
    const weekday = new Date(t).getUTCDay();
    const day = iso(new Date(t));
    if (weekday !== 0 && weekday !== 6 && !closed.has(day)) days.push(day);
  }
  return days;
}

const daily = readDailyRows();
const years = [...new Set(daily.map((row) => Number(row.date.slice(0, 4))))];

describe('bundled daily ECB reference rates', () => {
  it('computes Easter correctly (checked dates: 2017-04-16, 2019-04-21, 2020-04-12, 2024-03-31)', () => {
    expect(easterSunday(2017)).toEqual([4, 16]);
    expect(easterSunday(2019)).toEqual([4, 21]);
    expect(easterSunday(2020)).toEqual([4, 12]);
    expect(easterSunday(2024)).toEqual([3, 31]);
  });

  it('cover 2017–2025', () => {
    expect(years).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  });

  it.each(years)('hold exactly one row for every TARGET business day of %i', (year) => {
    const dates = daily.filter((row) => row.date.startsWith(`${year}-`)).map((row) => row.date);
    expect(dates).toEqual(targetBusinessDays(year));
  });

  it('agree with the bundled year-end reference rates', () => {
    const byDate = new Map(daily.map((row) => [row.date, row]));
    let compared = 0;
    for (const observation of table.yearEnd.observations) {
      const row = byDate.get(observation.date);
      if (!row) continue;
      for (const [currency, value] of Object.entries(observation.rates)) {
        expect(row.rates[currency as Currency]?.equals(value), `${observation.date} ${currency}`).toBe(true);
        compared++;
      }
    }
    // Nine year ends; ISK (from 2018), HRK (to 2022) and BGN (to 2025) where the ECB quoted them.
    expect(compared).toBe(9 * CURRENCIES.length - 1 - 3);
  });
});

describe('bundled ECB annual averages', () => {
  const verified = table.annualAverage.observations.filter((o) => o.verified);

  it('are verified for every year whose daily rates are bundled, and only those', () => {
    expect(verified.map((o) => o.year)).toEqual(years);
  });

  it.each(verified)('$year: each equals the mean of the daily rates, rounded as published', (o) => {
    const rows = daily.filter((row) => row.date.startsWith(`${o.year}-`));
    const published = o.rates as Record<string, string>;
    for (const currency of CURRENCIES) {
      const quoted = rows.filter((row) => row.rates[currency] !== undefined);
      if (quoted.length < rows.length) {
        // No average for a year the ECB did not quote the currency on every day.
        expect(published[currency], `${o.year} ${currency}`).toBeUndefined();
        continue;
      }
      const sum = rows.reduce((acc, row) => acc.plus(row.rates[currency] as Decimal), new Decimal(0));
      const mean = sum
        .dividedBy(rows.length)
        .toDecimalPlaces(PUBLISHED_DECIMALS[currency], Decimal.ROUND_HALF_EVEN);
      expect(mean.toFixed(PUBLISHED_DECIMALS[currency]), `${o.year} ${currency}`).toBe(published[currency]);
    }
  });
});
