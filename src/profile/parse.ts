import { requireString } from '../core/guards.js';
import { parseInput } from '../core/validation.js';
import { prepareYears } from './prepared-year.js';
import { type CompanyProfile, profileSchema } from './schema.js';

/** The profiles parseProfile returned (frozen): asking never reads the value, so a proxy cannot answer. */
const PARSED = new WeakSet<object>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    // Decimals are immutable already; freezing them would break decimal.js's internals.
    if (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype) {
      for (const child of Object.values(value)) deepFreeze(child);
      Object.freeze(value);
    }
  }
  return value;
}

/**
 * Validates a company profile and returns it frozen, amounts as Decimals. A ValidationError names
 * each field at fault, under `path` ("profile", or "profiles[3]" in a portfolio). Passing the result
 * back to any function of the library skips this work.
 */
export function parseProfile(input: unknown, path = 'profile'): CompanyProfile {
  if (isParsedProfile(input)) return input;
  requireString(path, 'path', 'parseProfile argument', 200);
  const profile = parseInput(profileSchema, input, 'company profile', path);
  deepFreeze(profile);
  PARSED.add(profile);
  prepareYears(profile.financialYears);
  return profile;
}

/** True for a profile that parseProfile returned. */
export function isParsedProfile(value: unknown): value is CompanyProfile {
  return typeof value === 'object' && value !== null && PARSED.has(value);
}
