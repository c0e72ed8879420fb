import * as z from 'zod';
import { type GapAnalysis, gapAnalysisOf } from '../compliance/gap-analysis.js';
import { profileOnDateShape } from '../core/arguments.js';
import { ValidationError } from '../core/errors.js';
import type { SerializedMoney } from '../core/money.js';
import { explainOption, stepsKept, type Trace } from '../core/steps.js';
import { decimalSchema, parseInput } from '../core/validation.js';
import type { Regime } from '../law/registry.js';
import { actModule } from '../law/registry.js';
import { parseProfile } from '../profile/parse.js';
import type { CompanyProfile } from '../profile/schema.js';
import { DEFAULT_SCENARIOS } from './default-scenarios.js';
import { type ExposureEstimate, estimateExposureOf, profileKey, sanctionSetOption } from './estimate.js';
import { estimateInputSchema } from './estimate-input.js';
import { RISK_SCORE_MODEL, type RiskGrade, type RiskView } from './risk-score-model.js';

export { GRADE_BANDS, RISK_SCORE_MODEL, type RiskGrade, type RiskView } from './risk-score-model.js';

export interface RiskDriver {
  readonly part: 'expectedLoss' | 'gaps';
  readonly what: string;
  /** The measure: euros, a ratio to turnover, or a share. */
  readonly value: string;
  /** 0 to 1, before the weight. */
  readonly level: number;
  readonly weight: number;
  /** Points of the score (level × weight × 100). */
  readonly points: number;
}

/** One regime's part of the exposure: how likely a fine is, what it would be, what it costs a year. */
export interface RegimeRisk {
  readonly regime: Regime;
  readonly applies: boolean | null;
  readonly probability: number;
  readonly rate: number;
  readonly expectedAnnualLoss: SerializedMoney;
  readonly expectedAnnualLossValue: number;
  /** The fine if one is imposed: the 10th, 50th and 90th percentiles. */
  readonly fine: {
    readonly low: SerializedMoney;
    readonly likely: SerializedMoney;
    readonly high: SerializedMoney;
  } | null;
  /** The rate is a lower bound (authorities without a report count only the fines held). */
  readonly lowerBound: boolean;
}

export interface RiskScore {
  readonly company: string;
  readonly asOf: string;
  readonly view: RiskView;
  /** 0 (least exposed) to 100 (most), one decimal. More exposure, or more gaps, never lowers it. */
  readonly score: number;
  readonly grade: RiskGrade;
  /** `undetermined` where a regime's scope or a needed fact is unknown: the score assumed the worse. */
  readonly status: 'determined' | 'undetermined';
  /** The facts that would settle an undetermined status (profile fields). */
  readonly needs: readonly string[];
  /** P(at least one fine in the next year), over the regimes estimated. */
  readonly probability: number;
  readonly expectedAnnualLoss: SerializedMoney;
  /** The tail: the 95 % annual loss (closed form, first order in the rates) and the largest fine at its 90th percentile. */
  readonly tail: { readonly annualLoss95: SerializedMoney; readonly highFine: SerializedMoney };
  /** The share of the applicable duties not shown as met (unknown and unanswered count as not met). */
  readonly gapShare: number;
  readonly regimes: readonly RegimeRisk[];
  /** The parts, largest contribution first. */
  readonly drivers: readonly RiskDriver[];
  readonly steps: readonly Trace[];
}

const eurMoney = /* @__PURE__ */ z
  .object({ amount: decimalSchema({ min: 'zero' }), currency: z.literal('EUR') })
  .strict();

