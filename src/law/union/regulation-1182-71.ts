import type { Citation } from '../../core/citation.js';
import { fromDayNumber, type IsoDate, toDayNumber } from '../../core/dates.js';
import { deepFreeze } from '../../core/freeze.js';
import type { Trace } from '../../core/steps.js';
import { eurLexAct } from '../eur-lex.js';
import {
  instantOfLocal,
  localTimeOf,
  plusDays,
  plusHours,
  plusMonths,
  plusWeeks,
  plusYears,
  weekdayOf,
} from './calendar.js';

/**
 * Regulation (EEC, Euratom) No 1182/71 determining the rules applicable to periods, dates and time
 * limits. The EDPB counts the GDPR's time limits under it (Guidelines 01/2022 on the right of access,
 * for the month of Art. 12(3)); the DSA, DMA and NIS2 are Union acts it applies to unless they say otherwise.
 */
export const regulation1182 = /* @__PURE__ */ eurLexAct(
  'Regulation (EEC, Euratom) No 1182/71',
  '31971R1182',
  'https://eur-lex.europa.eu/eli/reg/1971/1182/oj',
);

export type PeriodUnit = 'hours' | 'days' | 'working days' | 'weeks' | 'months' | 'years';

export interface PeriodLength {
  readonly length: number;
  readonly unit: PeriodUnit;
}

/** A moment written YYYY-MM-DDTHH:MM[:SS[.fff]] with its UTC offset (Z or ±HH:MM). */
export type IsoDateTime = string;

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export interface Moment {
  readonly date: IsoDate;
  /** Minutes since local midnight. */
  readonly minutes: number;
  /** Offset from UTC in minutes. */
  readonly offset: number;
  readonly offsetText: string;
  /** The IANA time zone of the place, where one was given: the local time is that zone's. */
  readonly zone?: string;
}

/** "+01:00" for 60 minutes east of UTC. */
export function offsetText(offset: number): string {
  const sign = offset < 0 ? '-' : '+';
  const a = Math.abs(offset);
  return `${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/** A moment as the wall clock of `zone` shows it. */
export function momentInZone(instantMinutes: number, zone: string): Moment {
  const local = localTimeOf(instantMinutes * 60_000, zone);
  return { ...local, offsetText: offsetText(local.offset), zone };
}

/** Reads an ISO date-time with an offset; null if it is not one (or not a real date and time). */
export function readMoment(text: string, isDate: (d: string) => boolean): Moment | null {
  const m = DATE_TIME.exec(text);
  if (!m) return null;
  const date = m[1] as string;
  const hh = m[2] as string;
  const mm = m[3] as string;
  const ss = m[4];
  const zone = m[5] as string;
  const hours = Number(hh);
  const minutes = Number(mm);
  if (!isDate(date) || hours > 23 || minutes > 59 || (ss !== undefined && Number(ss) > 59)) return null;
  let offset = 0;
  if (zone !== 'Z') {
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 18 || om > 59) return null;
    offset = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const seconds = ss === undefined ? 0 : Number(ss);
  return { date, minutes: hours * 60 + minutes + (seconds > 0 ? seconds / 60 : 0), offset, offsetText: zone };
}

/** Minutes since the epoch, in UTC: for comparing moments given in different offsets. */
export function instantOf(moment: Moment): number {
  return toDayNumber(moment.date) * 1440 + moment.minutes - moment.offset;
}

function formatMoment(dayNumber: number, minutes: number, offsetText: string): IsoDateTime {
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${fromDayNumber(dayNumber)}T${hh}:${mm}${offsetText}`;
}

