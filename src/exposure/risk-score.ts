import { z } from 'zod';
import { type GapAnalysis, gapAnalysis } from '../compliance/gap-analysis.js';
import { profileOnDateShape } from '../core/arguments.js';
import { Decimal } from '../core/decimal.js';
import { ValidationError } from '../core/errors.js';
import type { SerializedMoney } from '../core/money.js';
import type { Step } from '../core/steps.js';
import { decimalSchema, parseInput } from '../core/validation.js';
import { computeLegalMaximum } from '../fines/legal-maximum.js';
import { provisionById } from '../law/index.js';
import { parseProfile } from '../profile/parse.js';
import { obligationsOf } from '../scope/obligations.js';
import { type ExposureEstimate, estimateExposure, sanctionSetOption } from './estimate.js';

/**
 * The score's parameters. Each part maps a measure onto 0 to 1 on a log scale between two anchors
 * (below the first it is 0, above the second 1), and the score is the weighted sum × 100.
 */
export const RISK_SCORE_MODEL = Object.freeze({
  expectedLoss: { weight: 0.5, from: 1e-6, to: 1e-1, what: 'expected annual loss ÷ turnover' },
  worstCase: { weight: 0.3, from: 1e-3, to: 10, what: 'sum of the legal maxima in scope ÷ turnover' },
  obligations: { weight: 0.2, from: 1, to: 100, what: 'obligations in scope' },
  /**
   * Where the profile carries a compliance posture: the share of the applicable GDPR, DSA, DMA and
   * NIS2 obligations that are not met, on a linear scale, with the weights below. The four weights
   * then replace the three above.
   */
  gaps: {
    what: 'share of the applicable obligations not met (partly met and unknown count half)',
    statusWeights: { 'not met': 1, 'partly met': 0.5, unknown: 0.5, met: 0 },
    weights: { expectedLoss: 0.4, worstCase: 0.2, obligations: 0.15, gaps: 0.25 },
  },
  /** Upper bounds of the grades, A (least exposed) to F. */
  grades: [
    ['A', 20],
    ['B', 35],
    ['C', 50],
    ['D', 65],
    ['E', 80],
    ['F', 100],
  ] as const,
  /** The annual probability of a fine per regime, where no simulation gives the expected loss. */
  defaultAnnualProbability: '0.05',
});

export type RiskGrade = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

export interface RiskDriver {
  readonly part: 'expectedLoss' | 'worstCase' | 'obligations' | 'gaps';
  readonly what: string;
  /** The measure: a ratio to turnover, or a count. */
  readonly value: string;
  /** 0 to 1, before the weight. */
  readonly level: number;
  readonly weight: number;
  /** Points of the score (level × weight × 100). */
  readonly points: number;
}

export interface RiskScore {
  readonly company: string;
  readonly asOf: string;
  /** 0 (least exposed) to 100 (most), one decimal. More exposure never lowers it. */
  readonly score: number;
  readonly grade: RiskGrade;
  /** The parts, largest contribution first. */
  readonly drivers: readonly RiskDriver[];
  readonly steps: readonly Step[];
}

const eurMoney = z.object({ amount: decimalSchema({ min: 'zero' }), currency: z.literal('EUR') }).strict();

export const riskScoreArgs = z
  .object({
    ...profileOnDateShape,
    /** An estimate already made for this profile and date (estimateExposure); made here if absent. */
    estimate: z
      .custom<ExposureEstimate>(
        (v) => typeof v === 'object' && v !== null && Array.isArray((v as ExposureEstimate).regimes),
        'an estimateExposure result',
      )
      .optional(),
    /** A gap analysis already made for this profile and date (gapAnalysis); made here if absent. */
    gaps: z
      .custom<GapAnalysis>(
        (v) => typeof v === 'object' && v !== null && Array.isArray((v as GapAnalysis).gaps),
        'a gapAnalysis result',
      )
      .optional(),
    /** The sanctions the estimate made here compares with (see estimateExposure). */
    sanctions: sanctionSetOption,
    /** The expected annual loss, e.g. a simulation's company mean; else likely × annualProbability. */
    expectedLoss: eurMoney.optional(),
    annualProbability: decimalSchema({ min: 'zero' })
      .refine((p) => p.lte(1), 'an annual probability is at most 1')
      .optional(),
  })
  .strict();

