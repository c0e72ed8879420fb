import { NotInForceError } from '../../../core/errors.js';
import type { Trace } from '../../../core/steps.js';
import type { InfringementContext, MappedInfringement } from '../../act-module.js';
import { aiActApplication } from '../application.js';
import { AI_ACT_AMENDMENT } from '../regulation.js';

/** The day the marking duty of Art. 50(2) applies to systems placed on the market before 2 August 2026. */
const ART_50_2_TRANSITION_END = '2026-12-02';

/**
 * AI Act: an obligation cannot be infringed before its article applies (Art. 113, as adopted and as
 * amended by Regulation (EU) 2026/1744). The provision stays the one the article map gives.
 */
export function aiActProvisionFor(
  resolved: MappedInfringement,
  _company: unknown,
  context: InfringementContext,
  steps: Trace[],
): string {
  const { asOf } = context;
  const application = aiActApplication(resolved.input, asOf, context.highRiskAnnex);
  if (!application) return resolved.provision;
  if (asOf < application.from) {
    throw new NotInForceError(
      `${resolved.article} (${application.part}; Art. 113 ${application.version})`,
      asOf,
      application.from,
      null,
    );
  }
  const compact = application.part.startsWith('Chapter IV') ? resolved.input.replace(/\s/g, '') : '';
  if (/50\(2\)/.test(compact) && asOf >= AI_ACT_AMENDMENT.entryIntoForce && asOf < ART_50_2_TRANSITION_END) {
    steps.push({
      id: 'ai-act.art-50-2.systems-on-market',
      value: ART_50_2_TRANSITION_END,
      citation: application.citation,
      severity: 'warning',
    });
  }
  steps.push({
    id: 'ai-act.provision',
    value: application.from,
    citation: application.citation,
    inputs: Object.freeze({
      article: resolved.article,
      part: application.part,
      from: application.from,
      version: application.version,
      annexAssumed: application.annexAssumed,
    }),
    ...(application.annexAssumed || application.citation.celex === AI_ACT_AMENDMENT.celex
      ? { severity: 'warning' as const }
      : {}),
  });
  return resolved.provision;
}
