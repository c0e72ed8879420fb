import { formatMoney, type SerializedMoney, serializeMoney } from '../core/money.js';
import { type ScaledInteger, toScaledInteger } from '../core/rational.js';
import type { Step } from '../core/steps.js';
import type { FinancialYear } from './schema.js';

/**
 * What every computation on a financial year needs and that depends on nothing else: its turnover
 * as a decimal string, formatted, and the step that reports it. Worked out once, when the profile is
 * parsed, so scoring a vendor under several provisions or dates does not redo it.
 */
export interface PreparedYear {
  readonly turnover: SerializedMoney;
  /** The turnover as an exact integer of 10^-scale units, for integer arithmetic. */
  readonly turnoverScaled: ScaledInteger;
  readonly formattedTurnover: string;
  readonly reportedStep: Step;
}

const prepared = new WeakMap<FinancialYear, PreparedYear>();

function prepare(fy: FinancialYear): PreparedYear {
  const turnover = Object.freeze(serializeMoney(fy.turnover));
  return Object.freeze({
    turnover,
    turnoverScaled: Object.freeze(toScaledInteger(fy.turnover.amount)),
    formattedTurnover: formatMoney(turnover),
    reportedStep: Object.freeze({
      id: 'turnover.reported',
      label: `Reported turnover, financial year ${fy.year} (${fy.start} to ${fy.end})`,
      value: turnover,
      rule: fy.source ? `as reported: ${fy.source}` : 'as reported in the profile',
      inputs: Object.freeze({
        year: fy.year,
        start: fy.start,
        end: fy.end,
        amount: turnover.amount,
        currency: turnover.currency,
      }),
    }),
  });
}

/** Prepares the years of a freshly parsed profile. */
export function prepareYears(years: readonly FinancialYear[]): void {
  for (const fy of years) prepared.set(fy, prepare(fy));
}

export function preparedYear(fy: FinancialYear): PreparedYear {
  let year = prepared.get(fy);
  if (!year) {
    year = prepare(fy);
    prepared.set(fy, year);
  }
  return year;
}
