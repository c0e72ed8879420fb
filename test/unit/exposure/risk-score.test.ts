import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  estimateExposure,
  RISK_SCORE_MODEL,
  riskScore,
  simulate,
  ValidationError,
} from '../../../src/index.js';
import { sanctions } from '../../../src/sanctions/index.js';
import { aProfile } from '../../../src/testing/index.js';

const saas = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../../fixtures/profiles/saas-vendor.json', import.meta.url)),
    'utf8',
  ),
);
const ASOF = '2025-06-30';

/** The documented formula, recomputed: log-scale level between two anchors, clamped. */
const level = (x: number, from: number, to: number) =>
  x <= 0
    ? 0
    : Math.min(1, Math.max(0, (Math.log10(x) - Math.log10(from)) / (Math.log10(to) - Math.log10(from))));

describe('riskScore', () => {
  it('follows the documented formula (the SaaS example, an expected loss of €61,500)', () => {
    const result = riskScore({
      profile: saas,
      asOf: ASOF,
      expectedLoss: { amount: '61500', currency: 'EUR' },
    });
    // Turnover 2024: €6,150,000. Expected loss ÷ turnover = 0.01; the GDPR maximum €20,000,000 is
    // the only one in scope: 20,000,000 ÷ 6,150,000; one obligation (the GDPR applies, no DSA duty).
    const m = RISK_SCORE_MODEL;
    const expected =
      100 *
      (m.expectedLoss.weight * level(0.01, m.expectedLoss.from, m.expectedLoss.to) +
        m.worstCase.weight * level(20_000_000 / 6_150_000, m.worstCase.from, m.worstCase.to) +
        m.obligations.weight * level(1, m.obligations.from, m.obligations.to));
    expect(result.score).toBe(Math.round(expected * 10) / 10);
    expect(result.score).toBe(66.3);
    expect(result.grade).toBe('E');
    expect(result.drivers.map((d) => d.part)).toEqual(['expectedLoss', 'worstCase', 'obligations']);
    expect(result.drivers[0]?.points).toBe(40);
  });

  it('without an expected loss, takes the likely fines × the annual probability, and says it assumed one', () => {
    const estimate = estimateExposure({ profile: saas, asOf: ASOF });
    const likely = estimate.regimes.find((r) => r.regime === 'GDPR')?.combined?.likely?.amount ?? 'NaN';
    const result = riskScore({ profile: saas, asOf: ASOF, estimate });
    const step = result.steps.find((s) => s.label === 'Expected annual loss');
    expect(step?.severity).toBe('warning');
    // €21,908.90 × 0.05 = €1,095.445, half-up to the cent.
    expect(step?.value).toEqual({
      amount: new Decimal(likely).times('0.05').toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
      currency: 'EUR',
    });
    const given = riskScore({ profile: saas, asOf: ASOF, estimate, annualProbability: '0.05' });
    expect(given.score).toBe(result.score);
    expect(given.steps.find((s) => s.label === 'Expected annual loss')?.severity).toBe('info');
  });

  it('never falls when the expected loss rises', () => {
    const estimate = estimateExposure({ profile: saas, asOf: ASOF });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 1e12 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const score = (x: number) =>
          riskScore({
            profile: saas,
            asOf: ASOF,
            estimate,
            expectedLoss: { amount: String(x), currency: 'EUR' },
          }).score;
        expect(score(hi)).toBeGreaterThanOrEqual(score(lo));
      }),
      { numRuns: 100 },
    );
  });

  it('never falls when a probability rises or more duties apply', () => {
    const p = (x: string) => riskScore({ profile: saas, asOf: ASOF, annualProbability: x }).score;
    expect(p('0.5')).toBeGreaterThanOrEqual(p('0.1'));
    const plain = aProfile('Host').withTurnover(2024, '50000000', 'EUR').build();
    const hosting = {
      ...plain,
      services: [{ kind: 'online-platform', euMonthlyActiveRecipients: 1_000_000 }],
    };
    const a = riskScore({ profile: plain, asOf: ASOF, expectedLoss: { amount: '1000', currency: 'EUR' } });
    const b = riskScore({ profile: hosting, asOf: ASOF, expectedLoss: { amount: '1000', currency: 'EUR' } });
    expect(b.score).toBeGreaterThanOrEqual(a.score);
  });

  it.each([
    [{ expectedLoss: { amount: '100', currency: 'USD' } }, /expectedLoss\.currency/],
    [{ annualProbability: '2' }, /at most 1/],
    [{ estimate: { nope: true } }, /an estimateExposure result/],
  ])('refuses bad input %#', (extra, message) => {
    const call = () => riskScore({ profile: saas, asOf: ASOF, ...extra });
    expect(call).toThrow(ValidationError);
    expect(call).toThrow(message);
  });
});

describe('the README walk-through (the bundled SaaS example)', () => {
  it('gives the figures the README shows', () => {
    const estimate = estimateExposure({ profile: saas, asOf: ASOF, sanctions });
    const simulation = simulate({
      profile: saas,
      asOf: ASOF,
      sanctions,
      iterations: 100_000,
      seed: 1,
      scenarios: [
        {
          id: 'gdpr',
          provision: 'GDPR 83(5)',
          frequency: { probability: '0.05' },
          severity: {
            kind: 'estimate',
            source: 'combined',
            regime: 'GDPR',
            articles: ['5', '12', '6', '13'],
          },
        },
      ],
    });
    const company = simulation.companies[0];
    // PERT mean (280.75 + 4 × 21,908.90 + 80,000) ÷ 6.
    expect(company?.scenarios[0]?.severityMean.amount).toBe(((280.75 + 4 * 21908.9 + 80000) / 6).toFixed(2));
    expect(company?.mean.amount).toBe('1423.82');
    expect(simulation.total.quantiles.p99.amount).toBe('41080.94');
    const score = riskScore({ profile: saas, asOf: ASOF, estimate, expectedLoss: company?.mean });
    expect([score.score, score.grade]).toEqual([50, 'D']);
    expect(score.drivers.map((d) => d.points)).toEqual([26.3, 23.6, 0]);
  });
});
