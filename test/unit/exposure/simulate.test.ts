import { describe, expect, it } from 'vitest';
import { quantileOfSorted } from '../../../src/exposure/loss-distribution.js';
import {
  estimateExposure,
  MissingTurnoverError,
  type SimulateArgs,
  type SimulationScenarioInput,
  simulate,
  ValidationError,
} from '../../../src/index.js';
import { aProfile } from '../../../src/testing/index.js';

/** A company whose GDPR 83(5) maximum is the fixed €20,000,000 (4 % of €10m is €400,000). */
const small = aProfile('Small SAS').withTurnover(2024, '10000000', 'EUR').build();
/** 4 % of €1bn = €40,000,000. */
const large = aProfile('Large SE').withTurnover(2024, '1000000000', 'EUR').build();
const ASOF = '2025-06-30';

const num = (m: { amount: string }) => Number(m.amount);

/** The margin a sample mean stays within, with certainty for practical purposes: 5 standard errors. */
const margin = (sd: number, n: number) => (5 * sd) / Math.sqrt(n);

function run(
  severity: SimulationScenarioInput['severity'],
  frequency: SimulationScenarioInput['frequency'] = { probability: '1' },
  n = 200_000,
) {
  return simulate({
    profile: small,
    asOf: ASOF,
    iterations: n,
    seed: 7,
    scenarios: [{ id: 's', provision: 'GDPR 83(5)', frequency, severity }],
  });
}

describe('simulate: figures against independent computation', () => {
  it('Bernoulli frequency, fixed severity: P(loss) ≈ p, quantiles exact', () => {
    const n = 200_000;
    const r = run({ kind: 'fixed', value: '1000' }, { probability: '0.25' }, n);
    const sd = Math.sqrt(0.25 * 0.75);
    expect(Math.abs(r.total.probabilityOfLoss - 0.25)).toBeLessThan(margin(sd, n));
    expect(Math.abs(num(r.total.mean) - 250)).toBeLessThan(margin(1000 * sd, n));
    // A quarter of the years cost €1,000 and the rest nothing: the 50 % quantile is 0, the 90 % and
    // the tail means are €1,000.
    expect(r.total.quantiles.p50.amount).toBe('0.00');
    expect(r.total.quantiles.p90.amount).toBe('1000.00');
    expect(r.total.tailValueAtRisk.p99.amount).toBe('1000.00');
    expect(r.total.max.amount).toBe('1000.00');
  });

  it('caps every fine at the legal maximum: uniform on [0, 2 × cap] has capped mean 0.75 × cap', () => {
    // GDPR Art. 83(5): €20,000,000 for this company. E[min(U, c)] with U ~ U(0, 2c) = c/4 + c/2.
    const n = 200_000;
    const r = run({ kind: 'uniform', min: '0', max: '40000000' }, undefined, n);
    expect(r.companies[0]?.scenarios[0]?.cap).toEqual({ amount: '20000000', currency: 'EUR' });
    expect(r.total.max.amount).toBe('20000000.00');
    const sd = Math.sqrt(0.5 * (20e6 - 15e6) ** 2 + (1 / 12) * 0.5 * 20e6 ** 2 + 0.5 * 5e6 ** 2);
    expect(Math.abs(num(r.total.mean) - 15_000_000)).toBeLessThan(margin(sd, n));
    expect(r.companies[0]?.scenarios[0]?.severityMean.amount).toBe('20000000.00');
  });

  it.each([
    [
      'triangular',
      { kind: 'triangular', min: '0', mode: '300', max: '900' },
      400,
      Math.sqrt((0 + 300 ** 2 + 900 ** 2 - 0 - 0 - 300 * 900) / 18),
    ],
    // PERT mean (min + 4·mode + max) / 6; variance (μ − min)(max − μ) / 7.
    ['pert', { kind: 'pert', min: '0', mode: '300', max: '900' }, 350, Math.sqrt((350 * 550) / 7)],
    [
      'lognormal',
      { kind: 'lognormal', median: '1000', sigma: '0.5' },
      1000 * Math.exp(0.125),
      1000 * Math.exp(0.125) * Math.sqrt(Math.exp(0.25) - 1),
    ],
  ])('%s severity: the sample mean matches the distribution mean', (_, severity, mean, sd) => {
    const n = 200_000;
    const r = run(severity as SimulationScenarioInput['severity'], undefined, n);
    expect(Math.abs(num(r.total.mean) - mean)).toBeLessThan(margin(sd, n));
    expect(
      Math.abs(num(r.companies[0]?.scenarios[0]?.severityMean ?? { amount: 'NaN' }) - mean),
    ).toBeLessThan(0.01);
  });

  it('lognormal: the median is the median given', () => {
    const r = run({ kind: 'lognormal', median: '1000', sigma: '0.5' });
    // The density of the log at its median is 1/(σ√(2π)); the sample median's error is ~1/(2f√n).
    expect(Math.abs(Math.log(num(r.total.quantiles.p50) / 1000))).toBeLessThan(0.01);
  });

  it('Poisson frequency: mean count = rate, P(at least one) = 1 − e^−rate', () => {
    const n = 200_000;
    const r = run({ kind: 'fixed', value: '1' }, { rate: '2' }, n);
    expect(Math.abs(num(r.total.mean) - 2)).toBeLessThan(margin(Math.SQRT2, n));
    const p = 1 - Math.exp(-2);
    expect(Math.abs(r.total.probabilityOfLoss - p)).toBeLessThan(margin(Math.sqrt(p * (1 - p)), n));
  });

  it('a severity in shares of turnover scales with the turnover used for the cap', () => {
    // 0.1 % of the €1bn turnover = €1,000,000; the cap is 4 % = €40,000,000.
    const r = simulate({
      profile: large,
      asOf: ASOF,
      iterations: 10,
      scenarios: [
        {
          id: 's',
          provision: 'GDPR 83(5)',
          frequency: { probability: '1' },
          severity: { kind: 'fixed', unit: 'turnover', value: '0.001' },
        },
      ],
    });
    expect(r.total.mean.amount).toBe('1000000.00');
    expect(r.companies[0]?.scenarios[0]?.cap).toEqual({ amount: '40000000', currency: 'EUR' });
  });

  it('type 7 quantiles on sorted values', () => {
    expect(quantileOfSorted(Float64Array.from([1, 2, 3, 4]), 0.5)).toBe(2.5);
    expect(quantileOfSorted(Float64Array.from([1, 2, 3, 4]), 0.9)).toBeCloseTo(3.7, 12);
  });
});

