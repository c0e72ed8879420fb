import { type IsoDate, isIsoDate } from './dates.js';
import { ValidationError } from './errors.js';

/**
 * The checks of the small helpers the library exports beside its validated entry points: a value
 * of the wrong type is a ValidationError naming the argument, never a TypeError from deep inside.
 */
export function requireString(value: unknown, field: string, subject: string, max = 1000): string {
  if (typeof value !== 'string')
    throw new ValidationError([{ path: field, message: `expected a string, got ${kindOf(value)}` }], subject);
  if (value.length > max)
    throw new ValidationError([{ path: field, message: `longer than ${max} characters` }], subject);
  return value;
}

export function requireIsoDate(value: unknown, field: string, subject: string): IsoDate {
  if (!isIsoDate(value))
    throw new ValidationError(
      [
        {
          path: field,
          message: `expected a date YYYY-MM-DD, got ${typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : kindOf(value)}`,
        },
      ],
      subject,
    );
  return value;
}

export function requireObject(value: unknown, field: string, subject: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ValidationError(
      [{ path: field, message: `expected an object, got ${kindOf(value)}` }],
      subject,
    );
  return value as Record<string, unknown>;
}

/** The ValidationError for an input that threw while it was read (a throwing getter or proxy). */
export function unreadable(error: unknown, field: string, subject: string): ValidationError {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : 'a thrown value';
  return new ValidationError(
    [{ path: field, code: 'unreadable', message: `could not be read (${what.slice(0, 200)})` }],
    subject,
  );
}

/** A property of a caller's object, read once; a getter that throws is a ValidationError. */
export function readProperty(value: object, key: string, field: string, subject: string): unknown {
  try {
    return (value as Record<string, unknown>)[key];
  } catch (error) {
    throw unreadable(error, field, subject);
  }
}

/** The prototype of a caller's object; undefined when it cannot be read (a proxy that throws). */
export function prototypeOf(value: object): object | null | undefined {
  try {
    return Object.getPrototypeOf(value);
  } catch {
    return undefined;
  }
}

function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}
