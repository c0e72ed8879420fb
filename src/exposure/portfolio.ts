import * as z from 'zod';
import type { SerializedMoney } from '../core/money.js';
import { parseInput } from '../core/validation.js';
import { amount } from './estimate-input.js';
import { createRandom } from './random.js';
import type { RiskGrade, RiskScore } from './risk-score.js';

/**
 * What the supplier-base view reads of each score: a riskScore result is one, and a batch keeps
 * only these fields of each row (`portfolioEntry`), so that a base of 100,000 stays small.
 */
export type PortfolioEntry = Pick<
  RiskScore,
  'company' | 'score' | 'grade' | 'status' | 'expectedAnnualLoss'
> & {
  readonly drivers: readonly Pick<RiskScore['drivers'][number], 'part'>[];
  readonly regimes: readonly Pick<
    RiskScore['regimes'][number],
    'regime' | 'rate' | 'expectedAnnualLoss' | 'fine'
  >[];
};

/** The fields of a score the supplier-base view reads. */
export function portfolioEntry(s: RiskScore): PortfolioEntry {
  return {
    company: s.company,
    score: s.score,
    grade: s.grade,
    status: s.status,
    expectedAnnualLoss: s.expectedAnnualLoss,
    drivers: s.drivers.slice(0, 1).map((d) => ({ part: d.part })),
    regimes: s.regimes.map((r) => ({
      regime: r.regime,
      rate: r.rate,
      expectedAnnualLoss: r.expectedAnnualLoss,
      fine: r.fine,
    })),
  };
}

/**
 * The supplier-base view of many risk scores: how scores and grades are spread, what drives them,
 * which suppliers dominate the expected loss, and the base's total annual loss with its tail (a
 * Monte Carlo of the base: the number of fines in a year is Poisson with the summed rates, each fine
 * falls on a supplier in proportion to its rate and is drawn from its fine distribution). Doubles:
 * statistics, not legal figures.
 */
export interface Portfolio {
  readonly suppliers: number;
  readonly scores: {
    readonly min: number;
    readonly median: number;
    readonly max: number;
    /** Suppliers per band of ten points, [0, 10) to [90, 100]. */
    readonly histogram: readonly number[];
  };
  readonly grades: Readonly<Record<RiskGrade, number>>;
  readonly undetermined: number;
  /** What drives the scores: the suppliers whose largest part is each driver, and the regimes with the most expected loss. */
  readonly drivers: {
    readonly byPart: Readonly<Record<string, number>>;
    readonly byRegime: readonly {
      readonly regime: string;
      readonly expectedAnnualLoss: SerializedMoney;
      readonly share: number;
    }[];
  };
  /** The suppliers with the largest expected annual loss, with their share of the total. */
  readonly dominant: readonly {
    readonly company: string;
    readonly expectedAnnualLoss: SerializedMoney;
    readonly share: number;
    readonly grade: RiskGrade;
  }[];
  readonly expectedAnnualLoss: SerializedMoney;
  /** The base's annual loss: expected fines a year and the 95 % and 99 % annual loss (simulated). */
  readonly annual: {
    readonly expectedFines: number;
    readonly loss95: SerializedMoney;
    readonly loss99: SerializedMoney;
    readonly iterations: number;
    readonly seed: number;
  };
}

/**
 * What the view reads of each score, checked as the library writes it (a riskScore result, or the
 * fields a batch keeps): a forged score with a NaN, a negative amount or a missing fine is a
 * ValidationError naming it, not a TypeError from inside the simulation.
 */
const entrySchema = z
  .object({
    company: z.string().max(1000),
    score: z.number().min(0).max(100),
    grade: z.enum(['A', 'B', 'C', 'D', 'E', 'F']),
    status: z.string().max(40),
    expectedAnnualLoss: amount,
    drivers: z.array(z.object({ part: z.string().max(100) }).loose()).max(100),
    regimes: z
      .array(
        z
          .object({
            regime: z.string().max(40),
            rate: z.number().min(0).max(1e6),
            expectedAnnualLoss: amount,
            fine: z.object({ low: amount, likely: amount, high: amount }).loose().nullable(),
          })
          .loose(),
      )
      .max(50),
  })
  .loose()
  .transform((e) => e as unknown as PortfolioEntry);

export const portfolioArgs = z
  .object({
    scores: z.array(entrySchema).min(1).max(1_000_000),
    iterations: z.number().int().min(100).max(1_000_000).default(20_000),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 32 - 1)
      .default(1),
    top: z.number().int().min(1).max(1000).default(10),
  })
  .strict();

const eur = (v: number): SerializedMoney => ({
  amount: (Math.round(v * 100) / 100).toFixed(2),
  currency: 'EUR',
});

function quantile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return (sorted[lo] as number) + (h - lo) * ((sorted[hi] as number) - (sorted[lo] as number));
}

type Scored = z.output<typeof portfolioArgs>['scores'][number];

/** Each (supplier, regime) pair with a rate: its rate and a lognormal through its likely and high fines. */
function lossParts(scores: readonly Scored[]): { rate: number; mu: number; sigma: number }[] {
  // The 50th and 90th percentiles fix the lognormal: sigma = ln(high / likely) / z(0.9).
  return scores.flatMap((s) =>
    s.regimes
      .filter((r) => r.rate > 0 && r.fine)
      .map((r) => {
        const likely = Math.max(1, Number(r.fine?.likely.amount));
        const high = Math.max(likely, Number(r.fine?.high.amount));
        return { rate: r.rate, mu: Math.log(likely), sigma: Math.log(high / likely) / 1.2815515655446004 };
      }),
  );
}

