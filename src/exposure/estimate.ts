import * as z from 'zod';
import { profileOnDateShape } from '../core/arguments.js';
import type { Citation } from '../core/citation.js';
import type { IsoDate } from '../core/dates.js';
import { Decimal } from '../core/decimal.js';
import { MissingRateError, NotApplicableError, NotInForceError, probeScope } from '../core/errors.js';
import type { ConversionOptions } from '../core/fx/convert.js';
import { convertForFinancialYear } from '../core/fx/convert.js';
import { geometricMiddle } from '../core/geometric-middle.js';
import { memoPerProfileOnDate } from '../core/memo.js';
import type { SerializedMoney } from '../core/money.js';
import { money } from '../core/money.js';
import { explainOption, type Step, stepsKept } from '../core/steps.js';
import { parseInput } from '../core/validation.js';
import {
  LINKING_REGIMES,
  type MaximumFine,
  type MaximumFineInput,
  maximumFineLeavingOut,
  maximumFineOf,
} from '../fines/maximum-fine.js';
import type { Applicability } from '../law/act-module.js';
import { ACTS, actModule, REGIMES, type Regime } from '../law/registry.js';
import { EDPB_METHOD } from '../methods/edpb/edpb-fine.js';
import { computeFiveStepFine } from '../methods/five-step/compute.js';
import { BUNDLED_MODEL } from '../model/bundled.js';
import type { FineModel } from '../model/fit.js';
import type { FrequencyParameters } from '../model/frequency.js';
import { actContext } from '../profile/act-context.js';
import { isParsedProfile, parseProfile } from '../profile/parse.js';
import type { CompanyProfile } from '../profile/schema.js';
import { isSanctionSet, type SanctionSet } from '../sanctions/sanction-set.js';
import { obligationsOf } from '../scope/obligations.js';
import { DEFAULT_SCENARIOS } from './default-scenarios.js';
import {
  type ModelEstimate,
  modelEstimate,
  modelFor,
  type RegimeFrequency,
  regimeFrequency,
} from './model-estimate.js';

const scenarioSchema = z
  .object({
    regime: z.enum(REGIMES as [Regime, ...Regime[]]),
    articles: z.array(z.string().min(1).max(120)).min(1, 'name at least one infringed article').max(50),
    seriousness: z.enum(['low', 'medium', 'high']).default('medium'),
    /** The same or linked processing operations (GDPR Art. 83(3)): one cap for all. */
    linked: z.boolean().default(true),
    /** The lead authority ("FR-CNIL"); by default the one of the main establishment's country (Art. 56). */
    authority: z
      .string()
      .regex(/^[A-Z]{2}-[A-Z0-9-]+$/, 'an authority id such as FR-CNIL')
      .max(40)
      .optional(),
  })
  .strict();

/** A fitted fine model given as an option (fitFineModel's result). */
const modelOption = z
  .custom<FineModel>(
    (v) =>
      typeof v === 'object' &&
      v !== null &&
      (v as FineModel).kind === 'lexposure fine model' &&
      Array.isArray((v as FineModel).coefficients),
    'a fine model (fitFineModel)',
  )
  .optional();

/** A sanction set given as an option: `sanctions` of 'lexposure/sanctions', or createSanctionSet. */
export const sanctionSetOption = z
  .custom<SanctionSet>(
    (v) => isSanctionSet(v),
    'a sanction set (createSanctionSet, or sanctions from lexposure/sanctions)',
  )
  .optional();

