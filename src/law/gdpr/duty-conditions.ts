import type { IsoDate } from '../../core/dates.js';
import type { RuleAnswer } from '../rule-answer.js';
import type { GdprDuty } from './duties.js';
import type { GdprCompany } from './facts.js';
import { gdpr } from './regulation.js';
import type { territorialScope } from './rules/art-3-territorial-scope.js';
import { representativeRule } from './rules/art-27-representative.js';
import { processorsRule } from './rules/art-28-processors.js';
import { recordsRule } from './rules/art-30-5-records.js';
import { impactAssessmentRule } from './rules/art-35-impact-assessment.js';
import { dataProtectionOfficerRule } from './rules/art-37-data-protection-officer.js';
import { transfersRule } from './rules/art-44-transfers.js';
import { factRule } from './rules/processing-facts.js';

/**
 * The rule that decides each condition a GDPR duty carries (`GdprDuty['condition']`), for the
 * company on `asOf`: null for a duty every controller or processor bears. Each is called lazily,
 * once per condition.
 */
export function dutyConditions(
  profile: GdprCompany,
  asOf: IsoDate,
  scope: ReturnType<typeof territorialScope>,
): Record<GdprDuty['condition'], () => RuleAnswer | null> {
  return {
    always: () => null,
    consent: () =>
      factRule(profile, 'consent', 'it relies on consent', 'it does not rely on consent', gdpr('Art. 7')),
    children: () =>
      factRule(
        profile,
        'servicesToChildren',
        'it offers information society services directly to children on the basis of consent',
        'it offers no information society service directly to children on the basis of consent',
        gdpr('Art. 8(1)'),
      ),
    'special categories': () =>
      factRule(
        profile,
        'specialCategories',
        'it processes special categories of personal data',
        'it processes no special categories of personal data',
        gdpr('Art. 9(1)'),
      ),
    'automated decisions': () =>
      factRule(
        profile,
        'automatedDecisions',
        'it takes decisions based solely on automated processing with legal or similarly significant effects',
        'it takes no decision based solely on automated processing with legal or similarly significant effects',
        gdpr('Art. 22(1)'),
      ),
    'joint controllers': () =>
      factRule(
        profile,
        'jointControllers',
        'it determines purposes and means jointly with another controller',
        'it has no joint controller',
        gdpr('Art. 26(1)'),
      ),
    representative: () => representativeRule(profile, scope),
    processors: () => processorsRule(profile),
    records: () => recordsRule(profile, asOf),
    'impact assessment': () => impactAssessmentRule(profile),
    'data protection officer': () => dataProtectionOfficerRule(profile),
    transfers: () => transfersRule(profile, asOf),
  };
}
