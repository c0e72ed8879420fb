import type { Trace } from '../../../core/steps.js';
import {
  type InfringementContext,
  type MappedInfringement,
  type NotFinable,
  notFinable,
} from '../../act-module.js';
import type { CommonFacts } from '../../facts/company.js';
import type { Nis2Facts } from '../facts.js';
import { classifyNis2Entity } from './entity-class.js';

/**
 * NIS2 Art. 34(4)-(5): an infringement of Art. 21 or 23 is fined under the provision of the
 * entity's class, essential or important; where DORA displaces NIS2 (Art. 4(1)), not under NIS2.
 */
export function nis2ProvisionFor(
  resolved: MappedInfringement,
  company: CommonFacts & Nis2Facts,
  context: InfringementContext,
  steps: Trace[],
): string | NotFinable {
  const entity = context.once('NIS2 entity class', () => {
    const found = classifyNis2Entity(company, context.asOf, context.fx);
    steps.push(...found.steps);
    return found;
  });
  if (entity.finedUnder) return entity.finedUnder;
  if (entity.displacedBy) {
    return notFinable(
      `NIS2 Art. 4(1): for a ${entity.displacedBy.entity}, ${entity.displacedBy.act} replaces NIS2's Arts 21 and 23 and its enforcement (Chapter VII, Art. 34) from ${entity.displacedBy.from}`,
    );
  }
  steps.push({
    id: 'nis2.entity-class',
    value: entity.entity,
    severity: 'warning',
  });
  return resolved.provision;
}
