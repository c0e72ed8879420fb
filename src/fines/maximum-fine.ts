import { z } from 'zod';
import type { Citation } from '../core/citation.js';
import type { IsoDate } from '../core/dates.js';
import { Decimal } from '../core/decimal.js';
import { NotApplicableError, NotInForceError } from '../core/errors.js';
import { formatMoney, type SerializedMoney } from '../core/money.js';
import type { Step } from '../core/steps.js';
import { parseInput } from '../core/validation.js';
import { aiActApplication, type HighRiskAnnex } from '../law/ai-act/application.js';
import { AI_ACT_AMENDMENT } from '../law/ai-act/regulation.js';
import { dma } from '../law/dma/regulation.js';
import { previousSameInfringement } from '../law/dma/rules/repeat-infringement.js';
import { dsa } from '../law/dsa/regulation.js';
import { dsaServices } from '../law/dsa/rules/services.js';
import { ACTS, actModule, provisionById, provisionForArticle, REGIMES, type Regime } from '../law/index.js';
import { classifyNis2Entity } from '../law/nis2/rules/entity-class.js';
import { parseProfile } from '../profile/parse.js';
import type { CompanyProfile } from '../profile/schema.js';
import { computeLegalMaximum, type LegalMaximum } from './legal-maximum.js';
import { commonOptionsShape } from './options.js';

export interface InfringedArticle {
  readonly input: string;
  readonly article: string;
  readonly provision: string;
  readonly points: readonly string[];
  readonly subject: string;
}

export interface MaximumFine {
  readonly regime: Regime;
  readonly asOf: IsoDate;
  /**
   * Whether the infringements concern the same or linked processing operations (GDPR Art. 83(3));
   * always false for the acts that have no such rule.
   */
  readonly linked: boolean;
  readonly infringements: readonly InfringedArticle[];
  /** The cap of each provision infringed (linked) or of each infringement (not linked). */
  readonly caps: readonly LegalMaximum[];
  /** The provision with the highest cap: the gravest infringement of Art. 83(3). */
  readonly gravestInfringement: string;
  /** The total maximum, or null where national law sets it (public authorities). */
  readonly amount: SerializedMoney | null;
  readonly citation: Citation;
  readonly steps: readonly Step[];
}

export const maximumFineArgs = z
  .object({
    ...commonOptionsShape,
    regime: z.enum(REGIMES as [Regime, ...Regime[]]),
    articles: z.array(z.string().min(1).max(120)).min(1, 'name at least one infringed article').max(200),
    linked: z.boolean().optional(),
    /** AI Act Art. 99(6): whether the offender is an SME; derived from the profile when absent. */
    sme: z.boolean().optional(),
    /** AI Act Art. 99(6a): whether the offender is a small mid-cap enterprise; derived when absent. */
    smc: z.boolean().optional(),
    /**
     * AI Act: whether the high-risk system is one of Art. 6(1) and Annex I (products) or of Art. 6(2)
     * and Annex III; it decides when Chapter III Sections 1-3 apply (Art. 113 as amended).
     */
    highRiskAnnex: z.enum(['I', 'III']).optional(),
    /** DMA Art. 30(2): the core platform service concerned, to match earlier decisions. */
    service: z.string().min(1).max(300).optional(),
  })
  .strict()
  .superRefine((args, ctx) => {
    if (args.linked !== undefined && !LINKING_REGIMES.has(args.regime)) {
      ctx.addIssue({
        code: 'custom',
        path: ['linked'],
        message: `the ${args.regime} has no rule like GDPR Art. 83(3) for linked infringements; leave linked out`,
      });
    }
  });

/** The acts with a single cap for infringements in the same or linked operations (GDPR Art. 83(3)). */
export const LINKING_REGIMES: ReadonlySet<Regime> = new Set(
  ACTS.filter((a) => a.linkedInfringements).map((a) => a.regime),
);

