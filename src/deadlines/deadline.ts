import * as z from 'zod';
import type { Citation } from '../core/citation.js';
import { type IsoDate, isIsoDate } from '../core/dates.js';
import { ValidationError } from '../core/errors.js';
import type { Trace } from '../core/steps.js';
import { isoDateSchema, parseInput } from '../core/validation.js';
import { instantOfLocal, isTimeZone } from '../law/union/calendar.js';
import {
  type IsoDateTime,
  instantOf,
  type Moment,
  momentInZone,
  type PeriodLength,
  periodEnd,
  readMoment,
} from '../law/union/regulation-1182-71.js';
import { TIME_LIMITS, timeLimitById } from './time-limits.js';

const momentSchema = /* @__PURE__ */ z.string().max(40, 'is too long for a date or a date-time');

const periodSchema = z
  .object({
    length: z.number().int().min(1).max(1200),
    unit: z.enum(['hours', 'days', 'working days', 'weeks', 'months', 'years']),
  })
  .strict();

const deadlineShape = {
  /** A time limit the library models ("GDPR 12(3)"), or... */
  timeLimit: z
    .string()
    .meta({ enum: TIME_LIMITS.map((t) => t.id) })
    .refine((id) => timeLimitById(id) !== undefined, {
      message: `unknown time limit; expected one of ${TIME_LIMITS.map((t) => `"${t.id}"`).join(', ')}`,
    })
    .optional(),
  /** ...a period of your own. */
  period: periodSchema.optional(),
  /** The event the period runs from: a date, or a date-time with offset for a period in hours. */
  from: momentSchema,
  /** Public holidays of the place where the act is to be done (Art. 2(1) of Regulation 1182/71). */
  holidays: z.array(isoDateSchema).max(5000).default([]),
  /**
   * The IANA time zone of the place ("Europe/Berlin"): moments may then be written in its local
   * time without an offset, the hour and the day of the event are those of its clock, and a
   * period in hours ends at the local time then (across a change to or from summer time).
   */
  timeZone: z
    .string()
    .max(64)
    .refine(isTimeZone, { message: 'is not an IANA time zone (such as "Europe/Berlin" or "UTC")' })
    .optional(),
};

export const deadlineArgs = /* @__PURE__ */ z.object(deadlineShape).strict();
export const isLateArgs = /* @__PURE__ */ z.object({ ...deadlineShape, done: momentSchema }).strict();

export interface Deadline {
  readonly timeLimit: string | null;
  readonly period: PeriodLength;
  readonly from: string;
  /** The time zone of the place, where one was given. */
  readonly timeZone: string | null;
  /** The last day of the period (for a period in hours, the day it expires on). */
  readonly lastDay: IsoDate;
  /** For a period in hours, the moment it expires; else null (the end of `lastDay`). */
  readonly endsAt: IsoDateTime | null;
  readonly citation: Citation | null;
  readonly steps: readonly Trace[];
}

export interface Lateness extends Deadline {
  readonly done: string;
  readonly late: boolean;
}

interface Read {
  timeLimit: string | null;
  period: PeriodLength;
  from: { date: IsoDate; moment: Moment | null };
  fromText: string;
  timeZone: string | null;
  holidays: ReadonlySet<IsoDate>;
  citation: Citation | null;
  steps: Trace[];
}

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

function readWhen(
  text: string,
  path: string,
  subject: string,
  zone: string | undefined,
): { date: IsoDate; moment: Moment | null } {
  if (isIsoDate(text)) return { date: text, moment: null };
  const moment = readMoment(text, isIsoDate);
  if (moment) {
    // With a time zone, the instant is read in its offset and then shown on the place's clock.
    if (zone === undefined) return { date: moment.date, moment };
    const local = momentInZone(instantOf(moment), zone);
    return { date: local.date, moment: local };
  }
  const local = zone === undefined ? null : LOCAL_DATE_TIME.exec(text);
  if (local && zone !== undefined) {
    const [, date, hh, mm, ss] = local as unknown as [string, string, string, string, string | undefined];
    const time = { hours: Number(hh), minutes: Number(mm), seconds: Number(ss ?? 0) };
    if (isIsoDate(date) && time.hours <= 23 && time.minutes <= 59 && time.seconds <= 59) {
      const instant = instantOfLocal(date, time, zone);
      const moment = momentInZone(instant / 60_000, zone);
      return { date: moment.date, moment };
    }
  }
  throw new ValidationError(
    [
      {
        path,
        message: `${JSON.stringify(text)} is neither a date YYYY-MM-DD nor a date-time YYYY-MM-DDTHH:MM with an offset (Z or ±HH:MM)${zone === undefined ? '' : ` or in the local time of ${zone}`}`,
      },
    ],
    subject,
  );
}

