import type { Trace } from '../../../core/steps.js';
import type { ActContext } from '../../act-module.js';
import { type ApplicableObligation, applicable, statusOn } from '../../applicable-obligation.js';
import type { CommonFacts } from '../../facts/company.js';
import { DMA_OBLIGATIONS } from '../obligations.js';
import { assessGatekeeperOf } from './gatekeeper.js';

/**
 * The DMA obligations of Arts 5 to 7 for each core platform service listed in a designation
 * decision: they apply within six months of the listing (Art. 3(10)).
 */
export function dmaObligations(
  company: CommonFacts,
  context: ActContext,
): { obligations: ApplicableObligation[]; steps: Trace[] } {
  const gatekeeper = assessGatekeeperOf(company, context.asOf, context.fx);
  const steps: Trace[] = gatekeeper.services.length > 0 ? [...gatekeeper.steps] : [];
  const obligations: ApplicableObligation[] = [];
  for (const service of gatekeeper.services) {
    if (!service.designated) continue;
    for (const duty of DMA_OBLIGATIONS) {
      if (duty.services && !duty.services.includes(service.service)) continue;
      const from = service.designated.obligationsFrom;
      obligations.push({
        ...applicable(duty, {
          appliesFrom: from,
          service: service.name,
          status: statusOn(context.asOf, from),
          why: `${service.name} (${service.service}) is listed in the designation decision of ${service.designated.date}; Arts 5 to 7 apply within six months (Art. 3(10))`,
        }),
        services: duty.services,
      } as ApplicableObligation);
    }
  }
  return { obligations, steps };
}
