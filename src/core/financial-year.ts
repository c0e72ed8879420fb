import { addDaysIso, addYearsIso, type IsoDate, yearOf } from './dates.js';
import { requireIsoDate } from './guards.js';
import { memo2 } from './memo.js';

/** A financial year as the library reasons about it: its label and the days it covers. */
export interface FinancialYearPeriod {
  readonly year: number;
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/**
 * A 12-month financial year ending on `end` starts the day after the same date a year before. A
 * year ending on 28 or 29 February is taken to end on the last day of February, so it starts on
 * 1 March of the year before.
 */
export function twelveMonthStart(end: IsoDate): IsoDate {
  const monthDay = end.slice(5);
  if (monthDay === '02-28' || monthDay === '02-29')
    return `${String(yearOf(end) - 1).padStart(4, '0')}-03-01`;
  return addDaysIso(addYearsIso(end, -1), 1);
}

/**
 * The end date of "the preceding financial year" for a decision taken on `decisionDate`, given a
 * known financial-year end: the last anniversary of that end that falls strictly before the
 * decision date. A financial year ending on the decision date itself has not ended before it.
 */
export function precedingFinancialYearEnd(knownEnd: IsoDate, decisionDate: IsoDate): IsoDate {
  requireIsoDate(knownEnd, 'knownEnd', 'precedingFinancialYearEnd arguments');
  requireIsoDate(decisionDate, 'decisionDate', 'precedingFinancialYearEnd arguments');
  return precedingEnd(knownEnd, decisionDate);
}

/**
 * The same on dates the library has already checked (a parsed profile's year end, a parsed asOf).
 * Remembered: a batch scores many companies with the same year ends on the same date.
 */
export const precedingEnd: (knownEnd: IsoDate, decisionDate: IsoDate) => IsoDate =
  /* @__PURE__ */ memo2(computePrecedingEnd);

/**
 * In closed form: the anniversary in the decision's year, or the one a year before if that is not
 * strictly before the decision. No loop, so a far date (9999-12-31) costs what a near one does.
 */
function computePrecedingEnd(knownEnd: IsoDate, decisionDate: IsoDate): IsoDate {
  const offset = yearOf(decisionDate) - yearOf(knownEnd);
  const sameYear = addYearsIso(knownEnd, offset);
  return sameYear < decisionDate ? sameYear : addYearsIso(knownEnd, offset - 1);
}