export const riskScoreArgs = z
  .object({
    ...profileOnDateShape,
    /** An estimate already made for this profile and date (estimateExposure); made here if absent. */
    estimate: estimateInputSchema.optional(),
    /** A gap analysis already made for this profile and date (gapAnalysis); made here if absent. */
    gaps: z
      .custom<GapAnalysis>(
        (v) => typeof v === 'object' && v !== null && Array.isArray((v as GapAnalysis).gaps),
        'a gapAnalysis result',
      )
      .optional(),
    /** The sanctions the estimate made here refits the fine model on (see estimateExposure). */
    sanctions: sanctionSetOption,
    /** The expected annual loss from elsewhere (a simulation's company mean); by default the estimate's. */
    expectedLoss: eurMoney.optional(),
    /** 'euros' (default): ranks by what could hit the supplier; 'turnover': relative to its size. */
    view: z.enum(['euros', 'turnover']).default('euros'),
    /** false: the score and its figures only, `steps` empty (the figures do not change). */
    explain: explainOption,
  })
  .strict();

const eur = (v: number): SerializedMoney => ({
  amount: (Math.round(v * 100) / 100).toFixed(2),
  currency: 'EUR',
});

/** Where a measure sits between two anchors, on a log scale, clamped to [0, 1]. */
function level(value: number, from: number, to: number): number {
  if (!(value > 0)) return 0;
  const x = (Math.log10(value) - Math.log10(from)) / (Math.log10(to) - Math.log10(from));
  return Math.min(1, Math.max(0, x));
}

/** The latest turnover before the date, in the profile's figures (for the turnover view). */
function turnoverFor(estimate: ExposureEstimate): number | null {
  for (const r of estimate.regimes) {
    const t = r.model?.case.logTurnover;
    if (t !== null && t !== undefined) return 10 ** t;
  }
  return null;
}

/**
 * An estimate whose undetermined regimes (scope unknown) are estimated as if they applied, with
 * their default scenario: the conservative reading, said in the result.
 */
function conservativeEstimate(
  profile: CompanyProfile,
  input: RiskScoreInput,
  explain: boolean,
): { estimate: ExposureEstimate; undetermined: Regime[]; needs: string[] } {
  const base =
    input.estimate ??
    estimateExposureOf({
      profile,
      asOf: input.asOf,
      fx: input.fx,
      explain,
      sanctions: input.sanctions,
    });
  const undetermined = base.regimes
    .filter(
      (r) =>
        r.applies === null &&
        r.scenario === null &&
        DEFAULT_SCENARIOS[r.regime] &&
        actModule(r.regime).enforcement.undeterminedScopeIsExposure === true,
    )
    .map((r) => r.regime);
  const needs = [
    ...new Set(base.regimes.filter((r) => undetermined.includes(r.regime)).flatMap((r) => r.needs)),
  ];
  if (undetermined.length === 0) return { estimate: base, undetermined, needs };
  const forced = estimateExposureOf(
    {
      profile,
      asOf: input.asOf,
      fx: input.fx,
      explain,
      sanctions: input.sanctions,
      scenarios: undetermined.map((regime) => ({
        regime,
        articles: [...(DEFAULT_SCENARIOS[regime]?.articles ?? [])],
        // The defaults estimateExposure's scenario schema gives a scenario that names only articles.
        seriousness: 'medium' as const,
        linked: true,
      })),
    },
    undetermined,
  );
  const regimes = base.regimes.map((r) =>
    undetermined.includes(r.regime) ? (forced.regimes.find((f) => f.regime === r.regime) ?? r) : r,
  );
  return { estimate: { ...base, regimes }, undetermined, needs };
}

/**
 * A 0–100 exposure score and its grade, for sorting a supplier base: from the expected annual loss
 * (in euros, or relative to turnover with `view: 'turnover'`) and the share of applicable duties
 * not shown as met. Undetermined scope is read conservatively (as applying) and flagged, and never
 * grades A. More expected loss or more gaps never lower the score.
 */
export function riskScore(args: unknown): RiskScore {
  return riskScoreOf(parseInput(riskScoreArgs, args, 'riskScore arguments'));
}

/** riskScore's arguments, parsed (`explain` true where absent). */
export type RiskScoreInput = Omit<z.output<typeof riskScoreArgs>, 'explain'> & { readonly explain?: boolean };

/**
 * The engine of riskScore, on parsed arguments: the batch calls it with the estimate and gaps it
 * has just made, which need no second reading.
 */