export const estimateArgs = z
  .object({
    ...profileOnDateShape,
    scenarios: z.array(scenarioSchema).max(20).optional(),
    /**
     * Decided cases: `sanctions` from 'lexposure/sanctions' (the bundled dataset) or your own set.
     * Given without `model`, the fine model is refitted on them (so an evaluation on a subset never
     * learns from the case asked about), and the nearest decided cases are listed. Without either,
     * the bundled model is used (the dataset itself stays out of the core entry).
     */
    sanctions: sanctionSetOption,
    /** A fitted fine model (fitFineModel); by default the one bundled with the package. */
    model: modelOption,
    /** false: the figures only, every `steps` empty (the figures do not change). */
    explain: explainOption,
    /** More levels of the predictive distribution than 0.1, 0.5 and 0.9 (e.g. 0.95). */
    levels: z.array(z.number().gt(0).lt(1)).max(20).optional(),
    /** Frequency parameters replacing the bundled ones, in part or in whole (a named assumption each). */
    frequency: z
      .object({
        finesPerYear: z.number().positive().max(1e7).optional(),
        largeShareOfFines: z.number().min(0).max(1).optional(),
        gapEffect: z.number().min(0).max(100).optional(),
        enterprises: z
          .object({ large: z.number().positive(), sme: z.number().positive(), source: z.string().max(500) })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((args, ctx) => {
    const seen = new Set<Regime>();
    for (const [i, s] of (args.scenarios ?? []).entries()) {
      if (seen.has(s.regime))
        ctx.addIssue({
          code: 'custom',
          path: ['scenarios', i, 'regime'],
          message: `a second scenario for ${s.regime}`,
        });
      seen.add(s.regime);
    }
  });

export type ExposureScenario = z.input<typeof scenarioSchema>;

/** Low, likely and high: amounts in the currency of the regime's legal maximum. */
export interface ExposureRange {
  readonly low: SerializedMoney;
  readonly likely: SerializedMoney | null;
  readonly high: SerializedMoney;
}

export interface RegimeExposure {
  readonly regime: Regime;
  /** Whether the regime applies to the profile on the date; null where the profile does not say. */
  readonly applies: boolean | null;
  readonly why: string;
  /** Where `applies` is null: the profile fields that would settle it. */
  readonly needs: readonly string[];
  /** The infringement assumed (the regime's default) or given; null where nothing was estimated. */
  readonly scenario: {
    readonly articles: readonly string[];
    readonly seriousness: 'low' | 'medium' | 'high';
    readonly linked: boolean;
    readonly source: 'default' | 'given';
    readonly basis: string;
  } | null;
  readonly legalMaximum: SerializedMoney | null;
  readonly legalMaximumCitation: Citation | null;
  /** The range a regulator's published method gives (EDPB 04/2022 for the GDPR), or null. */
  readonly method: (ExposureRange & { readonly name: string; readonly citation: Citation }) | null;
  /**
   * The calibrated fine model (GDPR, UK GDPR, French cookie rules): the predictive distribution of
   * the fine if one is imposed, its drivers, its calibration cell and the nearest decided cases; null
   * for the acts with too few fines to calibrate on.
   */
  readonly model: ModelEstimate | null;
  /** How likely a fine is in a year, and the expected annual loss (rate × expected fine). */
  readonly frequency: RegimeFrequency | null;
  /** What the estimate settles on, and how. */
  readonly combined: (ExposureRange & { readonly explanation: string }) | null;
  readonly steps: readonly Step[];
}

export interface ExposureEstimate {
  readonly company: string;
  readonly asOf: IsoDate;
  /** A fingerprint of the profile the estimate is of: riskScore checks it. */
  readonly profileKey: string;
  readonly regimes: readonly RegimeExposure[];
  readonly steps: readonly Step[];
}

const cents = (amount: Decimal, currency: string): SerializedMoney => ({
  amount: amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
  currency: currency as SerializedMoney['currency'],
});

/**
 * Whether each act reaches the company, as each act's module judges it from the profile and its
 * obligations; remembered per parsed (frozen) profile, date and rates, as the risk score asks again
 * for the same vendor.
 */
const applicability = memoPerProfileOnDate(
  (profile: CompanyProfile, asOf: IsoDate, fx: ConversionOptions): ReadonlyMap<Regime, Applicability> => {
    const context = actContext(profile, asOf, fx);
    const obligations = obligationsOf(profile, asOf, fx).obligations;
    return new Map<Regime, Applicability>(
      ACTS.map((act) => [act.regime, act.applicability(profile, context, obligations)]),
    );
  },
);

function estimateRegime(
  profile: CompanyProfile,
  input: z.output<typeof estimateArgs>,
  set: SanctionSet | null,
  regime: Regime,
  raw: Applicability,
): RegimeExposure {
  const status = {
    applies: raw.applies,
    why: raw.why,
    needs: raw.applies === null ? [...(raw.needs ?? [])] : [],
  };
  const given = input.scenarios?.find((s) => s.regime === regime);
  const fallback = DEFAULT_SCENARIOS[regime];
  const none = (why: string): RegimeExposure => ({
    regime,
    ...status,
    scenario: null,
    legalMaximum: null,
    legalMaximumCitation: null,
    method: null,
    model: null,
    frequency: null,
    combined: null,
    steps: input.explain ? [{ label: `${regime}: not estimated`, value: null, rule: why }] : [],
  });
  if (!given && status.applies !== true) return none(status.why);
  if (!given && !fallback) return none(`no default scenario for ${regime}; give one`);
  const scenario = given
    ? {
        articles: given.articles,
        seriousness: given.seriousness,
        linked: given.linked,
        source: 'given' as const,
        basis: 'given by the caller',
      }
    : {
        articles: fallback?.articles ?? [],
        seriousness: fallback?.seriousness ?? 'medium',
        linked: true,
        source: 'default' as const,
        basis: fallback?.basis ?? '',
      };
  const steps: Step[] = stepsKept(input.explain);
  if (input.explain)
    steps.push({
      label: `${regime}: scenario`,
      value: scenario.articles.map((a) => `Art. ${a}`).join(', '),
      rule: `${scenario.source === 'default' ? 'default scenario' : 'the scenario given'}: ${scenario.basis}; ${scenario.seriousness} seriousness${LINKING_REGIMES.has(regime) ? `; ${scenario.linked ? 'linked infringements, one cap (Art. 83(3))' : 'separate infringements, one cap each'}` : ''}`,
    });

  let max: MaximumFine;
  try {
    const asked: MaximumFineInput = {
      profile,
      asOf: input.asOf,
      fx: input.fx,
      turnover: { allowFallback: false },
      regime,
      articles: [...scenario.articles],
      linked: LINKING_REGIMES.has(regime) ? scenario.linked : undefined,
      // The estimate reads the maximum's figures; its own steps say what it took from them.
      explain: false,
    };
    // A default scenario keeps only the duties the company can be fined for (a very large
    // platform's duties are not a smaller platform's); a scenario the caller gave is not rewritten.
    const { maximum, leftOut } = probeScope(() =>
      scenario.source === 'given'
        ? { maximum: maximumFineOf(asked), leftOut: [] }
        : maximumFineLeavingOut(asked),
    );
    if (!maximum) return none(`${regime}: ${leftOut.at(-1)?.message ?? 'no article can be fined'}`);
    for (const article of leftOut) {
      steps.push({
        label: `${regime}: Art. ${article.reference} left out of the default scenario`,
        value: null,
        rule: article.message,
      });
    }
    max = maximum;
  } catch (error) {
    // A duty can apply before the penalties for breaching it do (DSA Art. 24(2) from 16 November
    // 2022, Art. 52 from 17 February 2024), or an article can be applicable from a later date
    // (AI Act Art. 113): nothing can be fined yet.
    if (error instanceof NotInForceError) {
      return none(`${regime}: ${error.message}, so no fine can be imposed on ${input.asOf}`);
    }
    if (error instanceof NotApplicableError) return none(`${regime}: ${error.message}`);
    throw error;
  }
  const cap = max.amount ? new Decimal(max.amount.amount) : null;
  const currency = max.amount?.currency ?? 'EUR';
  steps.push({
    label: `${regime}: legal maximum`,
    value: max.amount,
    rule: `gravest infringement ${max.gravestInfringement}`,
    citation: max.citation,
  });

  let method: RegimeExposure['method'] = null;
  if (regime === EDPB_METHOD.regime && cap) {
    const edpb = computeFiveStepFine(EDPB_METHOD, {
      profile,
      asOf: input.asOf,
      fx: input.fx,
      turnover: { allowFallback: false },
      infringement: { articles: [...scenario.articles], seriousness: scenario.seriousness },
      rounding: 'exact',
      explain: input.explain,
    });
    const low = new Decimal(edpb.fine.low.amount);
    const high = new Decimal(edpb.fine.high.amount);
    method = {
      name: `${EDPB_METHOD.id} (${EDPB_METHOD.version})`,
      citation: EDPB_METHOD.citation,
      low: cents(low, currency),
      likely: low.gt(0) ? cents(geometricMiddle(low, high, 2), currency) : null,
      high: cents(high, currency),
    };
    steps.push({
      label: `${regime}: regulator method`,
      value: `${method.low.amount} to ${method.high.amount} ${currency}`,
      rule: `edpbFine with ${scenario.seriousness} seriousness and no chosen points: every step's range; likely = the geometric middle`,
      citation: EDPB_METHOD.citation,
    });
  }

  const capEur = cap && currency === 'EUR' ? cap.toNumber() : cap ? capInEuro(cap, currency, input) : null;
  const { model: fineModel, bundled } = modelFor(input.model, set);
  const estimate = modelEstimate({
    profile,
    regime,
    articles: max.infringements.map((i) => i.article),
    asOf: input.asOf,
    fx: input.fx,
    capEur,
    model: fineModel,
    bundled,
    evaluation: bundled ? BUNDLED_MODEL.evaluation : null,
    sanctions: set,
    authority: given?.authority,
    levels: input.levels,
    explain: input.explain,
    steps,
  });
  if (!estimate) {
    steps.push({
      label: `${regime}: fine model`,
      value: null,
      rule: `no calibration data: the ${regime} has too few decided fines for a calibrated estimate; the legal maximum${method ? ' and the method' : ''} only`,
      severity: 'warning',
    });
  }
  const frequency = estimate
    ? regimeFrequency(
        frequencyFor(input),
        estimate,
        postureOf(profile, regime, input.asOf, input.fx),
        input.explain,
      )
    : null;
  if (frequency && input.explain) {
    steps.push({
      label: `${regime}: annual probability of a fine`,
      value: frequency.probability,
      rule: `rate ${frequency.rate.toPrecision(3)} a year, P(at least one) = 1 − e^(−rate): ${frequency.basis.join('; ')}; expected annual loss ${frequency.expectedAnnualLoss.amount} EUR (rate × the expected fine)`,
      ...(frequency.lowerBound ? { severity: 'warning' as const } : {}),
    });
  }
  const inCurrency = (m: SerializedMoney) =>
    currency === 'EUR' || !capEur || !cap ? m : cents(new Decimal(m.amount).times(cap).div(capEur), currency);
  const combined: RegimeExposure['combined'] = estimate
    ? {
        low: inCurrency(estimate.low),
        likely: inCurrency(estimate.likely),
        high: inCurrency(estimate.high),
        explanation: `the calibrated fine model's 10th, 50th and 90th percentiles${method ? `; the ${method.name} range stands beside it as what the method gives` : ''}`,
      }
    : method
      ? {
          low: method.low,
          likely: method.likely,
          high: method.high,
          explanation: `no calibrated model for the ${regime}: the ${method.name} range`,
        }
      : null;
  if (combined)
    steps.push({ label: `${regime}: estimate`, value: combined.likely, rule: combined.explanation });

  return {
    regime,
    ...status,
    scenario,
    legalMaximum: max.amount,
    legalMaximumCitation: max.citation,
    method,
    model: estimate,
    frequency,
    combined,
    steps,
  };
}

/** The legal maximum in euros, for a cap in another currency (UK GDPR pounds): at the ECB average of the year before. */
function capInEuro(cap: Decimal, currency: string, input: z.output<typeof estimateArgs>): number | null {
  const year = Number(input.asOf.slice(0, 4)) - 1;
  try {
    return convertForFinancialYear(
      money(cap, currency as SerializedMoney['currency']),
      'EUR',
      { year, start: `${year}-01-01`, end: `${year}-12-31` },
      input.fx,
    ).converted.amount.toNumber();
  } catch (error) {
    if (error instanceof MissingRateError) return null;
    throw error;
  }
}

/** The bundled frequency parameters, with the caller's replacements. */
function frequencyFor(input: z.output<typeof estimateArgs>): FrequencyParameters {
  const base = BUNDLED_MODEL.frequency;
  const f = input.frequency;
  if (!f) return base;
  return {
    ...base,
    ...(f.finesPerYear !== undefined ? { finesPerYear: f.finesPerYear } : {}),
    ...(f.largeShareOfFines !== undefined ? { largeShareOfFines: f.largeShareOfFines } : {}),
    ...(f.gapEffect !== undefined ? { gapEffect: f.gapEffect } : {}),
    ...(f.enterprises ? { enterprises: f.enterprises } : {}),
  };
}

/**
 * The regime's applicable duties and how many the posture does not show as met ("unknown" and a
 * duty without an answer count as not met); null where the profile gives no posture at all.
 */
function postureOf(
  profile: CompanyProfile,
  regime: Regime,
  asOf: IsoDate,
  fx: ConversionOptions,
): { applicable: number; notMet: number } | null {
  if (!profile.posture) return null;
  // The duties the regime may lay on the company: those that apply and those whose scope is
  // undetermined (read conservatively), or those of the act it is answered through (the UK GDPR
  // and the French cookie rules: the GDPR's, whose articles they share or rest on).
  const own = actModule(regime).enforcement.dutiesOf ?? regime;
  const duties = obligationsOf(profile, asOf, fx).obligations.filter(
    (o) => o.regime === own && (o.status === 'applies' || o.status === 'undetermined'),
  );
  if (duties.length === 0) return postureShare(profile);
  let notMet = 0;
  for (const d of duties) {
    const answer = profile.posture.find(
      (p) => p.obligation === d.id && (p.service === undefined || p.service === d.service),
    );
    // As the risk score counts them: partly met half, unknown and unanswered fully.
    notMet += answer?.status === 'met' ? 0 : answer?.status === 'partly met' ? 0.5 : 1;
  }
  return { applicable: duties.length, notMet };
}

/** The GDPR answers of the posture on their own (where no GDPR duty is listed, e.g. a UK company). */
export function postureShare(profile: CompanyProfile): { applicable: number; notMet: number } | null {
  const answers = (profile.posture ?? []).filter((p) => p.obligation.startsWith('GDPR '));
  if (!profile.posture || answers.length === 0) return null;
  const notMet = answers.reduce(
    (n, p) => n + (p.status === 'met' ? 0 : p.status === 'partly met' ? 0.5 : 1),
    0,
  );
  return { applicable: answers.length, notMet };
}

/**
 * What each regime could cost the company: for each regime that applies (or that a scenario names),
 * the legal maximum, the regulator method's range (EDPB 04/2022 for the GDPR), the range of
 * comparable decided cases scaled to its turnover and capped, and a combined low / likely / high
 * with the reason for it.
 */
export function estimateExposure(args: unknown): ExposureEstimate {
  return estimateExposureOf(parseInput(estimateArgs, args, 'estimateExposure arguments'));
}

/** estimateExposure's arguments, parsed (`explain` true where absent). */
export type EstimateInput = Omit<z.output<typeof estimateArgs>, 'explain'> & { readonly explain?: boolean };

/**
 * The engine of estimateExposure, on parsed arguments (the risk score and the simulation call it);
 * `only` limits it to some regimes.
 */
export function estimateExposureOf(given: EstimateInput, only?: readonly Regime[]): ExposureEstimate {
  const input = { ...given, explain: given.explain !== false };
  const profile = parseProfile(input.profile);
  const status = applicability(profile, input.asOf, input.fx);
  const set = input.sanctions ?? null;
  // `only`: the regimes asked for (the risk score re-estimates its undetermined ones alone).
  const regimes = (only ? REGIMES.filter((r) => only.includes(r)) : REGIMES).map((regime) =>
    estimateRegime(profile, input, set, regime, status.get(regime) ?? { applies: null, why: '' }),
  );
  return {
    company: profile.name,
    asOf: input.asOf,
    profileKey: profileKey(profile),
    regimes,
    steps: input.explain ? regimes.flatMap((r) => r.steps) : [],
  };
}

/**
 * A fingerprint of a parsed profile (FNV-1a of its JSON): two results carry the same key only if
 * they are of the same profile.
 */
export function profileKey(profile: CompanyProfile): string {
  let key = keys.get(profile);
  if (key === undefined) {
    key = fnv1a(JSON.stringify(profile));
    // A parsed profile is frozen: its key stays its key.
    if (isParsedProfile(profile)) keys.set(profile, key);
  }
  return key;
}

const keys = new WeakMap<CompanyProfile, string>();

function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
