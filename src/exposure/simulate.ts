import * as z from 'zod';
import { profileOnDateShape } from '../core/arguments.js';
import type { Citation } from '../core/citation.js';
import { Decimal } from '../core/decimal.js';
import { LexposureError, ValidationError } from '../core/errors.js';
import type { SerializedMoney } from '../core/money.js';
import type { Trace } from '../core/steps.js';
import { parseInput } from '../core/validation.js';
import { computeLegalMaximum, type LegalMaximum } from '../fines/legal-maximum.js';
import { provisionById } from '../law/index.js';
import { parseProfile } from '../profile/parse.js';
import type { CompanyProfile } from '../profile/schema.js';
import type { SanctionSet } from '../sanctions/sanction-set.js';
import { type Sampler, severityMean, severitySampler } from './distributions.js';
import { sanctionSetOption } from './estimate.js';
import { severityFromEstimate } from './estimated-severity.js';
import { frequencySampler } from './frequency.js';
import { eur, type LossDistribution, summariseLosses } from './loss-distribution.js';
import { createRandom } from './random.js';
import { type SimulationScenario, simulationScenarioSchema } from './scenario.js';

export const MAX_ITERATIONS = 5_000_000;
export const MAX_PROFILES = 100_000;
export const DEFAULT_SEED = 1;

export const simulateArgs = z
  .object({
    profile: profileOnDateShape.profile.optional(),
    profiles: z.array(z.unknown()).min(1).max(MAX_PROFILES).optional(),
    asOf: profileOnDateShape.asOf,
    fx: profileOnDateShape.fx,
    scenarios: z.array(simulationScenarioSchema).min(1).max(100),
    iterations: z.number().int().min(1).max(MAX_ITERATIONS).default(100_000),
    seed: z.number().int().min(0).max(0xffffffff).default(DEFAULT_SEED),
    /** The sanctions an `estimate` severity with source `comparables` compares with. */
    sanctions: sanctionSetOption,
  })
  .strict()
  .superRefine((args, ctx) => {
    if ((args.profile === undefined) === (args.profiles === undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['profile'],
        message: 'give either profile or profiles, not both',
      });
    const ids = new Set<string>();
    for (const [i, s] of args.scenarios.entries()) {
      if (ids.has(s.id))
        ctx.addIssue({ code: 'custom', path: ['scenarios', i, 'id'], message: `duplicate id ${s.id}` });
      ids.add(s.id);
    }
  });

/** One scenario for one company: its cap, and what it cost on average in the simulation. */
export interface SimulatedScenario {
  readonly id: string;
  readonly provision: string;
  /** The legal maximum that caps every fine of this scenario, on the date asked. */
  readonly cap: SerializedMoney;
  readonly capCitation: Citation;
  /** The severity's mean before the cap, from its parameters. */
  readonly severityMean: SerializedMoney;
  /** How a severity taken from the estimate was made; null for one given as a distribution. */
  readonly severityFromEstimate: string | null;
  /** The simulated mean annual loss, after the cap. */
  readonly mean: SerializedMoney;
}

export interface SimulatedCompany {
  readonly index: number;
  readonly name: string;
  readonly mean: SerializedMoney;
  readonly probabilityOfLoss: number;
  /** This company's share of the portfolio's mean loss (0 to 1). */
  readonly shareOfMean: number;
  readonly scenarios: readonly SimulatedScenario[];
}

export interface Simulation {
  readonly asOf: string;
  readonly seed: number;
  readonly iterations: number;
  /** The annual loss of the whole portfolio (of the one company, for `profile`). */
  readonly total: LossDistribution;
  readonly companies: readonly SimulatedCompany[];
  readonly steps: readonly Trace[];
}

interface Prepared {
  readonly frequency: (r: ReturnType<typeof createRandom>) => number;
  readonly severity: Sampler;
  readonly cap: number;
  readonly maximum: LegalMaximum;
  readonly severityMean: number;
  readonly severityRule: string | null;
}

/** The cap of a scenario for a company, in EUR, and the severity's scale (its turnover for shares). */
function prepare(
  profile: CompanyProfile,
  scenario: SimulationScenario,
  asOf: Parameters<typeof computeLegalMaximum>[2],
  fx: Parameters<typeof computeLegalMaximum>[3],
  path: string,
  sanctions: SanctionSet | undefined,
): Prepared {
  // The cap's figures clip the draws; its steps are not shown.
  const maximum = computeLegalMaximum(
    profile,
    provisionById(scenario.provision),
    asOf,
    fx,
    { allowFallback: false },
    { explain: false },
  );
  const fail = (message: string): never => {
    throw new ValidationError([{ path, message }], 'simulate arguments');
  };
  if (!maximum.amount)
    return fail(`${scenario.provision}: national law sets the maximum for a public authority`);
  if (maximum.amount.currency !== 'EUR')
    return fail(`${scenario.provision} caps in ${maximum.amount.currency}; simulate works in EUR`);
  let severity = scenario.severity;
  let rule: string | null = null;
  if (severity.kind === 'estimate') {
    const derived = severityFromEstimate(severity, profile, asOf, fx, sanctions);
    if ('error' in derived) return fail(derived.error);
    severity = derived.severity;
    rule = derived.rule;
  }
  let scale = new Decimal(1);
  if (severity.unit === 'turnover') {
    if (!maximum.turnover)
      return fail(`${scenario.provision}: a severity in shares of turnover needs the turnover`);
    scale = new Decimal(maximum.turnover.amount.amount);
  }
  return {
    frequency: frequencySampler(scenario.frequency),
    severity: severitySampler(severity, scale),
    cap: new Decimal(maximum.amount.amount).toNumber(),
    maximum,
    severityMean: severityMean(severity, scale),
    severityRule: rule,
  };
}

