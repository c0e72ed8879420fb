import * as z from 'zod';
import type { Citation } from '../core/citation.js';
import type { IsoDate } from '../core/dates.js';
import { Decimal } from '../core/decimal.js';
import { NotApplicableError } from '../core/errors.js';
import type { SerializedMoney } from '../core/money.js';
import { explainOption, stepsKept, type Trace } from '../core/steps.js';
import { parseInput } from '../core/validation.js';
import type { InfringementContext } from '../law/act-module.js';
import { provisionById, provisionForArticle } from '../law/index.js';
import { ACTS, actModule, REGIMES, type Regime } from '../law/registry.js';
import { actContext } from '../profile/act-context.js';
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
  readonly steps: readonly Trace[];
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
    explain: explainOption,
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

/**
 * The maximum total fine for one or several infringed articles. Linked infringements (the same or
 * linked processing operations, Art. 83(3)) share the cap of the gravest one; separate
 * infringements each have their own cap, and the total is their sum.
 */
export function maximumFine(args: unknown): MaximumFine {
  return maximumFineOf(parseInput(maximumFineArgs, args, 'maximumFine arguments'));
}

/** maximumFine's arguments, parsed: what the library's own callers give the engine. */
export type MaximumFineInput = z.output<typeof maximumFineArgs>;

/** The engine of maximumFine, on parsed arguments: the library's own callers use it, never re-validating. */
export function maximumFineOf(input: MaximumFineInput): MaximumFine {
  return maximumFineFor(input, null) as MaximumFine;
}

/** An article left out of a maximum: the company cannot be fined for it, in the words of NotApplicableError. */
export interface LeftOutArticle {
  readonly reference: string;
  readonly message: string;
}

/**
 * The maximum for the articles the company can be fined for, the others left out and said why
 * (the estimate trims a default scenario so: a smaller platform has not a very large one's duties);
 * `maximum` is null when none is left.
 */
export function maximumFineLeavingOut(input: MaximumFineInput): {
  readonly maximum: MaximumFine | null;
  readonly leftOut: readonly LeftOutArticle[];
} {
  const leftOut: LeftOutArticle[] = [];
  return { maximum: maximumFineFor(input, leftOut), leftOut };
}

/** What an act's `provisionFor` reads about the company, each derived fact worked out once. */
function infringementContext(profile: CompanyProfile, input: MaximumFineInput): InfringementContext {
  const kept = new Map<string, unknown>();
  // Written out, not spread: this runs for every estimate of every row of a batch.
  const base = actContext(profile, input.asOf, input.fx);
  return {
    asOf: base.asOf,
    fx: base.fx,
    size: base.size,
    service: input.service,
    highRiskAnnex: input.highRiskAnnex,
    once: <T>(key: string, compute: () => T): T => {
      if (!kept.has(key)) kept.set(key, compute());
      return kept.get(key) as T;
    },
  };
}

/**
 * Each article through the act's article map and its `provisionFor` (the fine provision for this
 * company); one it cannot be fined for goes to `leftOut` where it is given, and is a
 * NotApplicableError where not.
 */
function infringedArticles(
  input: MaximumFineInput,
  profile: CompanyProfile,
  steps: Trace[],
  leftOut: LeftOutArticle[] | null,
): InfringedArticle[] {
  const act = actModule(input.regime);
  const context = infringementContext(profile, input);
  const infringements: InfringedArticle[] = [];
  for (const reference of input.articles) {
    const resolved = provisionForArticle(input.regime, reference);
    const mapped: InfringedArticle = {
      input: reference,
      article: `${input.regime} ${resolved.article.normalized}`,
      provision: resolved.provision,
      points: resolved.points,
      subject: resolved.subject,
    };
    const provision = act.provisionFor ? act.provisionFor(mapped, profile, context, steps) : mapped.provision;
    if (typeof provision !== 'string') {
      if (!leftOut) throw new NotApplicableError(reference, provision.notFinable);
      leftOut.push({ reference, message: NotApplicableError.messageFor(reference, provision.notFinable) });
      continue;
    }
    steps.push({
      id: 'maximum-fine.infringement',
      value: provision,
      citation: provisionById(provision).versions[0]?.citation,
      inputs: Object.freeze({ article: mapped.article, points: mapped.points, subject: mapped.subject }),
    });
    infringements.push({
      input: mapped.input,
      article: mapped.article,
      provision,
      points: mapped.points,
      subject: mapped.subject,
    });
  }
  return infringements;
}

const perDecision = (id: string) => provisionById(id).cumulation.rule === 'per decision';

/**
 * Acts without a rule like GDPR Art. 83(3): a provision that bounds the fines of one decision
 * (per decision) is one maximum for all its infringements; the others add up.
 */
