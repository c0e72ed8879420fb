import { ValidationError } from '../core/errors.js';
import { readProperty } from '../core/guards.js';
import type { SanctionRecord } from '../sanctions/record.js';
import { createSanctionSet } from '../sanctions/sanction-set.js';

/**
 * The records a model function is given: a sanction set (its `all()`), or an array of records,
 * which is read as createSanctionSet reads one (so a bad record is a ValidationError naming it).
 */
export function recordsOf(source: unknown, subject: string): readonly SanctionRecord[] {
  if (Array.isArray(source)) return createSanctionSet(source).all();
  if (typeof source === 'object' && source !== null) {
    const all = readProperty(source, 'all', 'all', subject);
    if (typeof all === 'function') {
      const records: unknown = all.call(source);
      if (Array.isArray(records)) return records as readonly SanctionRecord[];
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
