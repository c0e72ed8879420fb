import { type CurrencyCode, isCurrencyCode } from './currency.js';
import { Decimal, toDecimalString } from './decimal.js';
import { ValidationError } from './errors.js';
import { groupDigits } from './group-digits.js';
import { prototypeOf, readProperty } from './guards.js';

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

export function serializeMoney(m: Money): SerializedMoney {
  return { amount: toDecimalString(m.amount), currency: m.currency };
}

/** The longest amount formatMoney writes: 40 integer digits and 20 decimals are beyond any fine. */
const MAX_FORMATTED_LENGTH = 62;
const PLAIN_DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/**
 * "EUR 20,000,000" style, for reports; keeps every decimal the amount has. Anything but money
 * (an amount that is not a plain decimal string or a Decimal, an unknown currency, a string of
 * more than 62 characters) is a ValidationError naming the field.
 */
export function formatMoney(m: Money | SerializedMoney): string {
  const invalid = (path: string, message: string) =>
    new ValidationError([{ path, message }], 'formatMoney argument');
  if (typeof m !== 'object' || m === null) throw invalid('', 'expected money: { amount, currency }');
  const currency = readProperty(m, 'currency', 'currency', 'formatMoney argument');
  if (!isCurrencyCode(currency))
    throw invalid('currency', 'expected an ISO 4217 currency code the library knows');
  const raw = readProperty(m, 'amount', 'amount', 'formatMoney argument');
  const text =
    typeof raw === 'string'
      ? raw
      : typeof raw === 'object' &&
          raw !== null &&
          prototypeOf(raw) === Decimal.prototype &&
          (raw as Decimal).isFinite() &&
          Math.abs((raw as Decimal).e) <= MAX_FORMATTED_LENGTH
        ? toDecimalString(raw as Decimal)
        : null;
  if (text === null) throw invalid('amount', 'expected a decimal string or a Decimal');
  if (text.length > MAX_FORMATTED_LENGTH || !PLAIN_DECIMAL.test(text))
    throw invalid('amount', `expected a plain decimal of at most ${MAX_FORMATTED_LENGTH} characters`);
  const negative = text.charCodeAt(0) === 45; // "-"
  const dot = text.indexOf('.');
  const whole = text.slice(negative ? 1 : 0, dot === -1 ? text.length : dot);
  return `${currency} ${negative ? '-' : ''}${groupDigits(whole)}${dot === -1 ? '' : text.slice(dot)}`;
}