function cumulationSteps(regime: Regime, infringements: readonly InfringedArticle[], steps: Trace[]): void {
  if (infringements.length < 2) return;
  const provisions = new Set(infringements.map((i) => i.provision));
  const shared = [...provisions].filter(
    (id) => perDecision(id) && infringements.filter((i) => i.provision === id).length > 1,
  );
  for (const id of shared) {
    steps.push({
      id: 'maximum-fine.several-in-one-decision',
      value: 'one maximum',
      citation: provisionById(id).cumulation.citation,
      inputs: Object.freeze({
        provision: id,
        count: infringements.filter((i) => i.provision === id).length,
      }),
    });
  }
  const separate = infringements.filter(
    (i) => provisionById(i.provision).cumulation.rule === 'per infringement',
  );
  if (separate.length > 1 || (separate.length > 0 && shared.length > 0) || provisions.size > 1) {
    steps.push({
      id: 'maximum-fine.several-infringements',
      value: 'separate caps',
      citation: provisionById((separate[0] ?? infringements[0])?.provision as string).cumulation.citation,
      inputs: Object.freeze({ act: regime, decisionLevel: shared.length > 0 }),
    });
  }
}

/** The provisions whose maxima make the total: each once where linked (or per decision), each infringement's otherwise. */
function capsOf(
  profile: CompanyProfile,
  input: MaximumFineInput,
  infringements: readonly InfringedArticle[],
  linked: boolean,
): LegalMaximum[] {
  const provisionsInOrder = linked
    ? [...new Set(infringements.map((i) => i.provision))]
    : infringements
        .map((i) => i.provision)
        .filter((id, index, all) => !perDecision(id) || all.indexOf(id) === index);
  return provisionsInOrder.map((id) =>
    computeLegalMaximum(profile, provisionById(id), input.asOf, input.fx, input.turnover, {
      sme: input.sme,
      smc: input.smc,
      explain: input.explain,
    }),
  );
}

/** The first of the highest maxima: the gravest infringement. */
function gravestOf(caps: readonly LegalMaximum[]): LegalMaximum {
  let gravestIndex = 0;
  caps.forEach((cap, index) => {
    const best = caps[gravestIndex]?.amount;
    if (cap.amount && best && new Decimal(cap.amount.amount).greaterThan(best.amount)) gravestIndex = index;
  });
  return caps[gravestIndex] as LegalMaximum;
}

/**
 * The maximum total: the gravest infringement's where linked (GDPR Art. 83(3)), the sum of the
 * caps where not, and national law's for a public body.
 */
function totalOf(
  caps: readonly LegalMaximum[],
  gravest: LegalMaximum,
  linked: boolean,
  linkingRule: Citation | undefined,
  steps: Trace[],
): SerializedMoney | null {
  if (caps.some((c) => c.amount === null)) {
    steps.push({
      id: 'maximum-fine.total',
      value: null,
      severity: 'warning',
    });
    return null;
  }
  if (linked) {
    const amount = gravest.amount;
    steps.push({
      id: 'maximum-fine.gravest',
      value: gravest.provision,
      citation: linkingRule,
    });
    steps.push({
      id: 'maximum-fine.total-linked',
      value: amount,
      citation: linkingRule,
      inputs: Object.freeze({ amount: amount?.amount ?? null, currency: amount?.currency ?? null }),
    });
    return amount;
  }
  const sum = caps.reduce((total, cap) => total.plus(cap.amount?.amount ?? '0'), new Decimal(0));
  const amount: SerializedMoney = {
    amount: sum.toFixed(),
    currency: (gravest.amount as SerializedMoney).currency,
  };
  steps.push({
    id: 'maximum-fine.total-separate',
    value: amount,
    ...(linkingRule ? { citation: linkingRule } : {}),
    inputs: Object.freeze({
      separateOperations: linkingRule !== undefined,
      caps: caps.map((c) => c.amount?.amount ?? ''),
      currencies: caps.map((c) => c.amount?.currency ?? ''),
    }),
  });
  return amount;
}

/** Not-finable articles go to `leftOut` where it is given, and are a NotApplicableError where not. */
function maximumFineFor(input: MaximumFineInput, leftOut: LeftOutArticle[] | null): MaximumFine | null {
  const profile = parseProfile(input.profile);
  const steps: Trace[] = stepsKept<Trace>(input.explain);
  const infringements = infringedArticles(input, profile, steps, leftOut);
  if (infringements.length === 0) return null;
  const linkingRule = actModule(input.regime).linkedInfringements;
  const linked = linkingRule !== undefined ? (input.linked ?? true) : false;
  if (linkingRule === undefined) cumulationSteps(input.regime, infringements, steps);
  if (linkingRule !== undefined && input.linked === undefined) {
    steps.push({
      id: 'maximum-fine.linked',
      value: 'assumed',
      citation: linkingRule,
      severity: 'warning',
    });
  }
  const caps = capsOf(profile, input, infringements, linked);
  const gravest = gravestOf(caps);
  const amount = totalOf(caps, gravest, linked, linkingRule, steps);
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
