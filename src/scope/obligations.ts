import { profileOnDateArgs } from '../core/arguments.js';
import type { IsoDate } from '../core/dates.js';
import type { Step } from '../core/steps.js';
import { parseInput } from '../core/validation.js';
import { DMA_OBLIGATIONS } from '../law/dma/obligations.js';
import { DSA_OBLIGATIONS, DSA_TIER_INCLUDES, type DsaTier } from '../law/dsa/obligations.js';
import { ANTICIPATED_APPLICATION_CITATION, DSA_APPLICATION_DATE } from '../law/dsa/regulation.js';
import { nis2 } from '../law/nis2/directive.js';
import type { Obligation } from '../law/types.js';
import { computeEnterpriseSize } from '../profile/enterprise-size.js';
import { parseProfile } from '../profile/parse.js';
import { assessGatekeeper } from './dma.js';
import { dsaServices, microSmallExclusion } from './dsa.js';
import { EU_MEMBER_STATES } from './eu.js';
import { classifyNis2Entity } from './nis2.js';

export interface ApplicableObligation extends Obligation {
  /** The service it concerns, for duties attached to a service (DSA, DMA). */
  readonly service: string | null;
  /** `applies` on `asOf`; `not yet`: applies from a later date; `excluded` by an exemption. */
  readonly status: 'applies' | 'not yet' | 'excluded';
  /** Why it applies (or not) to this company. */
  readonly why: string;
}

export interface ObligationsResult {
  readonly asOf: IsoDate;
  readonly obligations: readonly ApplicableObligation[];
  readonly steps: readonly Step[];
}

function status(asOf: IsoDate, from: IsoDate): 'applies' | 'not yet' {
  return asOf >= from ? 'applies' : 'not yet';
}

const NIS2_DUTIES = [
  {
    article: 'Art. 21',
    title:
      'Take appropriate and proportionate technical, operational and organisational cybersecurity risk-management measures',
  },
  {
    article: 'Art. 23',
    title:
      'Notify significant incidents: early warning within 24 hours, incident notification within 72 hours, final report within one month',
  },
] as const;

/**
 * The obligations of the DSA (Arts 11 to 43), the DMA (Arts 5 to 7) and NIS2 (Arts 21 and 23) that
 * apply to the company on `asOf`, each with its article, why it applies, the date it applies from
 * for this company, and the fine provision its breach falls under. Duties that apply later, or
 * that an exemption lifts, are listed with that status.
 */
export function obligationsFor(input: unknown): ObligationsResult {
  const { profile: raw, asOf, fx } = parseInput(profileOnDateArgs, input, 'obligationsFor arguments');
  const profile = parseProfile(raw);
  const steps: Step[] = [];
  const obligations: ApplicableObligation[] = [];

  // DSA: per service, by tier, designation and the micro and small enterprise exclusions.
  const dsa = dsaServices(profile, asOf);
  steps.push(...dsa.steps);
  const inUnion = profile.establishments.some((e) => EU_MEMBER_STATES.has(e.country));
  const size = dsa.services.some((s) => s.tier !== null) ? computeEnterpriseSize(profile, asOf, fx) : null;
  if (size) steps.push(...size.steps);
  for (const service of dsa.services) {
    if (!service.tier || !size) continue;
    const tiers: DsaTier[] = [...DSA_TIER_INCLUDES[service.tier]];
    if (service.designation) tiers.push('very large online platform or search engine');
    for (const duty of DSA_OBLIGATIONS) {
      if (!tiers.includes(duty.tier)) continue;
      if (duty.article === 'Art. 13' && inUnion) continue;
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
      if (duty.article === 'Art. 13') why += '; the provider has no establishment in the Union';
      let state: ApplicableObligation['status'] = status(asOf, from);
      if (duty.exclusion) {
        const exclusion = microSmallExclusion(
          duty.exclusion,
          size,
          service.veryLarge || service.designation !== null,
          asOf,
        );
        if (exclusion.excluded) {
          state = 'excluded';
          why += `; excluded: ${exclusion.step.rule}`;
        }
      }
      obligations.push({ ...duty, appliesFrom: from, service: service.name, status: state, why });
    }
  }

  // DMA: the obligations of Arts 5 to 7 for each designated core platform service.
  const gatekeeper = assessGatekeeper(profile, asOf, fx);
  if (gatekeeper.services.length > 0) steps.push(...gatekeeper.steps);
  for (const service of gatekeeper.services) {
    if (!service.designated) continue;
    for (const duty of DMA_OBLIGATIONS) {
      if (duty.services && !duty.services.includes(service.service)) continue;
      const from = service.designated.obligationsFrom;
      obligations.push({
        ...duty,
        appliesFrom: from,
        service: service.name,
        status: status(asOf, from),
        why: `${service.name} (${service.service}) is listed in the designation decision of ${service.designated.date}; Arts 5 to 7 apply within six months (Art. 3(10))`,
      });
    }
  }

  // NIS2: essential and important entities.
  if (profile.sector !== undefined) {
    const entity = classifyNis2Entity(profile, asOf, fx);
    steps.push(...entity.steps);
    if (entity.finedUnder) {
      for (const duty of NIS2_DUTIES) {
        obligations.push({
          regime: 'NIS2',
          article: duty.article,
          title: duty.title,
          tier: `${entity.entity} entity`,
          appliesFrom: '2024-10-18',
          finedUnder: entity.finedUnder,
          citation: nis2(duty.article),
          service: null,
          status: status(asOf, '2024-10-18'),
          why: `an ${entity.entity} entity of the ${entity.sector} sector (Annex ${entity.annex}); the Directive applies through national law from 18 October 2024`,
        });
      }
    }
  }
  return { asOf, obligations, steps };
}
