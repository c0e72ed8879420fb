import type { IsoDate } from '../../../core/dates.js';
import type { FinancialYear } from '../../facts/financial-year.js';

/** The latest head count on or before `asOf` (the entity's figure preferred over the group's). */
export function latestEmployees(
  profile: { readonly financialYears: readonly FinancialYear[] },
  asOf: IsoDate,
): { employees: number; year: number; scope: string } | null {
  let best: FinancialYear | null = null;
  for (const fy of profile.financialYears) {
    if (fy.employees === undefined || fy.end > asOf) continue;
    if (!best || fy.end > best.end || (fy.end === best.end && fy.scope === 'entity')) best = fy;
  }
  return best ? { employees: best.employees as number, year: best.year, scope: best.scope } : null;
}
