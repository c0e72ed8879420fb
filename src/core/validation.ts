import { Decimal as DecimalJs } from 'decimal.js';
import * as z from 'zod';
import { CURRENCY_CODES, type CurrencyCode, isCurrencyCode } from './currency.js';
import { type IsoDate, isIsoDate } from './dates.js';
import { Decimal } from './decimal.js';
import { fieldOf, type IssueInput, LexposureError, pathKeys, ValidationError } from './errors.js';
import { unreadable } from './guards.js';
import { ownData } from './own-data.js';

const DECIMAL_STRING = /^-?(0|[1-9]\d*)(\.\d+)?$/;
const MAX_INTEGER_DIGITS = 20;
const MAX_FRACTION_DIGITS = 12;
/** A double prints at most 15 significant digits it can be trusted with. */
const MAX_FLOAT_SIGNIFICANT_DIGITS = 15;

function significantDigits(text: string): number {
  return text.replace(/^-/, '').replace('.', '').replace(/^0+/, '').length;
}

/**
 * The plain digits of a decimal.js value whose internal fields are well formed (sign ±1, an
 * integer exponent within the digits an amount may have, base-1e7 digit words), else null.
 */
function decimalText(value: Decimal): string | null {
  const { s, e, d } = value as unknown as { s: unknown; e: unknown; d: unknown };
  if (s !== 1 && s !== -1) return null;
  if (
    typeof e !== 'number' ||
    !Number.isInteger(e) ||
    e >= MAX_INTEGER_DIGITS ||
    e < -MAX_FRACTION_DIGITS - 1
  )
    return null;
  if (!Array.isArray(d) || d.length === 0 || d.length > 8) return null;
  for (const w of d) if (typeof w !== 'number' || !Number.isInteger(w) || w < 0 || w >= 1e7) return null;
  return value.toFixed();
}

/**
 * Reads a decimal amount given as a plain decimal string ("386064000000", "0.04") or as a number
 * that is an exact decimal: a safe integer, or a float whose shortest form has at most 15
 * significant digits. 0.1 + 0.2 (0.30000000000000004) is refused: it is not the amount meant.
 */
export function readDecimal(value: unknown): { ok: true; value: Decimal } | { ok: false; message: string } {
  try {
    return readDecimalOf(value);
  } catch {
    // A proxy or a forged object whose fields throw while they are read.
    return { ok: false, message: 'could not be read (an object whose properties throw)' };
  }
}

function readDecimalOf(value: unknown): { ok: true; value: Decimal } | { ok: false; message: string } {
  let text: string;
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === DecimalJs.prototype) {
    // An amount already read (a copy of a parsed profile): take its exact digits, once its fields
    // are those of a finite decimal.js value of a size an amount can have (not a forged object, nor
    // an exponent whose digits would exhaust the memory).
    const read = decimalText(value as Decimal);
    if (read === null)
      return { ok: false, message: 'is not a finite decimal amount of at most 20 integer digits' };
    text = read;
  } else if (DecimalJs.isDecimal(value)) {
    return { ok: false, message: 'expected a decimal string or a number, got an object posing as a Decimal' };
  } else if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ok: false, message: `${value} is not a finite amount` };
    text = String(value);
    if (/e/i.test(text)) {
      return {
        ok: false,
        message: `${text} is too large or too small for an exact number; pass it as a decimal string`,
      };
    }
    if (!Number.isSafeInteger(value) && significantDigits(text) > MAX_FLOAT_SIGNIFICANT_DIGITS) {
      return {
        ok: false,
        message: `${text} is a binary float, not an exact decimal; pass the amount as a decimal string (e.g. "${new Decimal(text).toSignificantDigits(MAX_FLOAT_SIGNIFICANT_DIGITS).toFixed()}")`,
      };
    }
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
      return { ok: false, message: `${text} exceeds the safe integer range; pass it as a decimal string` };
    }
  } else if (typeof value === 'string') {
    text = value;
    if (!DECIMAL_STRING.test(text)) {
      return {
        ok: false,
        message: `${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)} is not a plain decimal number (digits, an optional "." and decimals; no exponent, spaces or separators)`,
      };
    }
  } else {
    return {
      ok: false,
      message: `expected a decimal string or a number, got ${value === null ? 'null' : typeof value}`,
    };
  }
  const [whole = '', fraction = ''] = text.replace(/^-/, '').split('.');
  if (whole.length > MAX_INTEGER_DIGITS)
    return { ok: false, message: `more than ${MAX_INTEGER_DIGITS} integer digits` };
  if (fraction.length > MAX_FRACTION_DIGITS)
    return { ok: false, message: `more than ${MAX_FRACTION_DIGITS} decimals` };
  return { ok: true, value: new Decimal(text) };
}

