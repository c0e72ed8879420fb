import * as z from 'zod';
import { gapAnalysis } from '../compliance/gap-analysis.js';
import { Decimal } from '../core/decimal.js';
import { LexposureError, ValidationError } from '../core/errors.js';
import { requireString } from '../core/guards.js';
import { formatMoney } from '../core/money.js';
import { isoDateSchema, parseInput, readDecimal } from '../core/validation.js';
import { estimateExposure } from '../exposure/estimate.js';
import { riskScore } from '../exposure/risk-score.js';
import type { Regime } from '../law/registry.js';
import { obligationsFor } from '../scope/obligations.js';
import { ProfileBuilder } from './profile-builder.js';

/** What a matcher returns, in the form vitest's and Jest's `expect.extend` take. */
export interface MatcherResult {
  readonly pass: boolean;
  readonly message: () => string;
}

type Status = 'applies' | 'not yet' | 'excluded' | 'does not apply' | 'undetermined';
type Measure = 'legalMaximum' | 'low' | 'likely' | 'high';

/** The matchers' signatures, for the `Assertion` interface of vitest (see `lexposure/testing/vitest`). */
export interface LexposureMatchers<R = unknown> {
  /** The obligation ("GDPR Art. 30") has this status on `asOf` (`applies` by default). */
  toHaveObligation(
    id: string,
    options: { asOf: string; status?: Status; service?: string; fx?: FxOption },
  ): R;
  /** The exposure of a regime (or the sum over the regimes estimated in EUR) stays under a budget in EUR. */
  toHaveExposureUnder(
    budgetEur: string | number,
    options: { asOf: string; regime?: Regime; measure?: Measure; fx?: FxOption },
  ): R;
  /** The risk score is below a value (0-100). */
  toHaveRiskScoreBelow(score: number, options: { asOf: string; fx?: FxOption }): R;
  /** No applicable obligation is not met, partly met or unknown (`ignoreUnknown` lets unknown pass). */
  toHaveNoGaps(options: { asOf: string; ignoreUnknown?: boolean; fx?: FxOption }): R;
}

/** The profile a matcher received: a builder's input, or the value itself (a proxy that throws included). */
function asInput(received: unknown): unknown {
  let builder = false;
  try {
    builder = received instanceof ProfileBuilder;
  } catch {
    // A proxy whose prototype cannot be read: not a builder; the function called says why it is no profile.
  }
  return builder ? (received as ProfileBuilder).toInput() : received;
}

/** Runs a check; a LexposureError (an invalid profile) fails the assertion with its message. */
function guard(run: () => MatcherResult): MatcherResult {
  try {
    return run();
  } catch (error) {
    if (error instanceof LexposureError)
      return { pass: false, message: () => `the profile could not be assessed: ${error.message}` };
    throw error;
  }
}

/**
 * The exchange-rate options every matcher takes, as the library's functions do: { basis, rates,
 * fallback } (fx.fallback 'latest-average' or 'none' for a year after the bundled averages).
 */
export type FxOption = {
  readonly basis?: 'annual-average' | 'year-end';
  readonly rates?: readonly unknown[];
  readonly fallback?: 'latest-average' | 'none';
};

/**
 * The matchers' own arguments are the test author's: a wrong one is a ValidationError naming it,
 * at once (the profile's problems fail the assertion instead). `fx` is passed on to the function
 * the matcher calls, which checks it.
 */
const shared = { asOf: isoDateSchema, fx: z.unknown().optional() };
const OPTIONS = {
  toHaveObligation: z
    .object({
      ...shared,
      status: z.enum(['applies', 'not yet', 'excluded', 'does not apply', 'undetermined']).optional(),
      service: z.string().max(200).optional(),
    })
    .strict(),
  toHaveExposureUnder: z
    .object({
      ...shared,
      regime: z.string().max(40).optional(),
      measure: z.enum(['legalMaximum', 'low', 'likely', 'high']).optional(),
    })
    .strict(),
  toHaveRiskScoreBelow: z.object(shared).strict(),
  toHaveNoGaps: z.object({ ...shared, ignoreUnknown: z.boolean().optional() }).strict(),
};

function optionsOf<K extends keyof typeof OPTIONS>(matcher: K, options: unknown) {
  const schema: (typeof OPTIONS)[K] = OPTIONS[matcher];
  return parseInput(schema, options, `${matcher} options`, 'options') as z.output<(typeof OPTIONS)[K]>;
}

function fxOf(options: { readonly fx?: unknown }): { fx?: unknown } {
  return options.fx === undefined ? {} : { fx: options.fx };
}

