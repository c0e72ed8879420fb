import type { StepInputs, StepWordBook } from '../../core/steps.js';
import type { PeriodUnit } from './regulation-1182-71.js';

const SINGULAR: Readonly<Record<PeriodUnit, string>> = {
  hours: 'hour',
  days: 'day',
  'working days': 'working day',
  weeks: 'week',
  months: 'month',
  years: 'year',
};

/** "1 month", "72 hours": a period's length in words. */
function periodWords(i: StepInputs): string {
  const unit = i.unit as PeriodUnit;
  return `${i.length} ${i.length === 1 ? SINGULAR[unit] : unit}`;
}

/** Art. 3(2)(b)-(c) and 3(3): how the last day of a period otherwise than in hours is found. */
function lastDayRule(i: StepInputs): string | undefined {
  const words = periodWords(i);
  const event = String(i.event);
  switch (i.unit as PeriodUnit) {
    case 'days':
      return `the day of the event is not counted; ${words} end with the last hour of the ${i.length}th day after it`;
    case 'working days':
      return `the day of the event is not counted; ${words}, leaving out Saturdays, Sundays and the public holidays given`;
    case 'weeks':
      return `${words} end on the same day of the week as the day of the event`;
    case 'months':
    case 'years': {
      if (i.sameDate === true) return `${words} end on the same date as the day of the event (${event})`;
      const otherwise =
        i.unit === 'months'
          ? `the last month has no ${Number(event.slice(8))}th, so the period ends on its last day`
          : 'the last year has no 29 February, so the period ends on the last day of that month';
      return `${words} from ${event}: ${otherwise}`;
    }
    case 'hours':
      // A period in hours has no last day counted (Art. 3(2)(a)): its steps say when it ends.
      return undefined;
  }
}

/** The words of the steps of the Union-wide rules (Regulation 1182/71 on periods, dates and time limits), by step id. */
export const UNION_WORDS: StepWordBook = /* @__PURE__ */ Object.freeze({
  'reg-1182-71.time-zone': {
    label: 'Time zone',
    rule: (i, t) => {
      if (i.counted !== 'hours')
        return `the day of the event is the local date of the place (${t.value}): ${i.event}`;
      return i.clocksChange === true
        ? `the local time of the place (${t.value}): the clocks change within the period, from UTC${i.offsetFrom} to UTC${i.offsetTo}; the hours are elapsed hours and the end is given in the local time then`
        : `the local time of the place (${t.value}, UTC${i.offsetFrom} throughout the period)`;
    },
  },
  'reg-1182-71.runs-from': {
    label: 'Period runs from',
    rule: (i) =>
      i.counted === 'hours'
        ? 'the hour during which the event occurs is not counted; the period starts at the beginning of the next hour'
        : 'the day of the event is not counted',
  },
  'reg-1182-71.ends': {
    label: 'Period ends',
    rule: (i) =>
      `${periodWords(i)} later, with the expiry of the last hour; Saturdays, Sundays and public holidays count (a period in hours is not extended)`,
  },
  'reg-1182-71.last-day': {
    label: 'Last day of the period',
    rule: lastDayRule,
  },
  'reg-1182-71.art-3-4.next-working-day': {
    label: 'Last day moved',
    rule: (i) => `${i.last} is a ${i.day}: the period ends with the following working day`,
  },
  'reg-1182-71.art-3-5.two-working-days': {
    label: 'Last day moved',
    rule: 'a period of two days or more includes at least two working days',
  },
  'reg-1182-71.holidays': {
    label: 'Public holidays',
    rule: (i) =>
      i.given === true
        ? 'the public holidays given for the place where the act is to be done'
        : 'none given: only Saturdays and Sundays are left out; give those of the place where the act is to be done (holidays) if the period may end on one',
  },
});