describe('simulate: reproducibility and portfolios', () => {
  const args = (seed: number): Extract<SimulateArgs, { profiles: unknown }> => ({
    profiles: [small, large],
    asOf: ASOF,
    iterations: 20_000,
    seed,
    scenarios: [
      {
        id: 'security',
        provision: 'GDPR 83(4)',
        frequency: { probability: '0.05' },
        severity: { kind: 'lognormal', unit: 'turnover', median: '0.002', sigma: '1.2' },
      },
      {
        id: 'consent',
        provision: 'GDPR 83(5)',
        frequency: { rate: '0.1' },
        severity: { kind: 'pert', min: '10000', mode: '200000', max: '5000000' },
      },
    ],
  });

  it('gives the same result for the same seed, another for another seed', () => {
    expect(simulate(args(3))).toEqual(simulate(args(3)));
    expect(simulate(args(4)).total.mean).not.toEqual(simulate(args(3)).total.mean);
  });

  it('splits the total into companies and scenarios', () => {
    const r = simulate(args(3));
    const companies = r.companies.reduce((sum, c) => sum + num(c.mean), 0);
    expect(Math.abs(companies - num(r.total.mean))).toBeLessThan(0.02);
    expect(r.companies.reduce((sum, c) => sum + c.shareOfMean, 0)).toBeCloseTo(1, 12);
    for (const c of r.companies) {
      const scenarios = c.scenarios.reduce((sum, s) => sum + num(s.mean), 0);
      expect(Math.abs(scenarios - num(c.mean))).toBeLessThan(0.02);
    }
    // GDPR Art. 83(4): €10,000,000 or 2 %, whichever is higher: €10m for the small, €20m for the large.
    expect(r.companies.map((c) => c.scenarios[0]?.cap.amount)).toEqual(['10000000', '20000000']);
  });

  it('names the company whose data is missing or wrong', () => {
    const noTurnover = aProfile('No Figures').build();
    expect(() => simulate({ ...args(1), profiles: [small, noTurnover] })).toThrow(MissingTurnoverError);
    expect(() => simulate({ ...args(1), profiles: [small, noTurnover] })).toThrow(
      /profiles\[1\] \(No Figures\)/,
    );
    expect(() => simulate({ ...args(1), profiles: [small, { name: '' }] })).toThrow(
      /profiles\[1\]\.name: must not be empty/,
    );
  });
});