/** Each company's scenarios, prepared: the cap on the date, the frequency and the severity to draw. */
function prepareAll(input: z.output<typeof simulateArgs>, profiles: readonly CompanyProfile[]): Prepared[][] {
  return profiles.map((profile, i) =>
    input.scenarios.map((s, j) => {
      try {
        return prepare(profile, s, input.asOf, input.fx, `scenarios[${j}]`, input.sanctions);
      } catch (error) {
        // In a portfolio, say which company a missing turnover or rate belongs to; class and code stay.
        if (error instanceof LexposureError && !(error instanceof ValidationError) && input.profiles)
          error.message = `profiles[${i}] (${profile.name}): ${error.message}`;
        throw error;
      }
    }),
  );
}

/** The simulated years (doubles, seeded): each year's total, and the sums per company and scenario. */
function drawYears(prepared: readonly (readonly Prepared[])[], iterations: number, seed: number) {
  const random = createRandom(seed);
  const totals = new Float64Array(iterations);
  const companySums = new Float64Array(prepared.length);
  const companyHits = new Float64Array(prepared.length);
  const scenarioSums = prepared.map((row) => new Float64Array(row.length));
  for (let i = 0; i < iterations; i++) {
    let total = 0;
    for (let c = 0; c < prepared.length; c++) {
      const row = prepared[c] as Prepared[];
      const sums = scenarioSums[c] as Float64Array;
      let companyLoss = 0;
      for (let s = 0; s < row.length; s++) {
        const p = row[s] as Prepared;
        const fines = p.frequency(random);
        let loss = 0;
        for (let k = 0; k < fines; k++) loss += Math.min(p.severity(random), p.cap);
        sums[s] = (sums[s] as number) + loss;
        companyLoss += loss;
      }
      companySums[c] = (companySums[c] as number) + companyLoss;
      if (companyLoss > 0) companyHits[c] = (companyHits[c] as number) + 1;
      total += companyLoss;
    }
    totals[i] = total;
  }
  return { totals, companySums, companyHits, scenarioSums };
}

/** The method and each scenario's cap, as steps. */
function simulationSteps(
  input: z.output<typeof simulateArgs>,
  prepared: readonly (readonly Prepared[])[],
  companies: number,
): Trace[] {
  const first = prepared[0] as Prepared[];
  return [
    {
      id: 'simulate.method',
      value: input.iterations,
      inputs: Object.freeze({ iterations: input.iterations, seed: input.seed }),
    },
    ...input.scenarios.map(
      (s, j): Trace => ({
        id: 'simulate.scenario-cap',
        value: companies === 1 ? (first[j] as Prepared).maximum.amount : companies,
        citation: (first[j] as Prepared).maximum.citation,
        inputs: Object.freeze({ scenario: s.id, provision: s.provision, companies }),
      }),
    ),
  ];
}

/**
 * Monte Carlo simulation of a year's fines for a company or a portfolio. Each year, each company
 * and each scenario: a number of fines from the frequency, each a draw of the severity capped at the
 * legal maximum of the scenario's provision for that company (computed exactly, then used as a
 * double: the simulation itself is statistics, not a legal figure). Companies and scenarios are
 * independent. The same arguments and seed give the same result.
 */
export function simulate(args: unknown): Simulation {
  const input = parseInput(simulateArgs, args, 'simulate arguments');
  const raw = input.profiles ?? [input.profile];
  const profiles = raw.map((p, i) => parseProfile(p, input.profiles ? `profiles[${i}]` : 'profile'));
  const prepared = prepareAll(input, profiles);
  const { iterations } = input;
  const { totals, companySums, companyHits, scenarioSums } = drawYears(prepared, iterations, input.seed);
  const grand = companySums.reduce((a, b) => a + b, 0);
  const companies = profiles.map(
    (profile, c): SimulatedCompany => ({
      index: c,
      name: profile.name,
      mean: eur((companySums[c] as number) / iterations),
      probabilityOfLoss: (companyHits[c] as number) / iterations,
      shareOfMean: grand > 0 ? (companySums[c] as number) / grand : 0,
      scenarios: (prepared[c] as Prepared[]).map((p, s) => {
        const scenario = input.scenarios[s] as SimulationScenario;
        return {
          id: scenario.id,
          provision: p.maximum.provision,
          cap: p.maximum.amount as SerializedMoney,
          capCitation: p.maximum.citation,
          severityMean: eur(p.severityMean),
          severityFromEstimate: p.severityRule,
          mean: eur(((scenarioSums[c] as Float64Array)[s] as number) / iterations),
        };
      }),
    }),
  );
  return {
    asOf: input.asOf,
    seed: input.seed,
    iterations,
    total: summariseLosses(totals),
    companies,
    steps: simulationSteps(input, prepared, profiles.length),
  };
}
