import type * as z from 'zod';
import type { IsoDate } from '../core/dates.js';
import { Decimal } from '../core/decimal.js';
import { MissingRateError, NotApplicableError, NotInForceError, probeScope } from '../core/errors.js';
import { convertForFinancialYear } from '../core/fx/convert.js';
import { geometricMiddle } from '../core/geometric-middle.js';
import { money, type SerializedMoney } from '../core/money.js';
import { stepsKept, type Trace } from '../core/steps.js';
import {
  LINKING_REGIMES,
  type MaximumFine,
  type MaximumFineInput,
  maximumFineLeavingOut,
  maximumFineOf,
} from '../fines/maximum-fine.js';
import type { Applicability } from '../law/act-module.js';
import type { Regime } from '../law/registry.js';
import { EDPB_METHOD } from '../methods/edpb/edpb-fine.js';
import { computeFiveStepFine } from '../methods/five-step/compute.js';
import { BUNDLED_MODEL } from '../model/bundled.js';
import { countryOfAuthority, type FrequencyParameters } from '../model/frequency.js';
import type { CompanyProfile } from '../profile/schema.js';
import type { SanctionSet } from '../sanctions/sanction-set.js';
import { DEFAULT_SCENARIOS } from './default-scenarios.js';
import type { estimateArgs, RegimeExposure } from './estimate.js';
import {
  type ModelEstimate,
  mainEstablishmentInUnion,
  modelEstimate,
  modelFor,
  regimeFrequency,
} from './model-estimate.js';
import { postureOf } from './posture.js';

/** estimateExposure's parsed arguments, `explain` settled. */
export type EstimateRun = z.output<typeof estimateArgs>;

type Scenario = NonNullable<RegimeExposure['scenario']>;
type ScenarioArg = NonNullable<EstimateRun['scenarios']>[number];
type Status = Pick<RegimeExposure, 'applies' | 'why' | 'needs'>;

const cents = (amount: Decimal, currency: string): SerializedMoney => ({
  amount: amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
  currency: currency as SerializedMoney['currency'],
});

/** A regime nothing is estimated for, with the reason. */
function notEstimated(regime: Regime, status: Status, explain: boolean, why: string): RegimeExposure {
  return {
    regime,
    ...status,
    scenario: null,
    legalMaximum: null,
    legalMaximumCitation: null,
    method: null,
    model: null,
    frequency: null,
    combined: null,
    steps: explain
      ? [{ id: 'estimate.not-estimated', value: null, inputs: Object.freeze({ regime, reason: why }) }]
      : [],
  };
}

/** The infringement estimated: the one the caller gave, or the act's default; null where there is none. */
function scenarioOf(regime: Regime, given: ScenarioArg | undefined): Scenario | null {
  if (given) {
    return {
      articles: given.articles,
      seriousness: given.seriousness,
      linked: given.linked,
      source: 'given',
      basis: 'given by the caller',
    };
  }
  const fallback = DEFAULT_SCENARIOS[regime];
  if (!fallback) return null;
  return {
    articles: fallback.articles,
    seriousness: fallback.seriousness ?? 'medium',
    linked: true,
    source: 'default',
    basis: fallback.basis,
  };
}

function scenarioStep(regime: Regime, scenario: Scenario): Trace {
  return {
    id: 'estimate.scenario',
    value: scenario.articles.map((a) => `Art. ${a}`).join(', '),
    inputs: Object.freeze({
      regime,
      source: scenario.source,
      basis: scenario.basis,
      seriousness: scenario.seriousness,
      // null where the act has no rule on linked infringements (one cap for all).
      linked: LINKING_REGIMES.has(regime) ? scenario.linked : null,
    }),
  };
}

/**
 * The scenario's legal maximum, or why there is none. A default scenario keeps only the duties the
 * company can be fined for (a very large platform's duties are not a smaller platform's); a
 * scenario the caller gave is not rewritten.
 */