const REPEAT_CITATION = dma('Art. 30(2)');

/**
 * The provision an infringement falls under for this company: the act's map, then the facts the
 * map cannot know (NIS2: essential or important entity; DMA: a repeat of an earlier decision).
 */
function provisionFor(
  regime: Regime,
  resolved: InfringedArticle,
  profile: CompanyProfile,
  asOf: IsoDate,
  service: string | undefined,
  steps: Step[],
  nis2: () => ReturnType<typeof classifyNis2Entity>,
): string {
  if (regime === 'NIS2') {
    const entity = nis2();
    if (entity.finedUnder) return entity.finedUnder;
    if (entity.displacedBy) {
      throw new NotApplicableError(
        resolved.input,
        `NIS2 Art. 4(1): for a ${entity.displacedBy.entity}, ${entity.displacedBy.act} replaces NIS2's Arts 21 and 23 and its enforcement (Chapter VII, Art. 34) from ${entity.displacedBy.from}`,
      );
    }
    steps.push({
      label: 'NIS2 entity class',
      value: entity.entity,
      rule: 'the profile does not show an essential or important entity; the cap of an essential entity (Art. 34(4)) is shown',
      severity: 'warning',
    });
    return resolved.provision;
  }
  if (regime === 'DSA') return dsaProvisionFor(resolved, profile, asOf, steps);
  if (regime === 'DMA' && resolved.provision === 'DMA 30(1)' && resolved.points.includes('30(1)(a)')) {
    const earlier = previousSameInfringement(profile, resolved.input, asOf, service);
    if (earlier) {
      steps.push({
        label: `Repeat infringement of ${resolved.article}`,
        value: earlier.date,
        rule: `a non-compliance decision of ${earlier.date}${earlier.decision ? ` (${earlier.decision})` : ''} found the same infringement within the 8 years before ${asOf}: up to 20 %`,
        citation: REPEAT_CITATION,
      });
      return 'DMA 30(2)';
    }
  }
  return resolved.provision;
}

/**
 * DSA: the Commission fines only providers of designated very large online platforms and search
 * engines (Art. 74(1), Art. 56(2)-(3)), and for them any obligation of the Regulation; every other
 * provider falls under the Member States' penalties of Art. 52(3), and the duties of Chapter III
 * Section 5 (Arts 34-43) are not its duties at all.
 */
function dsaProvisionFor(
  resolved: InfringedArticle,
  profile: CompanyProfile,
  asOf: IsoDate,
  steps: Step[],
): string {
  if (resolved.provision === 'DSA 74(2)') return resolved.provision;
  const services = dsaServices(profile, asOf);
  if (services.veryLarge) {
    if (resolved.provision !== 'DSA 74(1)') {
      steps.push({
        label: `${resolved.article}: a designated very large online platform or search engine`,
        value: 'DSA 74(1)',
        rule: 'the Commission has the powers to supervise and enforce every obligation of the Regulation against such a provider (Art. 56(3)) and fines it under Art. 74(1); a Digital Services Coordinator may instead apply the national penalties of Art. 52(3) only while the Commission has not initiated proceedings for the same infringement (Art. 56(4))',
        citation: dsa('Art. 56(3)-(4)'),
      });
    }
    return 'DSA 74(1)';
  }
  if (resolved.provision === 'DSA 74(1)') {
    if (resolved.points.includes('74(1)(a)')) {
      throw new NotApplicableError(
        resolved.input,
        `${resolved.article} is a duty of providers of designated very large online platforms and search engines (Chapter III, Section 5); the profile shows no service designated on ${asOf} (Art. 33(4), 92)`,
      );
    }
    throw new NotApplicableError(
      resolved.input,
      `the Commission imposes Art. 74(1) fines only on providers of designated very large online platforms and search engines; the profile shows none on ${asOf}`,
    );
  }
  return resolved.provision;
}

