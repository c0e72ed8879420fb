import { ValidationError } from '../core/errors.js';
import { readProperty, unreadable } from '../core/guards.js';
import type { SanctionRecord } from '../sanctions/record.js';
import { createSanctionSet, isSanctionSet } from '../sanctions/sanction-set.js';

/**
 * The records a model function is given: a sanction set (its `all()`), or an array of records,
 * which is read as createSanctionSet reads one (so a bad record is a ValidationError naming it).
 */
export function recordsOf(source: unknown, subject: string): readonly SanctionRecord[] {
  if (isSanctionSet(source)) return source.all();
  if (Array.isArray(source)) return createSanctionSet(source).all();
  if (typeof source === 'object' && source !== null) {
    // An object of its own with an all(): its records are read as an array of records is.
    const all = readProperty(source, 'all', 'all', subject);
    if (typeof all === 'function') {
      let records: unknown;
      try {
        records = all.call(source);
      } catch (error) {
        throw unreadable(error, 'all()', subject);
      }
      if (Array.isArray(records)) return createSanctionSet(records).all();
    }
  }
  throw new ValidationError(
    [
      {
        path: '',
        message: 'expected a sanction set (createSanctionSet, lexposure/sanctions) or an array of records',
      },
    ],
    subject,
  );
}
