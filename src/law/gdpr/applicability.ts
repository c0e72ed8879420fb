import type { ActContext, Applicability } from '../act-module.js';
import type { GdprCompany } from './facts.js';
import { territorialScope } from './rules/art-3-territorial-scope.js';

/**
 * Whether the GDPR reaches the company: a controller or processor of personal data (Art. 4(7),
 * (8)) within its territorial scope (Art. 3) on the date.
 */
export function gdprApplicability(company: GdprCompany, context: ActContext): Applicability {
  if (company.roles.length === 0) {
    return {
      applies: null,
      why: 'the profile names no controller or processor role (give `roles`)',
      needs: ['profile.roles'],
    };
  }
  const scope = territorialScope(company, context.asOf);
  return {
    applies: scope.holds,
    why: `a ${company.roles.join(' and ')} of personal data (GDPR Art. 4(7), (8)); ${scope.why}${scope.needs.length > 0 ? ` (give ${scope.needs.join(' or ')})` : ''}`,
    needs: scope.needs,
  };
}
