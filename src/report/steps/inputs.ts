// How the books of step words read a trace's inputs: an amount, a list, a share of turnover.
import type { CurrencyCode } from '../../core/currency.js';
import { Decimal } from '../../core/decimal.js';
import { formatMoney } from '../../core/money.js';
import type { StepInput } from '../../core/steps.js';

/** An amount of the trace in words ("EUR 20,000,000"), from its decimal string and currency inputs. */
export const moneyInput = (amount: StepInput | undefined, currency: StepInput | undefined): string =>
  formatMoney({ amount: String(amount), currency: currency as CurrencyCode });

/** A list input, or none. */
export const listInput = (value: StepInput | undefined): readonly string[] =>
  Array.isArray(value) ? (value as readonly string[]) : [];

/** "4 %": a share of turnover, given as a decimal string ("0.04"), as the acts write it. */
export const percentInput = (share: StepInput | undefined): string =>
  `${new Decimal(String(share)).times(100).toFixed()} %`;
