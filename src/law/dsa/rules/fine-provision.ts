import type { Trace } from '../../../core/steps.js';
import {
  type InfringementContext,
  type MappedInfringement,
  type NotFinable,
  notFinable,
} from '../../act-module.js';
import type { CommonFacts } from '../../facts/company.js';
import { dsa } from '../regulation.js';
import { dsaServices } from './services.js';

/**
 * DSA: the Commission fines only providers of designated very large online platforms and search
 * engines (Art. 74(1), Art. 56(2)-(3)), and for them any obligation of the Regulation; every other
 * provider falls under the Member States' penalties of Art. 52(3), and the duties of Chapter III
 * Section 5 (Arts 34-43) are not its duties at all.
 */
export function dsaProvisionFor(
  resolved: MappedInfringement,
  company: CommonFacts,
  context: InfringementContext,
  steps: Trace[],
): string | NotFinable {
  if (resolved.provision === 'DSA 74(2)') return resolved.provision;
  const { veryLarge } = context.once('DSA services', () => dsaServices(company, context.asOf));
  if (veryLarge) {
    if (resolved.provision !== 'DSA 74(1)') {
      steps.push({
        id: 'dsa.vlop-provision',
        value: 'DSA 74(1)',
        citation: dsa('Art. 56(3)-(4)'),
        inputs: Object.freeze({ article: resolved.article }),
      });
    }
    return 'DSA 74(1)';
  }
  if (resolved.provision === 'DSA 74(1)') {
    if (resolved.points.includes('74(1)(a)')) {
      return notFinable(
        `${resolved.article} is a duty of providers of designated very large online platforms and search engines (Chapter III, Section 5); the profile shows no service designated on ${context.asOf} (Art. 33(4), 92)`,
      );
    }
    return notFinable(
      `the Commission imposes Art. 74(1) fines only on providers of designated very large online platforms and search engines; the profile shows none on ${context.asOf}`,
    );
  }
  return resolved.provision;
}
