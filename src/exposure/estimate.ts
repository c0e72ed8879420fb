import * as z from 'zod';
import { profileOnDateShape } from '../core/arguments.js';
import type { Citation } from '../core/citation.js';
import type { IsoDate } from '../core/dates.js';
import type { ConversionOptions } from '../core/fx/convert.js';
import { memoPerProfileOnDate, weakMemo } from '../core/memo.js';
import type { SerializedMoney } from '../core/money.js';
import { explainOption, type Trace } from '../core/steps.js';
import { parseInput } from '../core/validation.js';
import type { Applicability } from '../law/act-module.js';
import { ACTS, REGIMES, type Regime } from '../law/registry.js';
import { FINE_MODEL_VERSION, type FineModel, isFineModel } from '../model/fit.js';
import { actContext } from '../profile/act-context.js';
import { isParsedProfile, parseProfile } from '../profile/parse.js';
import type { CompanyProfile } from '../profile/schema.js';
import { isSanctionSet, type SanctionSet } from '../sanctions/sanction-set.js';
import { obligationsOf } from '../scope/obligations.js';
import type { ModelEstimate, RegimeFrequency } from './model-estimate.js';
import { estimateRegime } from './regime-estimate.js';

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
    isFineModel,
    `a fine model of version ${FINE_MODEL_VERSION} (fitFineModel; refit a model saved before December 2026)`,
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
  readonly steps: readonly Trace[];
}

export interface ExposureEstimate {
  readonly company: string;
  readonly asOf: IsoDate;
  /** A fingerprint of the profile the estimate is of: riskScore checks it. */
  readonly profileKey: string;
  readonly regimes: readonly RegimeExposure[];
  readonly steps: readonly Trace[];
}

/** Whether each act reaches the company, as each act's module judges it from the profile and its obligations. */
function computeApplicability(
  profile: CompanyProfile,
  asOf: IsoDate,
  fx: ConversionOptions,
): ReadonlyMap<Regime, Applicability> {
  const context = actContext(profile, asOf, fx);
  const obligations = obligationsOf(profile, asOf, fx).obligations;
  return new Map<Regime, Applicability>(
    ACTS.map((act) => [act.regime, act.applicability(profile, context, obligations)]),
  );
}

/** Remembered per parsed (frozen) profile, date and rates: the risk score asks again for the same vendor. */
const applicability = /* @__PURE__ */ memoPerProfileOnDate(computeApplicability);

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
  return isParsedProfile(profile) ? parsedProfileKey(profile) : computeProfileKey(profile);
}

function computeProfileKey(profile: CompanyProfile): string {
  return fnv1a(JSON.stringify(profile));
}

/** Remembered per parsed profile (frozen, so its key stays its key): each result of a batch row carries it. */
const parsedProfileKey = /* @__PURE__ */ weakMemo(computeProfileKey);

function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