/** Art. 3(3): Saturdays, Sundays and public holidays are not working days. */
export function isWorkingDay(date: IsoDate, holidays: ReadonlySet<IsoDate>): boolean {
  const weekday = weekdayOf(date);
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

function nextWorkingDay(date: IsoDate, holidays: ReadonlySet<IsoDate>): IsoDate {
  let day = plusDays(date, 1);
  while (!isWorkingDay(day, holidays)) day = plusDays(day, 1);
  return day;
}

export interface PeriodEnd {
  /**
   * For a period in days, weeks, months or years: the last day, which runs to the expiry of its last
   * hour (Art. 3(2)(b)-(c)). For a period in hours: the day the last hour ends on.
   */
  readonly lastDay: IsoDate;
  /**
   * For a period in hours: the moment it expires, in the offset of the moment it runs from. For
   * other periods: null (it ends at the end of `lastDay`, local time of the place where the act is
   * to be done).
   */
  readonly endsAt: IsoDateTime | null;
  readonly steps: readonly Trace[];
}

const C = {
  art3_1: regulation1182(
    'Art. 3(1)',
    'Where a period expressed in hours is to be calculated from the moment at which an event occurs or an action takes place, the hour during which the event occurs or the action takes place shall not be considered as falling within the period in question. Where a period expressed in days, weeks, months or years is to be calculated from the moment at which an event occurs or an action takes place, the day during which the event occurs or the action takes place shall not be considered as falling within the period in question.',
  ),
  art3_2a: regulation1182(
    'Art. 3(2)(a)',
    'A period expressed in hours shall start at the beginning of the first hour and shall end with the expiry of the last hour of the period.',
  ),
  art3_2b: regulation1182(
    'Art. 3(2)(b)',
    'A period expressed in days shall start at the beginning of the first hour of the first day and shall end with the expiry of the last hour of the last day of the period.',
  ),
  art3_2c: regulation1182(
    'Art. 3(2)(c)',
    'A period expressed in weeks, months or years shall start at the beginning of the first hour of the first day of the period, and shall end with the expiry of the last hour of whichever day in the last week, month or year is the same day of the week, or falls on the same date, as the day from which the period runs. If, in a period expressed in months or in years, the day on which it should expire does not occur in the last month, the period shall end with the expiry of the last hour of the last day of that month.',
  ),
  art3_3: regulation1182(
    'Art. 3(3)',
    'The periods concerned shall include public holidays, Sundays and Saturdays, save where these are expressly excepted or where the periods are expressed in working days.',
  ),
  art3_4: regulation1182(
    'Art. 3(4)',
    'Where the last day of a period expressed otherwise than in hours is a public holiday, Sunday or Saturday, the period shall end with the expiry of the last hour of the following working day.',
  ),
  art3_5: regulation1182(
    'Art. 3(5)',
    'Any period of two days or more shall include at least two working days.',
  ),
  art2: regulation1182(
    'Art. 2(1)',
    'Public holidays are all days designated as such in the Member State or in the Community institution in which action is to be taken.',
  ),
} satisfies Record<string, Citation>;

export const REGULATION_1182_71 = /* @__PURE__ */ deepFreeze(C);

function formatLocal(m: Moment): IsoDateTime {
  return formatMoment(toDayNumber(m.date), Math.floor(m.minutes), m.offsetText);
}

/**
 * A period in hours at a place named by its time zone. Art. 3(1): the hour during which the event
 * occurs, on the local clock, is not counted, so the period starts at the beginning of the next
 * local hour; Art. 3(2)(a): it ends with the expiry of its last hour, counted in elapsed hours.
 * The end is given in the local time then: 72 hours from Friday 28 March 2025 10:20 in Berlin run
 * from 11:00 CET and end on Monday 31 March at 12:00 CEST (+02:00), the clocks having moved
 * forward on the Sunday.
 */
function hoursInZone(moment: Moment, zone: string, period: PeriodLength): PeriodEnd {
  const firstHour = Math.floor(moment.minutes / 60) + 1;
  const start = instantOfLocal(moment.date, { hours: firstHour, minutes: 0, seconds: 0 }, zone);
  const end = plusHours(start, period.length);
  const startMoment = momentInZone(start / 60_000, zone);
  const endMoment = momentInZone(end / 60_000, zone);
  const endsAt = formatLocal(endMoment);
  const steps: Trace[] = [
    {
      id: 'reg-1182-71.time-zone',
      value: zone,
      inputs: Object.freeze({
        counted: 'hours',
        clocksChange: startMoment.offset !== endMoment.offset,
        offsetFrom: startMoment.offsetText,
        offsetTo: endMoment.offsetText,
      }),
    },
    {
      id: 'reg-1182-71.runs-from',
      value: formatLocal(startMoment),
      citation: C.art3_1,
      inputs: Object.freeze({ counted: 'hours' }),
    },
    {
      id: 'reg-1182-71.ends',
      value: endsAt,
      citation: C.art3_2a,
      inputs: Object.freeze({ length: period.length, unit: period.unit }),
    },
  ];
  return { lastDay: endMoment.date, endsAt, steps };
}

/** A period in hours at a fixed offset: from the next hour, in elapsed hours (Arts 3(1), 3(2)(a)). */
function hoursAtOffset(moment: Moment, period: PeriodLength): PeriodEnd {
  const startDay = toDayNumber(moment.date);
  const firstHour = Math.floor(moment.minutes / 60) + 1;
  const endMinutes = (firstHour + period.length) * 60;
  const endDay = startDay + Math.floor(endMinutes / 1440);
  const endsAt = formatMoment(endDay, endMinutes % 1440, moment.offsetText);
  const steps: Trace[] = [
    {
      id: 'reg-1182-71.runs-from',
      value: formatMoment(startDay, firstHour * 60, moment.offsetText),
      citation: C.art3_1,
      inputs: Object.freeze({ counted: 'hours' }),
    },
    {
      id: 'reg-1182-71.ends',
      value: endsAt,
      citation: C.art3_2a,
      inputs: Object.freeze({ length: period.length, unit: period.unit }),
    },
  ];
  return { lastDay: fromDayNumber(endDay), endsAt, steps };
}

/** Art. 3(2)(c): a period in months or years ends on the same date as the event, or the month's last day. */
function sameDate(event: IsoDate, last: IsoDate): { last: IsoDate; sameDate: boolean; citation: Citation } {
  // Adding months or years keeps the month where it should (a year keeps it, always), so the
  // day of the month alone tells whether the date exists in the last month.
  return { last, sameDate: last.slice(8) === event.slice(8), citation: C.art3_2c };
}

/** Art. 3(2)(b)-(c) and 3(3): the last day of a period in days, working days, weeks, months or years. */
function lastDayOf(
  event: IsoDate,
  period: PeriodLength,
  holidays: ReadonlySet<IsoDate>,
): { last: IsoDate; sameDate?: boolean; citation: Citation } {
  switch (period.unit) {
    case 'days':
      return { last: plusDays(event, period.length), citation: C.art3_2b };
    case 'working days': {
      let last = event;
      for (let counted = 0; counted < period.length; ) {
        last = plusDays(last, 1);
        if (isWorkingDay(last, holidays)) counted += 1;
      }
      return { last, citation: C.art3_3 };
    }
    case 'weeks':
      return { last: plusWeeks(event, period.length), citation: C.art3_2c };
    case 'months':
      return sameDate(event, plusMonths(event, period.length));
    case 'years':
      return sameDate(event, plusYears(event, period.length));
    case 'hours':
      throw new Error('unreachable: a period in hours has no last day to count');
  }
}

/** Art. 3(4): a period that would end on a Saturday, Sunday or public holiday ends on the next working day. */
function nextWorkingDayRule(last: IsoDate, holidays: ReadonlySet<IsoDate>, steps: Trace[]): IsoDate {
  if (isWorkingDay(last, holidays)) return last;
  const day = holidays.has(last) ? 'public holiday' : weekdayOf(last) === 0 ? 'Sunday' : 'Saturday';
  const moved = nextWorkingDay(last, holidays);
  steps.push({
    id: 'reg-1182-71.art-3-4.next-working-day',
    value: moved,
    citation: C.art3_4,
    inputs: Object.freeze({ last, day }),
  });
  return moved;
}

/** Art. 3(5): a period of two days or more includes at least two working days. */
function twoWorkingDaysRule(
  event: IsoDate,
  last: IsoDate,
  holidays: ReadonlySet<IsoDate>,
  steps: Trace[],
): IsoDate {
  if (toDayNumber(last) - toDayNumber(event) < 2) return last;
  let working = 0;
  for (let d = plusDays(event, 1); d <= last; d = plusDays(d, 1)) if (isWorkingDay(d, holidays)) working += 1;
  if (working >= 2) return last;
  let extended = last;
  while (working < 2) {
    extended = nextWorkingDay(extended, holidays);
    working += 1;
  }
  steps.push({ id: 'reg-1182-71.art-3-5.two-working-days', value: extended, citation: C.art3_5 });
  return extended;
}

/** Art. 2(1): the public holidays are those of the place where the act is to be done. */
function holidaysStep(holidays: ReadonlySet<IsoDate>): Trace {
  return {
    id: 'reg-1182-71.holidays',
    value: holidays.size,
    citation: C.art2,
    inputs: Object.freeze({ given: holidays.size > 0 }),
  };
}

/**
 * When a period that runs from an event ends, by Regulation No 1182/71: the day (or hour) of the
 * event is not counted (Art. 3(1)); a period in months ends on the same date of the last month, or on
 * that month's last day if it has no such date (Art. 3(2)(c)); a period otherwise than in hours that
 * would end on a Saturday, Sunday or public holiday ends on the next working day (Art. 3(4)); and a
 * period of two days or more includes at least two working days (Art. 3(5)).
 *
 * `from` is a date for periods in days and longer, and a date-time with offset for periods in hours.
 */
export function periodEnd(
  from: { date: IsoDate; moment: Moment | null },
  period: PeriodLength,
  holidays: ReadonlySet<IsoDate>,
): PeriodEnd {
  if (period.unit === 'hours') {
    const moment = from.moment as Moment;
    return moment.zone !== undefined
      ? hoursInZone(moment, moment.zone, period)
      : hoursAtOffset(moment, period);
  }
  const event = from.date;
  const { last, sameDate, citation } = lastDayOf(event, period, holidays);
  const steps: Trace[] = [];
  if (from.moment?.zone !== undefined)
    steps.push({
      id: 'reg-1182-71.time-zone',
      value: from.moment.zone,
      inputs: Object.freeze({ counted: 'days', event }),
    });
  steps.push({
    id: 'reg-1182-71.runs-from',
    value: plusDays(event, 1),
    citation: C.art3_1,
    inputs: Object.freeze({ counted: 'days' }),
  });
  steps.push({
    id: 'reg-1182-71.last-day',
    value: last,
    citation,
    inputs: Object.freeze({
      event,
      length: period.length,
      unit: period.unit,
      ...(sameDate === undefined ? {} : { sameDate }),
    }),
  });
  const workingDay = nextWorkingDayRule(last, holidays, steps);
  const lastDay = twoWorkingDaysRule(event, workingDay, holidays, steps);
  steps.push(holidaysStep(holidays));
  return { lastDay, endsAt: null, steps };
}