function scenarioMaximum(
  profile: CompanyProfile,
  input: EstimateRun,
  regime: Regime,
  scenario: Scenario,
  steps: Trace[],
): MaximumFine | { readonly why: string } {
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
  try {
    const { maximum, leftOut } = probeScope(() =>
      scenario.source === 'given'
        ? { maximum: maximumFineOf(asked), leftOut: [] }
        : maximumFineLeavingOut(asked),
    );
    if (!maximum) return { why: `${regime}: ${leftOut.at(-1)?.message ?? 'no article can be fined'}` };
    if (input.explain)
      for (const article of leftOut) {
        steps.push({
          id: 'estimate.left-out',
          value: null,
          inputs: Object.freeze({ regime, article: article.reference, reason: article.message }),
        });
      }
    return maximum;
  } catch (error) {
    // A duty can apply before the penalties for breaching it do (DSA Art. 24(2) from 16 November
    // 2022, Art. 52 from 17 February 2024), or an article can be applicable from a later date
    // (AI Act Art. 113): nothing can be fined yet.
    if (error instanceof NotInForceError) {
      return { why: `${regime}: ${error.message}, so no fine can be imposed on ${input.asOf}` };
    }
    if (error instanceof NotApplicableError) return { why: `${regime}: ${error.message}` };
    throw error;
  }
}

/** What the regulator's published method gives (EDPB 04/2022 for the GDPR), every step a range. */
function methodRange(
  profile: CompanyProfile,
  input: EstimateRun,
  regime: Regime,
  scenario: Scenario,
  currency: string,
  steps: Trace[],
): RegimeExposure['method'] {
  if (regime !== EDPB_METHOD.regime) return null;
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
  const method = {
    name: `${EDPB_METHOD.id} (${EDPB_METHOD.version})`,
    citation: EDPB_METHOD.citation,
    low: cents(low, currency),
    likely: low.gt(0) ? cents(geometricMiddle(low, high, 2), currency) : null,
    high: cents(high, currency),
  };
  steps.push({
    id: 'estimate.method',
    value: null,
    citation: EDPB_METHOD.citation,
    inputs: Object.freeze({
      regime,
      seriousness: scenario.seriousness,
      low: method.low.amount,
      high: method.high.amount,
      currency,
    }),
  });
  return method;
}

/** The calibrated model's figures where there is a model; the method's range otherwise. */
function combinedRange(
  regime: Regime,
  estimate: ModelEstimate | null,
  method: RegimeExposure['method'],
  inCurrency: (m: SerializedMoney) => SerializedMoney,
): RegimeExposure['combined'] {
  if (estimate) {
    return {
      low: inCurrency(estimate.low),
      likely: inCurrency(estimate.likely),
      high: inCurrency(estimate.high),
      explanation: `the calibrated fine model's 10th, 50th and 90th percentiles${method ? `; the ${method.name} range stands beside it as what the method gives` : ''}`,
    };
  }
  if (!method) return null;
  return {
    low: method.low,
    likely: method.likely,
    high: method.high,
    explanation: `no calibrated model for the ${regime}: the ${method.name} range`,
  };
}

/**
 * The calibrated fine model's predictive distribution (null for an act with too few decided fines)
 * and the annual probability of a fine it gives with the base rates and the posture.
 */
function modelAndFrequency(
  profile: CompanyProfile,
  input: EstimateRun,
  set: SanctionSet | null,
  regime: Regime,
  authority: string | undefined,
  max: MaximumFine,
  capEur: number | null,
  withMethod: boolean,
  steps: Trace[],
): { estimate: ModelEstimate | null; frequency: RegimeExposure['frequency'] } {
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
    authority,
    levels: input.levels,
    explain: input.explain,
    steps,
  });
  if (!estimate) {
    steps.push({
      id: 'estimate.no-model',
      value: null,
      severity: 'warning',
      inputs: Object.freeze({ regime, withMethod }),
    });
  }
  const frequency = estimate
    ? regimeFrequency(
        frequencyFor(input),
        estimate,
        postureOf(profile, regime, input.asOf, input.fx),
        input.explain,
        rateCountry(profile, estimate, input.asOf),
      )
    : null;
  if (frequency && input.explain) {
    steps.push({
      id: 'estimate.annual-probability',
      value: frequency.probability,
      inputs: Object.freeze({
        rate: frequency.rate,
        expectedAnnualLoss: frequency.expectedAnnualLoss.amount,
        regime,
        basis: frequency.basis,
        currency: frequency.expectedAnnualLoss.currency,
      }),
      ...(frequency.lowerBound ? { severity: 'warning' as const } : {}),
    });
  }
  return { estimate, frequency };
}