function read(input: z.output<typeof deadlineArgs>, subject: string): Read {
  if ((input.timeLimit === undefined) === (input.period === undefined)) {
    throw new ValidationError(
      [
        {
          path: 'timeLimit',
          message: 'give either timeLimit (a modelled time limit) or period, not both or neither',
        },
      ],
      subject,
    );
  }
  const known = input.timeLimit === undefined ? undefined : timeLimitById(input.timeLimit);
  const period = known ? known.period : (input.period as PeriodLength);
  const from = readWhen(input.from, 'from', subject, input.timeZone);
  if (period.unit === 'hours' && !from.moment) {
    throw new ValidationError(
      [
        {
          path: 'from',
          message:
            'a period in hours runs from a moment: give a date-time with offset, e.g. 2026-03-02T14:30+01:00, or a local date-time and the timeZone',
        },
      ],
      subject,
    );
  }
  const steps: Trace[] = [];
  if (known)
    steps.push({
      id: 'deadline.time-limit',
      value: known.period.length,
      citation: known.citation,
      inputs: Object.freeze({
        timeLimit: known.id,
        duty: known.duty,
        from: known.from,
        unit: known.period.unit,
      }),
    });
  return {
    timeLimit: known?.id ?? null,
    period,
    from,
    fromText: input.from,
    timeZone: input.timeZone ?? null,
    holidays: new Set(input.holidays),
    citation: known?.citation ?? null,
    steps,
  };
}

/** The last day the library's calendar holds: ISO 8601 dates of four-digit years. */
const LAST_CALENDAR_DAY = '9999-12-31';

function compute(r: Read): Deadline {
  const end = periodEnd(r.from, r.period, r.holidays);
  // A year of five digits sorts before "9999" as a string: compare lengths first.
  if (end.lastDay.length > LAST_CALENDAR_DAY.length || end.lastDay > LAST_CALENDAR_DAY)
    throw new ValidationError(
      [
        {
          path: 'from',
          message: `the period would end after ${LAST_CALENDAR_DAY}, the last day the calendar holds`,
        },
      ],
      'deadline arguments',
    );
  return {
    timeLimit: r.timeLimit,
    period: r.period,
    from: r.fromText,
    timeZone: r.timeZone,
    lastDay: end.lastDay,
    endsAt: end.endsAt,
    citation: r.citation,
    steps: [...r.steps, ...end.steps],
  };
}

/**
 * When a time limit ends, counted as Regulation (EEC, Euratom) No 1182/71 prescribes: a month from
 * 31 January ends on the last day of February; a period ending on a Saturday, Sunday or one of the
 * `holidays` ends with the next working day; 72 hours run from the start of the hour after the event.
 */
export function deadline(args: unknown): Deadline {
  const input = parseInput(deadlineArgs, args, 'deadline arguments');
  return compute(read(input, 'deadline arguments'));
}

/**
 * Whether an act done at `done` was late for the time limit, with the deadline and the steps: for a
 * period in days or longer, done after the last day; for a period in hours, done after the moment
 * it expired.
 */
export function assessLateness(args: unknown): Lateness {
  return lateness(args, 'assessLateness arguments');
}

/** Whether an act done at `done` was late for the time limit (`assessLateness` gives the reasons). */
export function isLate(args: unknown): boolean {
  return lateness(args, 'isLate arguments').late;
}

function lateness(args: unknown, subject: string): Lateness {
  const input = parseInput(isLateArgs, args, subject);
  const r = read(input, subject);
  const result = compute(r);
  const done = readWhen(input.done, 'done', subject, input.timeZone);
  let late: boolean;
  if (result.endsAt !== null) {
    if (!done.moment)
      throw new ValidationError(
        [{ path: 'done', message: 'a period in hours ends at a moment: give a date-time with offset' }],
        subject,
      );
    const deadlineMoment = readMoment(result.endsAt, isIsoDate) as Moment;
    late = instantOf(done.moment) > instantOf(deadlineMoment);
  } else {
    late = done.date > result.lastDay;
  }
  if (
    done.date < r.from.date ||
    (done.moment && r.from.moment && instantOf(done.moment) < instantOf(r.from.moment))
  )
    throw new ValidationError(
      [{ path: 'done', message: `${input.done} is before the event (${input.from})` }],
      subject,
    );
  return {
    ...result,
    done: input.done,
    late,
    steps: [
      ...result.steps,
      {
        id: 'deadline.lateness',
        value: input.done,
        inputs: Object.freeze({ late, endsAt: result.endsAt, lastDay: result.lastDay }),
      },
    ],
  };
}
