import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CompanyProfileInput } from '../../src/index.js';

/** A bundled example profile, as JSON input (the fixtures are valid profiles; the schema still checks them). */
export function fixtureProfile(name: string): CompanyProfileInput {
  const path = fileURLToPath(new URL(`../../fixtures/profiles/${name}.json`, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** A minimal EUR profile with one calendar financial year. */
export function eurProfile(
  amount: string,
  options: { year?: number; scope?: 'undertaking' | 'entity'; undertaking?: string } = {},
): CompanyProfileInput {
  const year = options.year ?? 2023;
  return {
    name: 'Test Company SA',
    ...(options.undertaking ? { undertaking: options.undertaking } : {}),
    financialYears: [
      {
        year,
        end: `${year}-12-31`,
        scope: options.scope ?? 'undertaking',
        turnover: { amount, currency: 'EUR' },
      },
    ],
  };
}
