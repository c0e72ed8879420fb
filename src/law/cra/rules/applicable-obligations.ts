import type { Step } from '../../../core/steps.js';
import type { ActContext, Applicability } from '../../act-module.js';
import { applicabilityByObligations, notDescribed } from '../../applicability.js';
import { type ApplicableObligation, applicable, statusOn } from '../../applicable-obligation.js';
import type { CommonFacts } from '../../facts/company.js';
import type { CraFacts } from '../facts.js';
import { EXEMPTIONS_CITATION } from '../fines.js';
import { CRA_DUTIES } from '../obligations.js';

/**
 * The CRA's duties by the company's roles (Arts 13, 14, 18, 19, 20): each from the date its
 * article applies (Art. 71(2)); none where the roles are not known.
 */
export function craObligations(
  company: CommonFacts & CraFacts,
  context: ActContext,
): { obligations: ApplicableObligation[]; steps: Step[] } {
  const roles = company.craRoles;
  if (roles === undefined) return { obligations: [], steps: [] };
  const obligations = CRA_DUTIES.filter((d) => roles.includes(d.role)).map((duty) =>
    applicable(duty, {
      service: null,
      status: statusOn(context.asOf, duty.appliesFrom as string),
      why: `a ${duty.role} of products with digital elements made available on the Union market; ${duty.article} applies from ${duty.appliesFrom} (Art. 71(2))`,
    }),
  );
  return { obligations, steps: [] };
}

/**
 * The CRA reaches a company through its roles for products with digital elements; where the
 * profile does not give them, whether it does is undetermined. An open-source software steward
 * has duties (Art. 24) but is never fined (Art. 64(10)(b)).
 */
export function craApplicability(
  company: CommonFacts & CraFacts,
  context: ActContext,
  obligations: readonly ApplicableObligation[],
): Applicability {
  const roles = company.craRoles;
  if (roles === undefined)
    return {
      ...notDescribed(
        'the profile does not say whether the company makes products with digital elements available on the Union market, nor in which role (craRoles)',
      ),
      needs: ['craRoles'],
    };
  if (roles.length === 0)
    return {
      applies: false,
      why: 'the company has no role for products with digital elements (craRoles: [])',
    };
  if (roles.every((r) => r === 'open-source software steward'))
    return {
      applies: true,
      why: `an open-source software steward: its duties of Art. 24 apply, but no administrative fine can be imposed on it (${EXEMPTIONS_CITATION.provision}(b))`,
    };
  return applicabilityByObligations('CRA', obligations, context.asOf);
}
