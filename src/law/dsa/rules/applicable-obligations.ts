import type { Trace } from '../../../core/steps.js';
import type { ActContext } from '../../act-module.js';
import { type ApplicableObligation, applicable, statusOn } from '../../applicable-obligation.js';
import type { CommonFacts } from '../../facts/company.js';
import { inUnion } from '../../union/membership.js';
import { DSA_OBLIGATIONS, DSA_TIER_INCLUDES, type DsaTier } from '../obligations.js';
import { ANTICIPATED_APPLICATION_CITATION, DSA_APPLICATION_DATE } from '../regulation.js';
import { microSmallExclusionRule } from '../words.js';
import { microSmallExclusion } from './micro-small-exclusion.js';
import { dsaServices } from './services.js';

/**
 * The DSA duties of Arts 11 to 43 for each service of the company: by its tier (intermediary,
 * hosting, online platform, marketplace), its designation as a very large online platform or search
 * engine (Section 5 four months after the notification, Art. 33(6)), and the micro and small
 * enterprise exclusions (Arts 15(2), 19, 29). Art. 13, the legal representative, binds only
 * providers with no establishment in the Union.
 */
export function dsaObligations(
  company: CommonFacts,
  context: ActContext,
): { obligations: ApplicableObligation[]; steps: Trace[] } {
  const { asOf } = context;
  const steps: Trace[] = [];
  const obligations: ApplicableObligation[] = [];
  const dsa = dsaServices(company, asOf);
  steps.push(...dsa.steps);
  if (!dsa.services.some((s) => s.tier !== null)) return { obligations, steps };
  const establishedInUnion = company.establishments.some((e) => inUnion(e.country, asOf));
  const size = context.size();
  steps.push(...size.steps);
  for (const service of dsa.services) {
    if (!service.tier) continue;
    const tiers: DsaTier[] = [...DSA_TIER_INCLUDES[service.tier]];
    if (service.designation) tiers.push('very large online platform or search engine');
    for (const duty of DSA_OBLIGATIONS) {
      if (!tiers.includes(duty.tier)) continue;
      const representative = duty.article === 'Art. 13';
      if (representative && establishedInUnion) continue;
      let from = duty.appliesFrom;
      let why = `${service.name} is ${duty.tier === 'very large online platform or search engine' ? 'a designated very large online platform or search engine' : `a service of the tier "${duty.tier}"`}`;
      if (duty.tier === 'very large online platform or search engine' && service.designation) {
        from = service.designation.section5From;
        why += `; Section 5 applies from four months after the notification of ${service.designation.notified}`;
      } else if (
        service.designation &&
        from === DSA_APPLICATION_DATE &&
        service.designation.section5From < from
      ) {
        from = service.designation.section5From;
        why += `; as a designated service, from ${from} (Art. 92: ${ANTICIPATED_APPLICATION_CITATION.provision})`;
      }
      if (representative) why += '; the provider has no establishment in the Union';
      let state: ApplicableObligation['status'] = statusOn(asOf, from);
      if (duty.exclusion) {
        const exclusion = microSmallExclusion(
          duty.exclusion,
          size,
          service.veryLarge || service.designation !== null,
          asOf,
        );
        if (exclusion.excluded) {
          state = 'excluded';
          why += `; excluded: ${microSmallExclusionRule(exclusion.step.inputs ?? {})}`;
        }
      }
      obligations.push({
        ...applicable(duty, { appliesFrom: from, service: service.name, status: state, why }),
        exclusion: duty.exclusion,
      } as ApplicableObligation);
    }
  }
  return { obligations, steps };
}