/** A decimal amount (string or exact number) → Decimal. */
export function decimalSchema(options: { min?: 'zero' | 'positive' } = {}) {
  const signed = options.min === undefined;
  return z
    .unknown()
    .transform((value, ctx): Decimal => {
      const read = readDecimal(value);
      if (!read.ok) {
        ctx.addIssue({ code: 'custom', message: read.message });
        return z.NEVER;
      }
      if (options.min === 'zero' && read.value.isNegative()) {
        ctx.addIssue({ code: 'custom', message: `must not be negative, got ${read.value.toFixed()}` });
        return z.NEVER;
      }
      if (options.min === 'positive' && !read.value.gt(0)) {
        ctx.addIssue({ code: 'custom', message: `must be greater than zero, got ${read.value.toFixed()}` });
        return z.NEVER;
      }
      return read.value;
    })
    .meta({
      description:
        'An exact decimal: a plain decimal string (digits, an optional "." and up to 12 decimals, no exponent) or a number with at most 15 significant digits.',
      anyOf: [
        {
          type: 'string',
          pattern: signed ? '^-?(0|[1-9]\\d*)(\\.\\d{1,12})?$' : '^(0|[1-9]\\d*)(\\.\\d{1,12})?$',
        },
        {
          type: 'number',
          ...(options.min === 'positive' ? { exclusiveMinimum: 0 } : signed ? {} : { minimum: 0 }),
        },
      ],
    });
}

export const currencySchema = z
  .unknown()
  .transform((value, ctx): CurrencyCode => {
    if (!isCurrencyCode(value)) {
      ctx.addIssue({
        code: 'custom',
        message:
          typeof value === 'string'
            ? `unknown currency ${JSON.stringify(value.length > 12 ? `${value.slice(0, 12)}…` : value)}: expected an active ISO 4217 code such as "EUR" or "USD"`
            : `expected an ISO 4217 currency code, got ${value === null ? 'null' : typeof value}`,
      });
      return z.NEVER;
    }
    return value;
  })
  .meta({ type: 'string', enum: [...CURRENCY_CODES], description: 'An active ISO 4217 currency code.' });

export const isoDateSchema = z
  .unknown()
  .transform((value, ctx): IsoDate => {
    if (!isIsoDate(value)) {
      ctx.addIssue({
        code: 'custom',
        message:
          typeof value === 'string'
            ? `${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)} is not a calendar date written YYYY-MM-DD`
            : `expected a date string YYYY-MM-DD, got ${value === null ? 'null' : typeof value}`,
      });
      return z.NEVER;
    }
    return value;
  })
  .meta({
    type: 'string',
    format: 'date',
    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    description: 'A calendar date, YYYY-MM-DD.',
  });

/** A missing field reads "is required" rather than "expected string, received undefined". */
function requiredMessage(issue: { code?: string; input?: unknown }): string | undefined {
  return issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : undefined;
}

/** The issues of a zod error, their paths rooted at `prefix` (e.g. "profile"). */
export function toIssues(error: z.ZodError, prefix: string): IssueInput[] {
  const root = prefix ? pathKeys(prefix) : [];
  return error.issues.map((issue) => {
    const keys = issue.path.map((k) => (typeof k === 'number' ? k : String(k)));
    const own = fieldOf(keys);
    return {
      code: issue.code,
      path: [...root, ...keys],
      field: prefix && own ? `${prefix}${own.startsWith('[') ? '' : '.'}${own}` : prefix || own,
      message: issue.message,
    };
  });
}

/**
 * Parses `input` with `schema`; on failure throws a ValidationError naming every path and problem.
 * `prefix` roots the paths (e.g. "profile").
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  subject: string,
  prefix = '',
): z.output<S> {
  let result: z.ZodSafeParseResult<z.output<S>>;
  try {
    result = schema.safeParse(ownData(input, prefix, subject), { error: requiredMessage });
  } catch (error) {
    // A hostile input (a getter or a proxy that throws while it is read) is the input's fault.
    if (error instanceof LexposureError) throw error;
    throw unreadable(error, prefix, subject);
  }
  if (!result.success) throw new ValidationError(toIssues(result.error, prefix), subject);
  return result.data;
}