describe('simulate: bad input', () => {
  const base = {
    profile: small,
    asOf: ASOF,
    scenarios: [
      {
        id: 's',
        provision: 'GDPR 83(5)',
        frequency: { probability: '0.1' },
        severity: { kind: 'fixed', value: '1' },
      },
    ],
  };
  it.each([
    [
      { ...base, scenarios: [{ ...base.scenarios[0], frequency: { probability: '1.5' } }] },
      /scenarios\[0\]\.frequency\.probability: an annual probability is at most 1/,
    ],
    [
      { ...base, scenarios: [{ ...base.scenarios[0], frequency: { rate: '80' } }] },
      /at most 50 fines a year/,
    ],
    [
      { ...base, scenarios: [{ ...base.scenarios[0], severity: { kind: 'uniform', min: '5', max: '1' } }] },
      /scenarios\[0\]\.severity\.max: must be at least min/,
    ],
    [
      {
        ...base,
        scenarios: [{ ...base.scenarios[0], severity: { kind: 'lognormal', median: '0', sigma: '1' } }],
      },
      /severity\.median: must be greater than zero/,
    ],
    [{ ...base, profiles: [small] }, /either profile or profiles/],
    [{ ...base, iterations: 0 }, /iterations/],
    [{ ...base, seed: -1 }, /seed/],
    [{ ...base, scenarios: [base.scenarios[0], base.scenarios[0]] }, /duplicate id s/],
    [
      { ...base, scenarios: [{ ...base.scenarios[0], provision: 'UK GDPR higher' }] },
      /caps in GBP; simulate works in EUR/,
    ],
  ])('refuses %#', (args, message) => {
    expect(() => simulate(args as never)).toThrow(ValidationError);
    expect(() => simulate(args as never)).toThrow(message);
  });
});

describe('simulate: severities from the estimate', () => {
  const saas = aProfile('SaaS').withTurnover(2024, '6150000', 'EUR').build();
  const scenario = (source: 'model' | 'method' | 'combined') => ({
    id: source,
    provision: 'GDPR 83(5)',
    frequency: { probability: '1' },
    severity: {
      kind: 'estimate' as const,
      source,
      regime: 'GDPR' as const,
      articles: ['5', '12', '6', '13'],
    },
  });

  it('takes the EDPB range as a PERT: (6,000 + 4 × 21,908.90 + 80,000) ÷ 6', () => {
    const n = 100_000;
    const r = simulate({
      profile: saas,
      asOf: ASOF,
      iterations: n,
      seed: 5,
      scenarios: [scenario('method')],
    });
    const s = r.companies[0]?.scenarios[0];
    const mean = (6000 + 4 * 21908.9 + 80000) / 6;
    expect(s?.severityMean.amount).toBe(mean.toFixed(2));
    expect(s?.severityFromEstimate).toMatch(/^PERT on the method range: 6000\.00, 21908\.90, 80000\.00/);
    const sd = Math.sqrt(((mean - 6000) * (80000 - mean)) / 7);
    expect(Math.abs(num(r.total.mean) - mean)).toBeLessThan(margin(sd, n));
  });

  it('draws from the fine model’s predictive distribution: the simulation’s quantiles are the estimate’s', () => {
    const r = simulate({
      profile: saas,
      asOf: ASOF,
      iterations: 100_000,
      seed: 5,
      scenarios: [scenario('model')],
    });
    const s = r.companies[0]?.scenarios[0];
    expect(s?.severityFromEstimate).toMatch(
      /^the fine model's predictive distribution: \d+ equally likely values/,
    );
    const gdpr = estimateExposure({
      profile: saas,
      asOf: ASOF,
      scenarios: [{ regime: 'GDPR', articles: ['5', '12', '6', '13'] }],
    }).regimes.find((x) => x.regime === 'GDPR');
    // One fine a year (probability 1): the simulated median is the model's likely fine.
    const likely = Number(gdpr?.model?.likely.amount);
    expect(Math.abs(Math.log(num(r.total.quantiles.p50) / likely))).toBeLessThan(0.05);
  });

  it('says when the estimate has no such range', () => {
    expect(() =>
      simulate({
        profile: saas,
        asOf: ASOF,
        scenarios: [
          {
            ...scenario('method'),
            provision: 'DSA 74(1)',
            severity: { ...scenario('method').severity, regime: 'DSA', articles: ['39'] },
          },
        ],
      }),
    ).toThrow(/no method range for DSA/);
  });
});
