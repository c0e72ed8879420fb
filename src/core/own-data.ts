import { Decimal as DecimalJs } from 'decimal.js';
import { ValidationError } from './errors.js';

/** How deep a caller's input may nest; deeper (or cyclic) input is refused, not walked forever. */
export const MAX_INPUT_DEPTH = 64;

/** Values already walked that cannot change: frozen, with only clean values below them. */
const CLEAN = new WeakSet<object>();

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
  return walk(value, 0, field, subject);
}

function walk(value: unknown, depth: number, field: string, subject: string): unknown {
  if (typeof value !== 'object' || value === null || CLEAN.has(value)) return value;
  if (depth >= MAX_INPUT_DEPTH)
    throw new ValidationError(
      [
        {
          path: field,
          code: 'too_deep',
          message: `nests deeper than ${MAX_INPUT_DEPTH} levels (or refers to itself)`,
        },
      ],
      subject,
    );
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

/** An object with an enumerable property it does not own (set on its prototype). */
function inheritsData(value: object): boolean {
  for (const key in value) if (!Object.hasOwn(value, key)) return true;
  return false;
}
