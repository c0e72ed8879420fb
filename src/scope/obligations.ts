import { profileOnDateArgs } from '../core/arguments.js';
import type { IsoDate } from '../core/dates.js';
import type { ConversionOptions } from '../core/fx/convert.js';
import type { Step } from '../core/steps.js';
import { parseInput } from '../core/validation.js';
import { DMA_OBLIGATIONS } from '../law/dma/obligations.js';
import { assessGatekeeper } from '../law/dma/rules/gatekeeper.js';
import { DSA_OBLIGATIONS, DSA_TIER_INCLUDES, type DsaTier } from '../law/dsa/obligations.js';
import { ANTICIPATED_APPLICATION_CITATION, DSA_APPLICATION_DATE } from '../law/dsa/regulation.js';
import { microSmallExclusion } from '../law/dsa/rules/micro-small-exclusion.js';
import { dsaServices } from '../law/dsa/rules/services.js';
import { computeEnterpriseSize } from '../law/eu-sme/enterprise-size.js';
import { gdprDuties } from '../law/gdpr/obligations.js';
import type { TransferAssessment } from '../law/gdpr/rules/art-44-transfers.js';
import { NIS2_DUTIES, NIS2_DUTIES_FROM } from '../law/nis2/obligations.js';
import { classifyNis2Entity } from '../law/nis2/rules/entity-class.js';
import { obligationId } from '../law/obligation-catalogue.js';
import type { Obligation } from '../law/types.js';
import { inUnion } from '../law/union/membership.js';
import { parseProfile } from '../profile/parse.js';
import type { CompanyProfile } from '../profile/schema.js';

export interface ApplicableObligation extends Obligation {
  /** The obligation's stable id, "GDPR Art. 30", as a posture refers to it. */
  readonly id: string;
  /** The service it concerns, for duties attached to a service (DSA, DMA). */
  readonly service: string | null;
  /**
   * `applies` on `asOf`; `not yet`: applies from a later date; `excluded` by an exemption (DSA micro
   * and small enterprises, GDPR Art. 30(5)); `does not apply`: the article's condition is not met
   * (no consent relied on, no transfer); `undetermined`: the profile lacks a fact the rule needs,
   * named in `needs`.
   */
  readonly status: 'applies' | 'not yet' | 'excluded' | 'does not apply' | 'undetermined';
  /** Why it applies (or not) to this company. */
  readonly why: string;
  /** The profile fields that would settle an undetermined answer. */
  readonly needs: readonly string[];
  /** GDPR Art. 44: each transfer and the Chapter V tool it rests on. */
  readonly transfers?: readonly TransferAssessment[];
}

export interface ObligationsResult {
  readonly asOf: IsoDate;
  readonly obligations: readonly ApplicableObligation[];
  readonly steps: readonly Step[];
}

/** What a duty says of itself: enough for the obligation, whatever act it comes from. */
type Duty = Pick<Obligation, 'regime' | 'article' | 'title' | 'citation'> &
  Partial<Pick<Obligation, 'tier' | 'appliesFrom' | 'finedUnder'>>;

/** Obligation ids, built once per duty rather than once per company. */
const ids = new WeakMap<Duty, string>();
function idOf(duty: Duty): string {
  let id = ids.get(duty);
  if (id === undefined) {
    id = obligationId(duty);
    ids.set(duty, id);
  }
  return id;
}

/**
 * An obligation as it applies to one company, built field by field: spreading the duty and then
 * overwriting its date (or an object rest) sends V8 down a slow path that cost a batch most of its
 * time. What the company changes (tier, date, provision) overrides what the act says.
 */
function applicable(
  duty: Duty,
  here: {
    readonly appliesFrom?: IsoDate;
    readonly tier?: string;
    readonly finedUnder?: string;
    readonly service: string | null;
    readonly status: ApplicableObligation['status'];
    readonly why: string;
    readonly needs?: readonly string[];
  },
): ApplicableObligation {
  return {
    regime: duty.regime,
    article: duty.article,
    title: duty.title,
    tier: (here.tier ?? duty.tier) as string,
    appliesFrom: (here.appliesFrom ?? duty.appliesFrom) as IsoDate,
    finedUnder: (here.finedUnder ?? duty.finedUnder) as string,
    citation: duty.citation,
    id: idOf(duty),
    service: here.service,
    status: here.status,
    why: here.why,
    needs: here.needs ?? [],
  };
}

