import { NotInForceError } from '../../../core/errors.js';
import type { Step } from '../../../core/steps.js';
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
  steps: Step[],
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
      label: 'Art. 50(2): systems already on the market',
      value: ART_50_2_TRANSITION_END,
      rule: 'for a system generating synthetic content placed on the market before 2 August 2026, the marking duty of Art. 50(2) applies only from 2 December 2026 (Art. 111(4), inserted by Regulation (EU) 2026/1744)',
      citation: application.citation,
      severity: 'warning',
    });
  }
  steps.push({
    id: 'ai-act.provision',
    label: `${resolved.article} applies`,
    value: application.from,
    rule: `${application.part} applies from ${application.from} (Art. 113 ${application.version})${application.annexAssumed ? '; the date read is the earlier one, for Annex III systems: pass highRiskAnnex: "I" for a product of Annex I, whose date is 2 August 2028' : ''}`,
    citation: application.citation,
    ...(application.annexAssumed || application.citation.celex === AI_ACT_AMENDMENT.celex
      ? { severity: 'warning' as const }
      : {}),
  });
  return resolved.provision;
}
