import type { IsoDate } from '../../core/dates.js';
import type { Trace } from '../../core/steps.js';
import type { ActContext } from '../act-module.js';
import { type ApplicableObligation, applicable } from '../applicable-obligation.js';
import type { RuleAnswer } from '../rule-answer.js';
import { GDPR_DUTIES, type GdprDuty } from './duties.js';
import { dutyConditions } from './duty-conditions.js';
import type { GdprCompany } from './facts.js';
import { GDPR_ACT } from './regulation.js';
import { territorialScope } from './rules/art-3-territorial-scope.js';
import { assessTransfer, type TransferAssessment, transfersOutsideEea } from './rules/art-44-transfers.js';

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
 * One duty's status for the company: it applies from its date to a bearer within the territorial
 * scope, unless its condition fails (Art. 30(5) excludes rather than not applies); an unknown scope
 * or condition leaves it undetermined, naming the facts that would settle it.
 */
function dutyAnswer(
  profile: GdprCompany,
  asOf: IsoDate,
  scope: ReturnType<typeof territorialScope>,
  duty: GdprDuty,
  roles: GdprDutyAnswer['roles'],
  answer: RuleAnswer | null,
): GdprDutyAnswer {
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
  const transfers = profile.processing.transfers;
  // One literal each way, not a spread of an optional part (this runs for every row of a batch).
  return duty.condition === 'transfers' && transfers
    ? {
        duty,
        roles,
        status,
        why,
        needs,
        transfers: transfersOutsideEea(transfers, asOf).map((t) => assessTransfer(t, asOf)),
      }
    : { duty, roles, status, why, needs };
}

/**
 * Each GDPR duty of Arts 5 to 49 and whether it applies to the company on `asOf`: by its role
 * (controller, processor), the territorial scope of Art. 3 and the article's own conditions.
 */
export function gdprDuties(
  profile: GdprCompany,
  asOf: IsoDate,
): { duties: GdprDutyAnswer[]; steps: Trace[] } {
  const steps: Trace[] = [];
  if (profile.roles.length === 0) {
    steps.push({
      id: 'gdpr.duties.no-role',
      value: null,
      severity: 'warning',
    });
    return { duties: [], steps };
  }
  const scope = territorialScope(profile, asOf);
  steps.push({
    id: 'gdpr.art-3.territorial-scope',
    value: scope.holds,
    citation: scope.citation,
    inputs: Object.freeze({ reason: scope.why }),
  });
  if (scope.holds === false) return { duties: [], steps };

  const rules = dutyConditions(profile, asOf, scope);

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
    duties.push(dutyAnswer(profile, asOf, scope, duty, roles, answer));
  }
  steps.push({
    id: 'gdpr.duties',
    value: duties.filter((d) => d.status === 'applies').length,
    inputs: Object.freeze({
      count: duties.length,
      roles: Object.freeze([...profile.roles]),
      from: GDPR_ACT.applicationDate,
    }),
  });
  return { duties, steps };
}

/** The GDPR duties of Arts 5 to 49 as obligations of the company: by role, scope and each article's conditions. */
export function gdprObligations(
  company: GdprCompany,
  context: ActContext,
): { obligations: ApplicableObligation[]; steps: Trace[] } {
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
