import { weakMemo } from '../core/memo.js';
import { type SerializedMoney, serializeMoney } from '../core/money.js';
import { type ScaledInteger, toScaledInteger } from '../core/rational.js';
import type { Trace } from '../core/steps.js';
import type { FinancialYear } from './schema.js';

/**
 * What every computation on a financial year needs and that depends on nothing else: its turnover
 * as a decimal string, as an exact integer, and the step that reports it. Worked out once, when the profile is
 * parsed, so scoring a vendor under several provisions or dates does not redo it.
 */
export interface PreparedYear {
  readonly turnover: SerializedMoney;
  /** The turnover as an exact integer of 10^-scale units, for integer arithmetic. */
  readonly turnoverScaled: ScaledInteger;
  readonly reportedStep: Trace;
}

function computePreparedYear(fy: FinancialYear): PreparedYear {
  const turnover = Object.freeze(serializeMoney(fy.turnover));
  return Object.freeze({
    turnover,
    turnoverScaled: Object.freeze(toScaledInteger(fy.turnover.amount)),
    reportedStep: Object.freeze({
      id: 'turnover.reported',
      value: turnover,
      inputs: Object.freeze({
        year: fy.year,
        start: fy.start,
        end: fy.end,
        amount: turnover.amount,
        currency: turnover.currency,
        source: fy.source ?? null,
      }),
    }),
  });
}

/** Remembered per financial year (a parsed profile's, frozen): every rule on its turnover reads it. */
export const preparedYear = /* @__PURE__ */ weakMemo(computePreparedYear);

/** Prepares the years of a freshly parsed profile. */
export function prepareYears(years: readonly FinancialYear[]): void {
  for (const fy of years) preparedYear(fy);
}
