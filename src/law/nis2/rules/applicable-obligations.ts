import type { Trace } from '../../../core/steps.js';
import type { ActContext } from '../../act-module.js';
import { type ApplicableObligation, applicable, statusOn } from '../../applicable-obligation.js';
import type { CommonFacts } from '../../facts/company.js';
import type { Nis2Facts } from '../facts.js';
import { NIS2_DUTIES, NIS2_DUTIES_FROM } from '../obligations.js';
import { classifyNis2Entity } from './entity-class.js';

/**
 * NIS2 Arts 21 and 23 for an essential or important entity, from 18 October 2024 (Art. 41(1)),
 * each fined under the provision of its class (Art. 34(4) or (5)); excluded where DORA displaces
 * them (Art. 4(1)).
 */
export function nis2Obligations(
  company: CommonFacts & Nis2Facts,
  context: ActContext,
): { obligations: ApplicableObligation[]; steps: Trace[] } {
  if (company.sector === undefined) return { obligations: [], steps: [] };
  const entity = classifyNis2Entity(company, context.asOf, context.fx);
  const steps = [...entity.steps];
  const obligations: ApplicableObligation[] = [];
  if (entity.displacedBy) {
    for (const duty of NIS2_DUTIES) {
      obligations.push(
        applicable(duty, {
          tier: `${entity.entity} entity`,
          appliesFrom: NIS2_DUTIES_FROM,
          finedUnder: entity.entity === 'important' ? 'NIS2 34(5)' : 'NIS2 34(4)',
          service: null,
          status: 'excluded',
          why: `an ${entity.entity} entity of the ${entity.sector} sector, but a ${entity.displacedBy.entity}: from ${entity.displacedBy.from} ${entity.displacedBy.act} replaces this duty and its enforcement (NIS2 Art. 4(1))`,
        }),
      );
    }
  } else if (entity.finedUnder) {
    for (const duty of NIS2_DUTIES) {
      obligations.push(
        applicable(duty, {
          tier: `${entity.entity} entity`,
          appliesFrom: NIS2_DUTIES_FROM,
          finedUnder: entity.finedUnder,
          service: null,
          status: statusOn(context.asOf, NIS2_DUTIES_FROM),
          why: `an ${entity.entity} entity of the ${entity.sector} sector (Annex ${entity.annex}); the Directive applies through national law from ${NIS2_DUTIES_FROM}`,
        }),
      );
    }
  }
  return { obligations, steps };
}
