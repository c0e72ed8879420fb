import type { CurrencyCode } from './currency.js';
import { Decimal, toDecimalString } from './decimal.js';
import { CurrencyMismatchError } from './errors.js';

/** An exact amount of money. Amounts are decimal.js values; they are never JS floats. */
export interface Money {
  readonly amount: Decimal;
  readonly currency: CurrencyCode;
}

/** Money as it leaves the library: the amount as a plain decimal string. */
export interface SerializedMoney {
  readonly amount: string;
  readonly currency: CurrencyCode;
}

export function money(amount: Decimal | string | number, currency: CurrencyCode): Money {
  return { amount: amount instanceof Decimal ? amount : new Decimal(amount), currency };
}

function assertSameCurrency(a: Money, b: Money, operation: string): void {
  if (a.currency !== b.currency) throw new CurrencyMismatchError(a.currency, b.currency, operation);
}

export function addMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b, 'add');
  return money(a.amount.plus(b.amount), a.currency);
}

export function multiplyMoney(a: Money, factor: Decimal): Money {
  return money(a.amount.times(factor), a.currency);
}

/** -1, 0 or 1; throws on different currencies. */
export function compareMoney(a: Money, b: Money): number {
  assertSameCurrency(a, b, 'compare');
  return a.amount.comparedTo(b.amount);
}

export function maxMoney(a: Money, b: Money): Money {
  return compareMoney(a, b) >= 0 ? a : b;
}

export function minMoney(a: Money, b: Money): Money {
  return compareMoney(a, b) <= 0 ? a : b;
}

export function serializeMoney(m: Money): SerializedMoney {
  return { amount: toDecimalString(m.amount), currency: m.currency };
}

/** "EUR 20,000,000" style, for reports; keeps every decimal the amount has. */
export function formatMoney(m: Money | SerializedMoney): string {
  const text = typeof m.amount === 'string' ? m.amount : toDecimalString(m.amount);
  const negative = text.charCodeAt(0) === 45; // "-"
  const dot = text.indexOf('.');
  const whole = text.slice(negative ? 1 : 0, dot === -1 ? text.length : dot);
  let grouped = '';
  for (let end = whole.length; end > 0; end -= 3) {
    const start = end > 3 ? end - 3 : 0;
    grouped = grouped ? `${whole.slice(start, end)},${grouped}` : whole.slice(start, end);
  }
  return `${m.currency} ${negative ? '-' : ''}${grouped || '0'}${dot === -1 ? '' : text.slice(dot)}`;
}