/**
 * AI Act: an obligation cannot be infringed before its article applies (Art. 113, as adopted and as
 * amended by Regulation (EU) 2026/1744).
 */
function checkAiActApplication(
  resolved: InfringedArticle,
  asOf: IsoDate,
  annex: HighRiskAnnex | undefined,
  steps: Step[],
): void {
  const application = aiActApplication(resolved.input, asOf, annex);
  if (!application) return;
  if (asOf < application.from) {
    throw new NotInForceError(
      `${resolved.article} (${application.part}; Art. 113 ${application.version})`,
      asOf,
      application.from,
      null,
    );
  }
  const parsed = application.part.startsWith('Chapter IV') ? resolved.input.replace(/\s/g, '') : '';
  if (/50\(2\)/.test(parsed) && asOf >= AI_ACT_AMENDMENT.entryIntoForce && asOf < '2026-12-02') {
    steps.push({
      label: 'Art. 50(2): systems already on the market',
      value: '2026-12-02',
      rule: 'for a system generating synthetic content placed on the market before 2 August 2026, the marking duty of Art. 50(2) applies only from 2 December 2026 (Art. 111(4), inserted by Regulation (EU) 2026/1744)',
      citation: application.citation,
      severity: 'warning',
    });
  }
  steps.push({
    label: `${resolved.article} applies`,
    value: application.from,
    rule: `${application.part} applies from ${application.from} (Art. 113 ${application.version})${application.annexAssumed ? '; the date read is the earlier one, for Annex III systems: pass highRiskAnnex: "I" for a product of Annex I, whose date is 2 August 2028' : ''}`,
    citation: application.citation,
    ...(application.annexAssumed || application.citation.celex === AI_ACT_AMENDMENT.celex
      ? { severity: 'warning' as const }
      : {}),
  });
}

/**
 * The maximum total fine for one or several infringed articles. Linked infringements (the same or
 * linked processing operations, Art. 83(3)) share the cap of the gravest one; separate
 * infringements each have their own cap, and the total is their sum.
 */
