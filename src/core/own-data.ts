import { Decimal as DecimalJs } from 'decimal.js';
import { LexposureError, ValidationError } from './errors.js';
import { unreadable } from './guards.js';
import { knownSet } from './memo.js';

/** How deep a caller's input may nest; deeper (or cyclic) input is refused, not walked forever. */
export const MAX_INPUT_DEPTH = 64;

/** Values already walked that cannot change: frozen, with only clean values below them. */
const CLEAN = /* @__PURE__ */ knownSet<object>();

/**
 * What an entry point reads of a caller's value: its own properties, never inherited ones. A
 * schema reads `input[key]`, which finds a key on the prototype as well, so an object made with
 * `Object.create({ holidays: [...] })` would pass a value its caller never set. Objects whose
 * prototype carries enumerable data are copied to plain objects of their own properties; plain
 * objects and arrays are walked and copied only where something below them changed. Frozen values
 * found clean (the library's own results) are remembered, so passing a result back costs nothing
 * the second time. Class instances (a decimal.js value, a sanction set) are kept as they are.
 */
export function ownData(value: unknown, field: string, subject: string): unknown {
  try {
    return walk(value, 0, field, subject);
  } catch (error) {
    // A getter or a proxy that throws while it is read is the input's fault.
    if (error instanceof LexposureError) throw error;
    throw unreadable(error, field, subject);
  }
}

function walk(value: unknown, depth: number, field: string, subject: string): unknown {
  if (typeof value !== 'object' || value === null || CLEAN.has(value)) return value;
  if (depth >= MAX_INPUT_DEPTH) throw tooDeep(field, subject);
  const proto = Object.getPrototypeOf(value);
  let result: unknown = value;
  // Whether everything below is a primitive or a value remembered as clean.
  let settled = true;
  const note = (read: unknown) => {
    if (typeof read === 'object' && read !== null && !CLEAN.has(read)) settled = false;
  };
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      const read = walk(item, depth + 1, field, subject);
      note(read);
      if (read !== item) {
        copy ??= value.slice();
        copy[i] = read;
      }
    }
    result = copy ?? value;
  } else if (proto === Object.prototype || proto === null) {
    let copy: Record<string, unknown> | null = null;
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      const read = walk(item, depth + 1, field, subject);
      note(read);
      if (read !== item) {
        copy ??= { ...(value as Record<string, unknown>) };
        copy[key] = read;
      }
    }
    result = copy ?? value;
  } else if (proto !== DecimalJs.prototype && inheritsData(value)) {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value))
      copy[key] = walk((value as Record<string, unknown>)[key], depth + 1, field, subject);
    return copy;
  } else return value;
  if (settled && result === value && Object.isFrozen(value)) CLEAN.add(value);
  return result;
}

function tooDeep(field: string, subject: string): ValidationError {
  return new ValidationError(
    [
      {
        path: field,
        code: 'too_deep',
        message: `nests deeper than ${MAX_INPUT_DEPTH} levels (or refers to itself)`,
      },
    ],
    subject,
  );
}

/** An object with an enumerable property it does not own (set on its prototype). */
function inheritsData(value: object): boolean {
  for (const key in value) if (!Object.hasOwn(value, key)) return true;
  return false;
}

/** The longest string a result may hold for a renderer (the longest the library writes is far shorter). */
export const MAX_RESULT_STRING = 100_000;

/** The longest array a result may hold for a renderer (tables and charts of at most this many rows). */
export const MAX_RESULT_ARRAY = 10_000;

/** Frozen values found to be plain data: walked once. */
const PLAIN = /* @__PURE__ */ knownSet<object>();

/**
 * Checks that a value is plain data as the library's results are (objects, arrays, strings of at
 * most MAX_RESULT_STRING characters, arrays of at most MAX_RESULT_ARRAY items, numbers, booleans, null; functions are skipped): a renderer
 * given a result holds nothing else, and a 10 MB name cannot make a table pad every row to it.
 * A class instance in its place (a decimal.js value whose exponent would print a billion digits,
 * a Map, a proxy) or nesting deeper than MAX_INPUT_DEPTH is a ValidationError naming its path.
 */
export function requirePlainData(value: unknown, field: string, subject: string): void {
  const visit = (v: unknown, depth: number, at: string): void => {
    if (typeof v === 'string' && v.length > MAX_RESULT_STRING)
      throw new ValidationError(
        [{ path: at, code: 'too_long', message: `is a string longer than ${MAX_RESULT_STRING} characters` }],
        subject,
      );
    if (typeof v !== 'object' || v === null || PLAIN.has(v)) return;
    if (depth >= MAX_INPUT_DEPTH) throw tooDeep(at, subject);
    const proto = Object.getPrototypeOf(v);
    const array = Array.isArray(v);
    if (array && (v as unknown[]).length > MAX_RESULT_ARRAY)
      throw new ValidationError(
        [{ path: at, code: 'too_big', message: `is an array of more than ${MAX_RESULT_ARRAY} items` }],
        subject,
      );
    if (!array && proto !== Object.prototype && proto !== null)
      throw new ValidationError(
        [
          {
            path: at,
            code: 'not_plain_data',
            message: 'is not plain data (an object of a class, such as a Decimal or a Map)',
          },
        ],
        subject,
      );
    let settled = true;
    const keys = array ? null : Object.keys(v);
    const n = array ? (v as unknown[]).length : (keys as string[]).length;
    for (let i = 0; i < n; i++) {
      const key = array ? i : ((keys as string[])[i] as string);
      const item = (v as Record<string | number, unknown>)[key];
      visit(item, depth + 1, array ? `${at}[${key}]` : at ? `${at}.${key}` : String(key));
      if (typeof item === 'object' && item !== null && !PLAIN.has(item)) settled = false;
    }
    if (settled && Object.isFrozen(v)) PLAIN.add(v);
  };
  visit(value, 0, field);
}
