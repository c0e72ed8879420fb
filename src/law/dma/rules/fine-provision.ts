import type { Trace } from '../../../core/steps.js';
import type { InfringementContext, MappedInfringement } from '../../act-module.js';
import type { CommonFacts } from '../../facts/company.js';
import { dma } from '../regulation.js';
import { previousSameInfringement } from './repeat-infringement.js';

const REPEAT_CITATION = /* @__PURE__ */ dma('Art. 30(2)');

/**
 * DMA Art. 30(2): up to 20 % of turnover where a non-compliance decision of the 8 preceding years
 * found the same or a similar infringement of an obligation of Arts 5, 6 or 7 (Art. 30(1)(a)).
 */
export function dmaProvisionFor(
  resolved: MappedInfringement,
  company: CommonFacts,
  context: InfringementContext,
  steps: Trace[],
): string {
  if (resolved.provision !== 'DMA 30(1)' || !resolved.points.includes('30(1)(a)')) return resolved.provision;
  const earlier = previousSameInfringement(company, resolved.input, context.asOf, context.service);
  if (!earlier) return resolved.provision;
  steps.push({
    id: 'dma.art-30-2.repeat',
    value: earlier.date,
    citation: REPEAT_CITATION,
    inputs: Object.freeze({
      article: resolved.article,
      decided: earlier.date,
      decision: earlier.decision || null,
      asOf: context.asOf,
    }),
  });
  return 'DMA 30(2)';
}