/** A result for one vendor cannot be scored as another's: the estimate given must be this profile's. */
function checkEstimateIsOf(profile: CompanyProfile, input: RiskScoreInput): void {
  const given = input.estimate;
  if (!given) return;
  if (
    given.company !== profile.name ||
    given.asOf !== input.asOf ||
    given.profileKey !== profileKey(profile)
  ) {
    throw new ValidationError(
      [
        {
          path: 'estimate',
          message: `the estimate is of ${JSON.stringify(given.company)} on ${given.asOf}, not of this profile (${JSON.stringify(profile.name)}) on ${input.asOf}`,
        },
      ],
      'riskScore arguments',
    );
  }
}

/** Each regime with a base rate and a fine model: its probability, rate, expected loss and fines. */
function regimeRisks(estimate: ExposureEstimate): RegimeRisk[] {
  return estimate.regimes
    .filter((r) => r.frequency && r.model)
    .map((r) => ({
      regime: r.regime,
      applies: r.applies,
      probability: r.frequency?.probability ?? 0,
      rate: r.frequency?.rate ?? 0,
      expectedAnnualLoss: r.frequency?.expectedAnnualLoss ?? eur(0),
      expectedAnnualLossValue: r.frequency?.expectedAnnualLossValue ?? 0,
      fine: r.model ? { low: r.model.low, likely: r.model.likely, high: r.model.high } : null,
      // An estimate made before the frequency said it reads the flag from its steps.
      lowerBound:
        (r.frequency as { lowerBound?: boolean } | null)?.lowerBound ??
        r.steps.some((s) => s.id === 'estimate.annual-probability' && s.severity === 'warning'),
    }));
}

/**
 * The share of applicable duties not shown as met: not met and unknown count whole, partly met
 * half (`statusWeights`); with no posture at all, every duty counts as unknown.
 */
function gapShareOf(profile: CompanyProfile, gaps: GapAnalysis, steps: Trace[]): number {
  const w = RISK_SCORE_MODEL.statusWeights;
  const { applicable, notMet, partlyMet, unknown } = gaps.summary;
  const answered = profile.posture !== undefined;
  const open = answered
    ? notMet * w['not met'] + partlyMet * w['partly met'] + unknown * w.unknown
    : applicable;
  const gapShare = applicable > 0 ? open / applicable : 0;
  steps.push({
    id: 'risk-score.gaps',
    value: Math.round(gapShare * 1000) / 1000,
    ...(answered ? {} : { severity: 'warning' as const }),
    inputs: Object.freeze({ answered, applicable, notMet, partlyMet, unknown }),
  });
  return gapShare;
}

/** A vendor whose scope is not known is scored as if the act applied: the conservative reading. */
function undeterminedStep(undetermined: readonly string[], needs: readonly string[]): Trace {
  return {
    id: 'risk-score.undetermined-scope',
    value: undetermined.join(', '),
    severity: 'warning',
    inputs: Object.freeze({ regimes: [...undetermined], needs: [...needs] }),
  };
}

/** The regimes estimated without a base rate: their duties count in the gap share only. */
function unratedStep(estimate: ExposureEstimate): Trace | null {
  const unrated = estimate.regimes.filter((r) => r.scenario !== null && r.legalMaximum && !r.frequency);
  if (unrated.length === 0) return null;
  return {
    id: 'risk-score.no-base-rate',
    value: unrated.map((r) => r.regime).join(', '),
    severity: 'warning',
    inputs: Object.freeze({ regimes: unrated.map((r) => r.regime) }),
  };
}

/** The two parts of the score, each a level from 0 to 1 with its weight and points. */
function scoreParts(view: RiskView, measure: number, gapShare: number): RiskDriver[] {
  const v = RISK_SCORE_MODEL.views[view];
  return [
    {
      part: 'expectedLoss' as const,
      what: v.what,
      value: view === 'euros' ? eur(measure).amount : measure.toPrecision(6),
      level: level(measure, v.from, v.to),
      weight: RISK_SCORE_MODEL.weights.expectedLoss,
      points: 0,
    },
    {
      part: 'gaps' as const,
      what: 'share of applicable duties not shown as met',
      value: gapShare.toFixed(3),
      level: gapShare,
      weight: RISK_SCORE_MODEL.weights.gaps,
      points: 0,
    },
  ].map((p) => ({ ...p, points: Math.round(p.level * p.weight * 1000) / 10 }));
}