export function maximumFine(args: unknown): MaximumFine {
  const input = parseInput(maximumFineArgs, args, 'maximumFine arguments');
  const profile = parseProfile(input.profile);
  const steps: Step[] = [];
  let nis2: ReturnType<typeof classifyNis2Entity> | undefined;
  const classify = () => {
    if (!nis2) {
      nis2 = classifyNis2Entity(profile, input.asOf, input.fx);
      steps.push(...nis2.steps);
    }
    return nis2;
  };
  const infringements: InfringedArticle[] = input.articles.map((reference) => {
    const resolved = provisionForArticle(input.regime, reference);
    const mapped: InfringedArticle = {
      input: reference,
      article: `${input.regime} ${resolved.article.normalized}`,
      provision: resolved.provision,
      points: resolved.points,
      subject: resolved.subject,
    };
    if (input.regime === 'AI Act') checkAiActApplication(mapped, input.asOf, input.highRiskAnnex, steps);
    const provision = provisionFor(input.regime, mapped, profile, input.asOf, input.service, steps, classify);
    steps.push({
      label: `Infringement of ${mapped.article}`,
      value: provision,
      rule: `listed in Art. ${mapped.points.join(' and Art. ')} (${mapped.subject})`,
      citation: provisionById(provision).versions[0]?.citation,
    });
    return { ...mapped, provision };
  });
  const linkingRule = actModule(input.regime).linkedInfringements;
  const linking = linkingRule !== undefined;
  const linked = linking ? (input.linked ?? true) : false;
  if (!linking && infringements.length > 1) {
    const shared = [...new Set(infringements.map((i) => i.provision))].filter(
      (id) =>
        provisionById(id).cumulation.rule === 'per decision' &&
        infringements.filter((i) => i.provision === id).length > 1,
    );
    for (const id of shared) {
      const cumulation = provisionById(id).cumulation;
      steps.push({
        label: `Several infringements in one decision under ${id}`,
        value: 'one maximum',
        rule: `${id} bounds the fines imposed in the decision, not each infringement: the ${infringements.filter((i) => i.provision === id).length} infringements found together share one maximum`,
        citation: cumulation.citation,
      });
    }
    const separate = infringements.filter(
      (i) => provisionById(i.provision).cumulation.rule === 'per infringement',
    );
    if (
      separate.length > 1 ||
      (separate.length > 0 && shared.length > 0) ||
      new Set(infringements.map((i) => i.provision)).size > 1
    ) {
      steps.push({
        label: 'Several infringements',
        value: 'separate caps',
        rule: `the ${input.regime} has no rule like GDPR Art. 83(3) capping several infringements at the gravest: ${shared.length > 0 ? 'each decision-level maximum and each other infringement count once' : 'each has its own maximum'}, and the total shown is their sum`,
        citation: (separate[0]
          ? provisionById(separate[0].provision)
          : provisionById(infringements[0]?.provision as string)
        ).cumulation.citation,
      });
    }
  }
  if (linking && input.linked === undefined) {
    steps.push({
      label: 'Linked processing operations',
      value: 'assumed',
      rule: 'you did not say whether the infringements concern the same or linked processing operations; they are taken to, so Art. 83(3) applies. Pass linked: false for separate processing operations.',
      citation: linkingRule,
      severity: 'warning',
    });
  }
  const perDecision = (id: string) => provisionById(id).cumulation.rule === 'per decision';
  const provisionsInOrder = linked
    ? [...new Set(infringements.map((i) => i.provision))]
    : infringements
        .map((i) => i.provision)
        .filter((id, index, all) => !perDecision(id) || all.indexOf(id) === index);
  const caps = provisionsInOrder.map((id) =>
    computeLegalMaximum(
      profile,
      provisionById(id),
      input.asOf,
      input.fx,
      input.turnover,
      input.sme,
      input.smc,
    ),
  );
  const nationalLaw = caps.some((c) => c.amount === null);
  let gravestIndex = 0;
  caps.forEach((cap, index) => {
    const best = caps[gravestIndex]?.amount;
    if (cap.amount && best && new Decimal(cap.amount.amount).greaterThan(best.amount)) gravestIndex = index;
  });
  const gravest = caps[gravestIndex] as LegalMaximum;
  let amount: SerializedMoney | null = null;
  if (!nationalLaw) {
    if (linked) {
      amount = gravest.amount;
      steps.push({
        label: 'Gravest infringement',
        value: gravest.provision,
        rule: 'the provision with the highest maximum among those infringed',
        citation: linkingRule,
      });
      steps.push({
        label: 'Maximum total fine (Art. 83(3))',
        value: amount,
        rule: `the total for the same or linked processing operations may not exceed the maximum for the gravest infringement, ${amount ? formatMoney(amount) : ''}`,
        citation: linkingRule,
      });
    } else {
      const sum = caps.reduce((total, cap) => total.plus(cap.amount?.amount ?? '0'), new Decimal(0));
      amount = { amount: sum.toFixed(), currency: (gravest.amount as SerializedMoney).currency };
      steps.push({
        label: 'Maximum total fine (separate infringements)',
        value: amount,
        rule: `${linking ? 'separate processing operations: ' : ''}each infringement has its own cap, ${caps.map((c) => (c.amount ? formatMoney(c.amount) : '')).join(' + ')}`,
        ...(linkingRule ? { citation: linkingRule } : {}),
      });
    }
  } else {
    steps.push({
      label: 'Maximum total fine',
      value: null,
      rule: 'set by national law for public authorities and bodies',
      severity: 'warning',
    });
  }
  return {
    regime: input.regime,
    asOf: input.asOf,
    linked,
    infringements,
    caps,
    gravestInfringement: gravest.provision,
    amount,
    citation: linkingRule ?? gravest.citation,
    steps,
  };
}