/**
 * One regime's exposure: the scenario, its legal maximum, the method's range, the fine model's
 * distribution and the annual probability, and what the estimate settles on.
 */
export function estimateRegime(
  profile: CompanyProfile,
  input: EstimateRun,
  set: SanctionSet | null,
  regime: Regime,
  raw: Applicability,
): RegimeExposure {
  const status: Status = {
    applies: raw.applies,
    why: raw.why,
    needs: raw.applies === null ? [...(raw.needs ?? [])] : [],
  };
  const given = input.scenarios?.find((s) => s.regime === regime);
  if (!given && status.applies !== true) return notEstimated(regime, status, input.explain, status.why);
  const scenario = scenarioOf(regime, given);
  if (!scenario)
    return notEstimated(regime, status, input.explain, `no default scenario for ${regime}; give one`);
  const steps: Trace[] = stepsKept<Trace>(input.explain);
  if (input.explain) steps.push(scenarioStep(regime, scenario));

  const max = scenarioMaximum(profile, input, regime, scenario, steps);
  if ('why' in max) return notEstimated(regime, status, input.explain, max.why);
  const cap = max.amount ? new Decimal(max.amount.amount) : null;
  const currency = max.amount?.currency ?? 'EUR';
  if (input.explain)
    steps.push({
      id: 'estimate.legal-maximum',
      value: max.amount,
      citation: max.citation,
      inputs: Object.freeze({ regime, gravestInfringement: max.gravestInfringement }),
    });
  const method = cap ? methodRange(profile, input, regime, scenario, currency, steps) : null;

  const capEur = cap && currency === 'EUR' ? cap.toNumber() : cap ? capInEuro(cap, currency, input) : null;
  const { estimate, frequency } = modelAndFrequency(
    profile,
    input,
    set,
    regime,
    given?.authority,
    max,
    capEur,
    method !== null,
    steps,
  );
  const inCurrency = (m: SerializedMoney) =>
    currency === 'EUR' || !capEur || !cap ? m : cents(new Decimal(m.amount).times(cap).div(capEur), currency);
  const combined = combinedRange(regime, estimate, method, inCurrency);
  if (combined && input.explain)
    steps.push({
      id: 'estimate.combined',
      value: combined.likely,
      inputs: Object.freeze({ regime, reason: combined.explanation }),
    });

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
function capInEuro(cap: Decimal, currency: string, input: EstimateRun): number | null {
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

/**
 * The country whose rate of fines applies: the lead authority's (the ICO's for the UK GDPR), else the main establishment's in the Union (Germany has
 * several authorities, and a company established there is fined by one of them), else none: the
 * EU rate.
 */
function rateCountry(profile: CompanyProfile, estimate: ModelEstimate, asOf: IsoDate): string | null {
  const lead = estimate.case.authority;
  return lead ? countryOfAuthority(lead) : mainEstablishmentInUnion(profile, asOf);
}

/**
 * The bundled frequency parameters, with the caller's replacements: an EU-wide count of fines or
 * of enterprises given by the caller replaces the country figures too.
 */
function frequencyFor(input: EstimateRun): FrequencyParameters {
  const base = BUNDLED_MODEL.frequency;
  const f = input.frequency;
  if (!f) return base;
  return {
    ...base,
    ...(f.finesPerYear !== undefined || f.enterprises ? { countries: [] } : {}),
    ...(f.finesPerYear !== undefined ? { finesPerYear: f.finesPerYear } : {}),
    ...(f.largeShareOfFines !== undefined ? { largeShareOfFines: f.largeShareOfFines } : {}),
    ...(f.gapEffect !== undefined ? { gapEffect: f.gapEffect } : {}),
    ...(f.enterprises ? { enterprises: f.enterprises } : {}),
  };
}