/** The grade of a score: the first whose upper bound it is below (F up to 100). */
function gradeOf(score: number): RiskGrade {
  return (RISK_SCORE_MODEL.grades.find(([, upper]) => score < upper || upper === 100)?.[0] ??
    'F') as RiskGrade;
}

/** The expected loss as the view measures it: in euros, or as a share of the turnover. */
function viewMeasure(view: RiskView, expected: number, estimate: ExposureEstimate): number {
  if (view !== 'turnover') return expected;
  const turnover = turnoverFor(estimate);
  if (!turnover) {
    throw new ValidationError(
      [
        {
          path: 'profile.financialYears',
          message: 'the turnover view needs a turnover for a year closed before the date',
        },
      ],
      'riskScore arguments',
    );
  }
  return expected / turnover;
}

export function riskScoreOf(input: RiskScoreInput): RiskScore {
  const profile = parseProfile(input.profile);
  checkEstimateIsOf(profile, input);
  const explain = input.explain !== false;
  const { estimate, undetermined, needs } = conservativeEstimate(profile, input, explain);
  const steps: Trace[] = stepsKept<Trace>(explain);
  // Built only when an explanation is asked for (a batch scores without them).
  if (explain && undetermined.length > 0) steps.push(undeterminedStep(undetermined, needs));

  const regimes = regimeRisks(estimate);
  const unrated = explain ? unratedStep(estimate) : null;
  if (unrated) steps.push(unrated);
  const probability = 1 - regimes.reduce((q, r) => q * (1 - r.probability), 1);
  const expected = input.expectedLoss
    ? input.expectedLoss.amount.toNumber()
    : regimes.reduce((sum, r) => sum + r.expectedAnnualLossValue, 0);
  if (explain)
    steps.push({
      id: 'risk-score.expected-loss',
      value: eur(expected),
      inputs: Object.freeze({
        given: input.expectedLoss !== undefined,
        regimes: regimes.map((r) => r.regime),
        // Each regime's annual rate, in full (String of a double reads back as the same double).
        rates: regimes.map((r) => String(r.rate)),
      }),
    });
  // The 95 % annual loss: P(loss > x) ≈ Σ rate × P(fine > x) for small rates. Below a 5 % annual
  // probability in all it is zero; above it, the regimes' high fines stand for it.
  const highFine = Math.max(0, ...regimes.map((r) => Number(r.fine?.high.amount ?? 0)));
  const annualLoss95 = probability >= 0.05 ? highFine : 0;

  const gapShare = gapShareOf(
    profile,
    input.gaps ?? gapAnalysisOf(profile, input.asOf, input.fx, explain),
    steps,
  );

  const measure = viewMeasure(input.view, expected, estimate);
  const m = RISK_SCORE_MODEL;
  const parts = scoreParts(input.view, measure, gapShare);
  let score = Math.round(parts.reduce((sum, p) => sum + p.level * p.weight, 0) * 1000) / 10;
  const status = undetermined.length > 0 ? 'undetermined' : 'determined';
  if (status === 'undetermined' && score < m.undeterminedFloor) score = m.undeterminedFloor;
  const grade = gradeOf(score);
  if (explain)
    steps.push({
      id: 'risk-score.score',
      value: score,
      inputs: Object.freeze({
        view: input.view,
        level: (parts[0] as RiskDriver).level,
        gapShare,
        status,
        grade,
      }),
    });
  return {
    company: profile.name,
    asOf: input.asOf,
    view: input.view,
    score,
    grade,
    status,
    needs,
    probability,
    expectedAnnualLoss: eur(expected),
    tail: { annualLoss95: eur(annualLoss95), highFine: eur(highFine) },
    gapShare,
    regimes,
    drivers: [...parts].sort((a, b) => b.points - a.points),
    steps,
  };
}