/** Where a measure sits between two anchors, on a log scale, clamped to [0, 1]. */
function level(value: Decimal, from: number, to: number): number {
  if (!value.gt(0)) return 0;
  const x = (Math.log10(value.toNumber()) - Math.log10(from)) / (Math.log10(to) - Math.log10(from));
  return Math.min(1, Math.max(0, x));
}

/**
 * A 0–100 exposure score and its grade, for sorting suppliers: half from the expected annual loss
 * relative to turnover, 0.3 from the legal maxima in scope relative to turnover (the worst case), 0.2
 * from the number of obligations in scope, each on a log scale between documented anchors
 * (`RISK_SCORE_MODEL`). Where the profile carries a compliance posture, a fourth part, the share of
 * applicable obligations not met (gapAnalysis), takes a quarter of the weight. Every part is
 * non-decreasing in its measure, so more exposure, or more gaps, never lowers the score.
 */
export function riskScore(args: unknown): RiskScore {
  const input = parseInput(riskScoreArgs, args, 'riskScore arguments');
  const profile = parseProfile(input.profile);
  const estimate =
    input.estimate ??
    estimateExposure({
      profile,
      asOf: input.asOf,
      fx: input.fx,
      ...(input.sanctions ? { sanctions: input.sanctions } : {}),
    });
  const steps: Step[] = [];

  // The turnover of the preceding financial year, as the GDPR cap takes it (the latest earlier
  // year where that one is missing, said in a step).
  const gdprCap = computeLegalMaximum(profile, provisionById('GDPR 83(5)'), input.asOf, input.fx, {
    allowFallback: true,
  });
  if (!gdprCap.turnover || !new Decimal(gdprCap.turnover.amount.amount).gt(0)) {
    throw new ValidationError(
      [{ path: 'profile.financialYears', message: 'the score needs a positive turnover' }],
      'riskScore arguments',
    );
  }
  const turnover = new Decimal(gdprCap.turnover.amount.amount);
  steps.push({
    label: 'Turnover',
    value: gdprCap.turnover.amount,
    rule: `financial year ${gdprCap.turnover.year}, as the GDPR cap takes it`,
  });

  const estimated = estimate.regimes.filter((r) => r.scenario !== null && r.legalMaximum?.currency === 'EUR');
  const skipped = estimate.regimes.filter(
    (r) => r.scenario !== null && r.legalMaximum && r.legalMaximum.currency !== 'EUR',
  );
  if (skipped.length > 0)
    steps.push({
      label: 'Regimes left out',
      value: skipped.map((r) => r.regime).join(', '),
      rule: 'their maxima are not in EUR; the score adds euro amounts only',
      severity: 'warning',
    });

  let expectedLoss: Decimal;
  if (input.expectedLoss) {
    expectedLoss = input.expectedLoss.amount;
    steps.push({
      label: 'Expected annual loss',
      value: { amount: expectedLoss.toFixed(), currency: 'EUR' },
      rule: 'given (a simulation mean, for instance)',
    });
  } else {
    const p = input.annualProbability ?? new Decimal(RISK_SCORE_MODEL.defaultAnnualProbability);
    expectedLoss = estimated.reduce(
      (sum, r) => sum.plus(r.combined?.likely ? new Decimal(r.combined.likely.amount).times(p) : 0),
      new Decimal(0),
    );
    steps.push({
      label: 'Expected annual loss',
      value: { amount: expectedLoss.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2), currency: 'EUR' },
      rule: `the likely fine of each regime estimated × an annual probability of ${p.toFixed()}${input.annualProbability ? '' : ' (an assumption: pass annualProbability, or expectedLoss from simulate)'}`,
      severity: input.annualProbability ? 'info' : 'warning',
    });
  }
  const worstCase = estimated.reduce(
    (sum, r) => sum.plus(new Decimal((r.legalMaximum as SerializedMoney).amount)),
    new Decimal(0),
  );
  // GDPR duties are counted as one regime below, as before the duties of Arts 5 to 49 were modelled,
  // so that the anchors of RISK_SCORE_MODEL keep their meaning.
  const duties = obligationsOf(profile, input.asOf, input.fx).obligations.filter(
    (o) => o.status === 'applies' && o.regime !== 'GDPR',
  ).length;
  const dataProtection = estimate.regimes.filter(
    (r) => (r.regime === 'GDPR' || r.regime === 'UK GDPR') && r.applies === true,
  ).length;
  const obligations = duties + dataProtection;
  steps.push({
    label: 'Obligations in scope',
    value: obligations,
    rule: `${duties} DSA, DMA and NIS2 duties that apply on ${input.asOf}, and 1 for each data-protection regime that applies (${dataProtection})`,
  });

  const m = RISK_SCORE_MODEL;
  const withPosture = profile.posture !== undefined;
  const weightOf = (part: 'expectedLoss' | 'worstCase' | 'obligations') =>
    withPosture ? m.gaps.weights[part] : m[part].weight;
  const parts: RiskDriver[] = [
    { part: 'expectedLoss', measure: expectedLoss.div(turnover), anchors: m.expectedLoss },
    { part: 'worstCase', measure: worstCase.div(turnover), anchors: m.worstCase },
    { part: 'obligations', measure: new Decimal(obligations), anchors: m.obligations },
  ].map(({ part, measure, anchors }) => {
    const l = level(measure, anchors.from, anchors.to);
    const weight = weightOf(part as 'expectedLoss' | 'worstCase' | 'obligations');
    return {
      part: part as RiskDriver['part'],
      what: anchors.what,
      value: measure.toSignificantDigits(6).toFixed(),
      level: l,
      weight,
      points: Math.round(l * weight * 1000) / 10,
    };
  });
  if (withPosture) {
    const gaps = input.gaps ?? gapAnalysis({ profile, asOf: input.asOf, fx: input.fx });
    const w = m.gaps.statusWeights;
    const { applicable, notMet, partlyMet, unknown } = gaps.summary;
    const open = new Decimal(notMet)
      .times(w['not met'])
      .plus(new Decimal(partlyMet).times(w['partly met']))
      .plus(new Decimal(unknown).times(w.unknown));
    const share = applicable > 0 ? open.div(applicable) : new Decimal(0);
    const l = share.toNumber();
    parts.push({
      part: 'gaps',
      what: m.gaps.what,
      value: share.toSignificantDigits(6).toFixed(),
      level: l,
      weight: m.gaps.weights.gaps,
      points: Math.round(l * m.gaps.weights.gaps * 1000) / 10,
    });
    steps.push({
      label: 'Compliance gaps',
      value: share.toSignificantDigits(6).toFixed(),
      rule: `the profile carries a posture: of ${applicable} applicable obligations, ${notMet} not met, ${partlyMet} partly met and ${unknown} unknown → (${notMet} × 1 + ${partlyMet + unknown} × 0.5) ÷ ${applicable}; the weights become ${Object.entries(
        m.gaps.weights,
      )
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    });
  }
  const score = Math.round(parts.reduce((sum, p) => sum + p.level * p.weight, 0) * 1000) / 10;
  const grade = (m.grades.find(([, upper]) => score < upper || upper === 100)?.[0] ?? 'F') as RiskGrade;
  steps.push({
    label: 'Score',
    value: score,
    rule: `100 × (${parts.map((p) => `${p.weight} × ${p.level.toFixed(3)}`).join(' + ')}); grade ${grade} (A below 20, B below 35, C below 50, D below 65, E below 80, F from 80)`,
  });
  return {
    company: profile.name,
    asOf: input.asOf,
    score,
    grade,
    drivers: [...parts].sort((a, b) => b.points - a.points),
    steps,
  };
}