/**
 * Monte Carlo of the base's year (doubles, seeded): a Poisson number of fines at the total rate,
 * each drawn from a pair chosen in proportion to its rate. The losses come back sorted.
 */
function baseYearLosses(
  parts: readonly { rate: number; mu: number; sigma: number }[],
  iterations: number,
  seed: number,
): { lambda: number; losses: Float64Array } {
  const cumulative = new Float64Array(parts.length);
  let lambda = 0;
  parts.forEach((p, i) => {
    lambda += p.rate;
    cumulative[i] = lambda;
  });
  const random = createRandom(seed);
  const losses = new Float64Array(iterations);
  const limit = Math.exp(-lambda);
  for (let it = 0; it < iterations; it++) {
    // Poisson(λ): Knuth for small λ, a normal approximation above 30.
    let n = 0;
    if (lambda > 30) n = Math.max(0, Math.round(lambda + Math.sqrt(lambda) * random.normal()));
    else {
      let product = random.next();
      while (product > limit) {
        n++;
        product *= random.next();
      }
    }
    let loss = 0;
    for (let k = 0; k < n; k++) {
      const u = random.next() * lambda;
      let lo = 0;
      let hi = parts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((cumulative[mid] as number) < u) lo = mid + 1;
        else hi = mid;
      }
      const p = parts[lo];
      if (p) loss += Math.exp(p.mu + p.sigma * random.normal());
    }
    losses[it] = loss;
  }
  losses.sort();
  return { lambda, losses };
}

/** The scores in ten bins of ten points. */
function histogramOf(values: Float64Array): number[] {
  const histogram = Array.from({ length: 10 }, () => 0);
  for (const v of values) {
    const bin = Math.min(9, Math.floor(v / 10));
    histogram[bin] = (histogram[bin] as number) + 1;
  }
  return histogram;
}

/** The supplier-base view of risk scores (riskScore results or their `portfolioEntry`, one per supplier). */
export function portfolio(input: unknown): Portfolio {
  const { scores, iterations, seed, top } = parseInput(portfolioArgs, input, 'portfolio arguments');
  const values = Float64Array.from(scores, (s) => s.score).sort();
  const histogram = histogramOf(values);
  const grades: Record<RiskGrade, number> = { A: 0, B: 0, C: 0, D: 0, E: 0, F: 0 };
  for (const s of scores) grades[s.grade]++;
  const byPart: Record<string, number> = {};
  for (const s of scores) {
    const main = s.drivers[0]?.part ?? 'none';
    byPart[main] = (byPart[main] ?? 0) + 1;
  }
  const total = scores.reduce((sum, s) => sum + Number(s.expectedAnnualLoss.amount), 0);
  const regimeLoss = new Map<string, number>();
  for (const s of scores)
    for (const r of s.regimes)
      regimeLoss.set(r.regime, (regimeLoss.get(r.regime) ?? 0) + Number(r.expectedAnnualLoss.amount));
  const dominant = [...scores]
    .sort((a, b) => Number(b.expectedAnnualLoss.amount) - Number(a.expectedAnnualLoss.amount))
    .slice(0, top)
    .map((s) => ({
      company: s.company,
      expectedAnnualLoss: s.expectedAnnualLoss,
      share: total > 0 ? Math.round((Number(s.expectedAnnualLoss.amount) / total) * 10_000) / 10_000 : 0,
      grade: s.grade,
    }));

  const { lambda, losses } = baseYearLosses(lossParts(scores), iterations, seed);
  return {
    suppliers: scores.length,
    scores: {
      min: values[0] as number,
      median: quantile(values, 0.5),
      max: values[values.length - 1] as number,
      histogram,
    },
    grades,
    undetermined: scores.filter((s) => s.status === 'undetermined').length,
    drivers: {
      byPart,
      byRegime: [...regimeLoss]
        .sort((a, b) => b[1] - a[1])
        .map(([regime, loss]) => ({
          regime,
          expectedAnnualLoss: eur(loss),
          share: total > 0 ? Math.round((loss / total) * 10_000) / 10_000 : 0,
        })),
    },
    dominant,
    expectedAnnualLoss: eur(total),
    annual: {
      expectedFines: Math.round(lambda * 10_000) / 10_000,
      loss95: eur(quantile(losses, 0.95)),
      loss99: eur(quantile(losses, 0.99)),
      iterations,
      seed,
    },
  };
}

/** A Vega-Lite chart of the supplier base: suppliers per grade. */
export function portfolioChart(p: Portfolio): Record<string, unknown> {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: `Supplier base: ${p.suppliers} suppliers, expected annual loss EUR ${p.expectedAnnualLoss.amount}`,
    width: 420,
    height: 260,
    data: { values: Object.entries(p.grades).map(([grade, count]) => ({ grade, count })) },
    mark: 'bar',
    encoding: {
      x: { field: 'grade', type: 'ordinal', sort: ['A', 'B', 'C', 'D', 'E', 'F'], title: 'Grade' },
      y: { field: 'count', type: 'quantitative', title: 'Suppliers' },
      tooltip: [{ field: 'grade' }, { field: 'count' }],
    },
  };
}
