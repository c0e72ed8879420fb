import { TZDate, tzOffset } from '@date-fns/tz';
// One module a function: the package root loads every one of date-fns's ~250 modules, which was
// most of the library's start-up.
import { addDays } from 'date-fns/addDays';
import { addHours } from 'date-fns/addHours';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { getDay } from 'date-fns/getDay';
import type { IsoDate } from '../../core/dates.js';

/**
 * The calendar under the rules of Regulation 1182/71, on date-fns: days, weeks, months and years
 * added to a date (a month from 31 January ends on the last day of February, as Art. 3(2)(c)
 * says and date-fns' addMonths does), weekdays, and the local time of a place given by its IANA
 * time zone (@date-fns/tz), so that a period in hours across a change to summer time ends at the
 * local time the clocks then show. Dates are computed in UTC: a date has no time zone.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A date as a TZDate at midnight UTC (years 0-99 too, which Date's constructor would shift to 19xx). */
function utc(date: IsoDate): TZDate {
  const d = new TZDate(0, 'UTC');
  d.setFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return d;
}

function iso(d: Date): IsoDate {
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export const plusDays = (date: IsoDate, n: number): IsoDate => iso(addDays(utc(date), n));
export const plusWeeks = (date: IsoDate, n: number): IsoDate => iso(addWeeks(utc(date), n));
/** The same date `n` months later, or that month's last day if it has no such date (Art. 3(2)(c)). */
export const plusMonths = (date: IsoDate, n: number): IsoDate => iso(addMonths(utc(date), n));
/** The same date `n` years later; 29 February becomes 28 February in a common year. */
export const plusYears = (date: IsoDate, n: number): IsoDate => iso(addYears(utc(date), n));
/** 0 for Sunday to 6 for Saturday. */
export const weekdayOf = (date: IsoDate): number => getDay(utc(date));

/** An IANA time zone name the runtime knows ("Europe/Berlin", "UTC"). */
export function isTimeZone(name: string): boolean {
  if (name.length === 0 || name.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** A moment as the wall clock of a place shows it: its date, minutes since midnight, offset. */
export interface LocalTime {
  readonly date: IsoDate;
  readonly minutes: number;
  /** The zone's offset from UTC at that instant, in minutes (+60 for CET, +120 for CEST). */
  readonly offset: number;
}

/** The local time in `zone` of an instant (milliseconds since the epoch). */
export function localTimeOf(instant: number, zone: string): LocalTime {
  const d = new TZDate(instant, zone);
  return {
    date: iso(d),
    // Minutes since midnight, the seconds as a fraction, as readMoment writes a moment's time.
    minutes: d.getHours() * 60 + d.getMinutes() + d.getSeconds() / 60,
    offset: tzOffset(zone, d),
  };
}

/**
 * The instant a wall-clock time in `zone` stands for. A time the clocks skip (02:30 on the night
 * summer time begins) is read as @date-fns/tz reads it, moved forward by the change.
 */
export function instantOfLocal(
  date: IsoDate,
  time: { readonly hours: number; readonly minutes: number; readonly seconds: number },
  zone: string,
): number {
  const d = new TZDate(0, zone);
  d.setFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  // Whole hours, minutes and seconds, as the clock shows them (hour 24 is the next day's 00:00).
  d.setHours(time.hours, time.minutes, time.seconds, 0);
  return d.getTime();
}

/** `hours` later, in elapsed time (a day with a change of clocks has 23 or 25 of them). */
export function plusHours(instant: number, hours: number): number {
  return addHours(instant, hours).getTime();
}
