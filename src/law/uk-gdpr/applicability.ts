import type { ActContext, Applicability } from '../act-module.js';
import type { CommonFacts } from '../facts/company.js';
import type { GdprFacts } from '../gdpr/facts.js';
import { UK_GDPR_ACT } from './fines.js';

/**
 * UK GDPR Art. 3(1): processing in the context of the activities of an establishment in the United
 * Kingdom, from 1 January 2021 (until 31 December 2020 the EU GDPR applied there, Withdrawal
 * Agreement Art. 127(1)). Targeting under Art. 3(2) is not judged.
 */
export function ukGdprApplicability(company: CommonFacts & GdprFacts, context: ActContext): Applicability {
  if (company.roles.length === 0)
    return { applies: null, why: 'the profile names no controller or processor role (give `roles`)' };
  if (!company.establishments.some((e) => e.country === 'GB'))
    return {
      applies: false,
      why: 'no establishment in the United Kingdom in the profile (targeting under Art. 3(2) is not judged)',
    };
  if (context.asOf < UK_GDPR_ACT.applicationDate)
    return {
      applies: false,
      why: `the UK GDPR applies from ${UK_GDPR_ACT.applicationDate}; until 31 December 2020 the EU GDPR applied in the United Kingdom (Withdrawal Agreement, Art. 127(1))`,
    };
  return {
    applies: true,
    why: `a ${company.roles.join(' and ')} with an establishment in the United Kingdom (UK GDPR Art. 3(1))`,
  };
}