function toHaveObligation(
  received: unknown,
  id: string,
  given: { asOf: string; status?: Status; service?: string; fx?: FxOption },
): MatcherResult {
  requireString(id, 'id', 'toHaveObligation argument', 200);
  const options = optionsOf('toHaveObligation', given);
  return guard(() => {
    const wanted = options.status ?? 'applies';
    const result = obligationsFor({ profile: asInput(received), asOf: options.asOf, ...fxOf(options) });
    const found = result.obligations.filter(
      (o) => o.id === id && (options.service === undefined || o.service === options.service),
    );
    const pass = found.some((o) => o.status === wanted);
    return {
      pass,
      message: () =>
        pass
          ? `expected ${id} not to be "${wanted}" on ${options.asOf}, but it is: ${found[0]?.why}`
          : found.length === 0
            ? `expected ${id} to be "${wanted}" on ${options.asOf}, but the profile has no such obligation (its role or services do not bear it)`
            : `expected ${id} to be "${wanted}" on ${options.asOf}, but it is ${found.map((o) => `"${o.status}" (${o.why}${o.needs.length > 0 ? `; needs ${o.needs.join(', ')}` : ''})`).join('; ')}`,
    };
  });
}

function toHaveExposureUnder(
  received: unknown,
  budgetEur: string | number,
  given: { asOf: string; regime?: Regime; measure?: Measure; fx?: FxOption },
): MatcherResult {
  const budget = readDecimal(budgetEur);
  if (!budget.ok)
    throw new ValidationError(
      [{ path: 'budgetEur', message: `the budget is not an exact decimal: ${budget.message}` }],
      'toHaveExposureUnder argument',
    );
  const options = optionsOf('toHaveExposureUnder', given);
  return guard(() => {
    const measure = options.measure ?? 'likely';
    const estimate = estimateExposure({ profile: asInput(received), asOf: options.asOf, ...fxOf(options) });
    const regimes = estimate.regimes.filter(
      (r) => options.regime === undefined || r.regime === options.regime,
    );
    let total = new Decimal(0);
    const parts: string[] = [];
    for (const r of regimes) {
      const money = measure === 'legalMaximum' ? r.legalMaximum : (r.combined?.[measure] ?? null);
      if (money?.currency !== 'EUR') continue;
      total = total.plus(money.amount);
      parts.push(`${r.regime} ${formatMoney(money)}`);
    }
    const pass = total.lt(budget.value);
    const what = `the ${measure === 'legalMaximum' ? 'legal maximum' : `${measure} fine`}${options.regime ? ` under the ${options.regime}` : ''}`;
    return {
      pass,
      message: () =>
        `expected ${what} on ${options.asOf} ${pass ? 'not ' : ''}to stay under EUR ${budget.value.toFixed()}, got EUR ${total.toFixed()} (${parts.join(', ') || 'no regime estimated'})`,
    };
  });
}

function toHaveRiskScoreBelow(
  received: unknown,
  score: number,
  given: { asOf: string; fx?: FxOption },
): MatcherResult {
  if (typeof score !== 'number' || !Number.isFinite(score))
    throw new ValidationError(
      [{ path: 'score', message: 'expected a finite number (a score is 0-100)' }],
      'toHaveRiskScoreBelow argument',
    );
  const options = optionsOf('toHaveRiskScoreBelow', given);
  return guard(() => {
    const result = riskScore({ profile: asInput(received), asOf: options.asOf, ...fxOf(options) });
    const pass = result.score < score;
    return {
      pass,
      message: () =>
        `expected the risk score on ${options.asOf} ${pass ? 'not ' : ''}to be below ${score}, got ${result.score} (grade ${result.grade}; ${result.drivers.map((d) => `${d.part} ${d.points}`).join(', ')})`,
    };
  });
}

function toHaveNoGaps(
  received: unknown,
  given: { asOf: string; ignoreUnknown?: boolean; fx?: FxOption },
): MatcherResult {
  const options = optionsOf('toHaveNoGaps', given);
  return guard(() => {
    const result = gapAnalysis({ profile: asInput(received), asOf: options.asOf, ...fxOf(options) });
    const gaps = result.gaps.filter((g) => !(options.ignoreUnknown && g.status === 'unknown'));
    const pass = gaps.length === 0;
    return {
      pass,
      message: () =>
        pass
          ? `expected gaps on ${options.asOf}, found none`
          : `expected no gaps on ${options.asOf}, found ${gaps.length}: ${gaps
              .slice(0, 10)
              .map((g) => `${g.id}${g.service ? ` (${g.service})` : ''} ${g.status}`)
              .join(', ')}${gaps.length > 10 ? ', …' : ''}`,
    };
  });
}

/**
 * Matchers for `expect.extend` (vitest or Jest): `expect.extend(lexposureMatchers)`, then
 * `expect(profile).toHaveObligation('GDPR Art. 30', { asOf: '2026-06-30' })`. The received value is
 * a profile (JSON or parsed) or a ProfileBuilder.
 */
export const lexposureMatchers = /* @__PURE__ */ Object.freeze({
  toHaveObligation,
  toHaveExposureUnder,
  toHaveRiskScoreBelow,
  toHaveNoGaps,
});