function status(asOf: IsoDate, from: IsoDate): 'applies' | 'not yet' {
  return asOf >= from ? 'applies' : 'not yet';
}

/**
 * The obligations of the GDPR (Arts 5 to 49), the DSA (Arts 11 to 43), the DMA (Arts 5 to 7) and NIS2 (Arts 21 and 23) that
 * apply to the company on `asOf`, each with its article, why it applies, the date it applies from
 * for this company, and the fine provision its breach falls under. Duties that apply later, or
 * that an exemption lifts, are listed with that status.
 */
export function obligationsFor(input: unknown): ObligationsResult {
  const { profile: raw, asOf, fx } = parseInput(profileOnDateArgs, input, 'obligationsFor arguments');
  const result = obligationsOf(parseProfile(raw), asOf, fx);
  // A copy: the memo keeps the original, which the caller may not change.
  return { asOf: result.asOf, obligations: [...result.obligations], steps: [...result.steps] };
}

/** Results by parsed profile (frozen, so the same object means the same facts), date and rates. */
const memo = new WeakMap<
  CompanyProfile,
  { asOf: IsoDate; fx: ConversionOptions; result: ObligationsResult }[]
>();

/**
 * obligationsFor on a parsed profile, remembered per profile object: estimateExposure, riskScore
 * and gapAnalysis ask it for the same vendor in one batch row, and it need be worked out once.
 */
export function obligationsOf(
  profile: CompanyProfile,
  asOf: IsoDate,
  fx: ConversionOptions,
): ObligationsResult {
  const seen = memo.get(profile);
  const hit = seen?.find((e) => e.asOf === asOf && e.fx === fx);
  if (hit) return hit.result;
  const result = computeObligations(profile, asOf, fx);
  if (seen) {
    if (seen.length >= 8) seen.shift();
    seen.push({ asOf, fx, result });
  } else memo.set(profile, [{ asOf, fx, result }]);
  return result;
}

function computeObligations(
  profile: CompanyProfile,
  asOf: IsoDate,
  fx: ConversionOptions,
): ObligationsResult {
  const steps: Step[] = [];
  const obligations: ApplicableObligation[] = [];

  // GDPR: the duties of Arts 5 to 49 by role, territorial scope and each article's conditions.
  const gdpr = gdprDuties(profile, asOf);
  steps.push(...gdpr.steps);
  for (const answer of gdpr.duties) {
    const obligation = applicable(answer.duty, {
      tier: answer.roles.join(' and '),
      service: null,
      status: answer.status,
      why: answer.why,
      needs: answer.needs,
    });
    obligations.push(answer.transfers ? { ...obligation, transfers: answer.transfers } : obligation);
  }

  // DSA: per service, by tier, designation and the micro and small enterprise exclusions.
  const dsa = dsaServices(profile, asOf);
  steps.push(...dsa.steps);
  const establishedInUnion = profile.establishments.some((e) => inUnion(e.country, asOf));
  const size = dsa.services.some((s) => s.tier !== null) ? computeEnterpriseSize(profile, asOf, fx) : null;
  if (size) steps.push(...size.steps);
  for (const service of dsa.services) {
    if (!service.tier || !size) continue;
    const tiers: DsaTier[] = [...DSA_TIER_INCLUDES[service.tier]];
    if (service.designation) tiers.push('very large online platform or search engine');
    for (const duty of DSA_OBLIGATIONS) {
      if (!tiers.includes(duty.tier)) continue;
      if (duty.article === 'Art. 13' && establishedInUnion) continue;
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
      obligations.push({
        ...applicable(duty, { appliesFrom: from, service: service.name, status: state, why }),
        exclusion: duty.exclusion,
      } as ApplicableObligation);
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
        ...applicable(duty, {
          appliesFrom: from,
          service: service.name,
          status: status(asOf, from),
          why: `${service.name} (${service.service}) is listed in the designation decision of ${service.designated.date}; Arts 5 to 7 apply within six months (Art. 3(10))`,
        }),
        services: duty.services,
      } as ApplicableObligation);
    }
  }

  // NIS2: essential and important entities.
  if (profile.sector !== undefined) {
    const entity = classifyNis2Entity(profile, asOf, fx);
    steps.push(...entity.steps);
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
            status: status(asOf, NIS2_DUTIES_FROM),
            why: `an ${entity.entity} entity of the ${entity.sector} sector (Annex ${entity.annex}); the Directive applies through national law from 18 October 2024`,
          }),
        );
      }
    }
  }
  return { asOf, obligations, steps };
}
