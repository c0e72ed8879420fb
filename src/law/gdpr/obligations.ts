import type { IsoDate } from '../../core/dates.js';
import type { Step } from '../../core/steps.js';
import type { ActContext } from '../act-module.js';
import { type ApplicableObligation, applicable } from '../applicable-obligation.js';
import type { RuleAnswer } from '../rule-answer.js';
import { GDPR_DUTIES, type GdprDuty } from './duties.js';
import type { GdprCompany } from './facts.js';
import { GDPR_ACT, gdpr } from './regulation.js';
import { territorialScope } from './rules/art-3-territorial-scope.js';
import { representativeRule } from './rules/art-27-representative.js';
import { recordsRule } from './rules/art-30-5-records.js';
import { impactAssessmentRule } from './rules/art-35-impact-assessment.js';
import { dataProtectionOfficerRule } from './rules/art-37-data-protection-officer.js';
import {
  ART_44,
  assessTransfer,
  type TransferAssessment,
  transfersOutsideEea,
} from './rules/art-44-transfers.js';
import { factRule, field } from './rules/processing-facts.js';

export interface GdprDutyAnswer {
  readonly duty: GdprDuty;
  /** The roles of the company that bear it. */
  readonly roles: readonly string[];
  readonly status: 'applies' | 'not yet' | 'does not apply' | 'excluded' | 'undetermined';
  readonly why: string;
  readonly needs: readonly string[];
  /** For Art. 44: each transfer and the tool it rests on. */
  readonly transfers?: readonly TransferAssessment[];
}

/**
 * Each GDPR duty of Arts 5 to 49 and whether it applies to the company on `asOf`: by its role
 * (controller, processor), the territorial scope of Art. 3 and the article's own conditions.
 */
export function gdprDuties(profile: GdprCompany, asOf: IsoDate): { duties: GdprDutyAnswer[]; steps: Step[] } {
  const steps: Step[] = [];
  if (profile.roles.length === 0) {
    steps.push({
      label: 'GDPR duties',
      value: null,
      rule: 'the profile names no role (controller or processor, Art. 4(7)-(8)): no GDPR duty is assessed',
      severity: 'warning',
    });
    return { duties: [], steps };
  }
  const scope = territorialScope(profile, asOf);
  steps.push({
    label: 'GDPR territorial scope',
    value: scope.holds,
    rule: scope.why,
    citation: scope.citation,
  });
  if (scope.holds === false) return { duties: [], steps };

  const p = profile.processing;
  const rules: Record<GdprDuty['condition'], () => RuleAnswer | null> = {
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
    // Art. 28(2)-(4), (10) bind every processor; Art. 28(1) binds a controller that uses processors.
    processors: () =>
      profile.roles.includes('processor')
        ? {
            holds: true,
            why: 'it acts as a processor: Art. 28(2)-(4) and (10) bind it',
            needs: [],
            citation: gdpr('Art. 28'),
          }
        : factRule(
            profile,
            'usesProcessors',
            'it has processing carried out by processors',
            'it uses no processor',
            gdpr('Art. 28(1)'),
          ),
    records: () => recordsRule(profile, asOf),
    'impact assessment': () => impactAssessmentRule(profile),
    'data protection officer': () => dataProtectionOfficerRule(profile),
    transfers: () => {
      if (p.transfers === undefined)
        return {
          holds: null,
          why: 'the profile does not say whether personal data are transferred outside the EEA',
          needs: [field('transfers')],
          citation: ART_44,
        };
      const outside = transfersOutsideEea(p.transfers, asOf);
      return outside.length > 0
        ? {
            holds: true,
            why: `it transfers personal data to ${outside.map((t) => t.country ?? t.organisation).join(', ')}`,
            needs: [],
            citation: ART_44,
          }
        : {
            holds: false,
            why: 'it transfers no personal data to a third country or international organisation',
            needs: [],
            citation: ART_44,
          };
    },
  };

  // Each condition judged once: Arts 37, 38 and 39 share one, as do the `always` duties.
  const judged = new Map<GdprDuty['condition'], RuleAnswer | null>();
  const duties: GdprDutyAnswer[] = [];
  for (const duty of GDPR_DUTIES) {
    const roles = duty.bears.filter((r) => profile.roles.includes(r));
    if (roles.length === 0) continue;
    let answer = judged.get(duty.condition);
    if (answer === undefined) {
      answer = rules[duty.condition]();
      judged.set(duty.condition, answer);
    }
    let status: GdprDutyAnswer['status'] = asOf >= duty.appliesFrom ? 'applies' : 'not yet';
    let why = `a ${roles.join(' and ')} within the GDPR's territorial scope (${scope.why})`;
    let needs: readonly string[] = scope.holds === null ? scope.needs : [];
    if (scope.holds === null) status = 'undetermined';
    if (answer) {
      why += `; ${answer.why}`;
      if (answer.holds === false) status = duty.condition === 'records' ? 'excluded' : 'does not apply';
      else if (answer.holds === null && status === 'applies') status = 'undetermined';
      needs = [...needs, ...answer.needs];
    }
    // One literal each way, not a spread of an optional part (this runs for every row of a batch).
    duties.push(
      duty.condition === 'transfers' && p.transfers
        ? {
            duty,
            roles,
            status,
            why,
            needs,
            transfers: transfersOutsideEea(p.transfers, asOf).map((t) => assessTransfer(t, asOf)),
          }
        : { duty, roles, status, why, needs },
    );
  }
  steps.push({
    label: 'GDPR duties',
    value: duties.filter((d) => d.status === 'applies').length,
    rule: `of ${duties.length} duties of Arts 5 to 49 borne by a ${profile.roles.join(' and ')}, from ${GDPR_ACT.applicationDate}`,
  });
  return { duties, steps };
}

/** The GDPR duties of Arts 5 to 49 as obligations of the company: by role, scope and each article's conditions. */
export function gdprObligations(
  company: GdprCompany,
  context: ActContext,
): { obligations: ApplicableObligation[]; steps: Step[] } {
  const gdpr = gdprDuties(company, context.asOf);
  const obligations = gdpr.duties.map((answer) => {
    const obligation = applicable(answer.duty, {
      tier: answer.roles.join(' and '),
      service: null,
      status: answer.status,
      why: answer.why,
      needs: answer.needs,
    });
    return answer.transfers ? { ...obligation, transfers: answer.transfers } : obligation;
  });
  return { obligations, steps: gdpr.steps };
}
