import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { legalMaximum, type SimulateArgs, simulate } from '../../src/index.js';
import { aProfile } from '../../src/testing/index.js';

const severity = fc.oneof(
  fc.record({
    kind: fc.constant('uniform'),
    min: fc.constant('0'),
    max: fc.integer({ min: 1, max: 2e9 }).map(String),
  }),
  fc.record({
    kind: fc.constant('lognormal'),
    median: fc.integer({ min: 1, max: 1e9 }).map(String),
    sigma: fc.integer({ min: 0, max: 400 }).map((k) => (k / 100).toFixed(2)),
  }),
  fc
    .tuple(
      fc.integer({ min: 0, max: 1e9 }),
      fc.integer({ min: 0, max: 1e9 }),
      fc.integer({ min: 1, max: 1e9 }),
    )
    .map(([a, b, c]) => {
      const [min, mode, max] = [a, a + b, a + b + c];
      return { kind: 'pert', min: String(min), mode: String(mode), max: String(max) };
    }),
);

describe('simulate, for any inputs', () => {
  it('never draws above the cap, orders its quantiles, and repeats itself for a seed', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10_000_000_000_000n }),
        fc.constantFrom('GDPR 83(4)', 'GDPR 83(5)', 'DSA 74(1)'),
        fc.integer({ min: 0, max: 100 }),
        severity,
        fc.integer({ min: 0, max: 0xffffffff }),
        (turnover, provision, percent, sev, seed) => {
          const profile = aProfile('Any').withTurnover(2024, turnover.toString(), 'EUR').build();
          const args: SimulateArgs = {
            profile,
            asOf: '2025-06-30',
            iterations: 2_000,
            seed,
            scenarios: [
              {
                id: 's',
                provision,
                frequency: { probability: (percent / 100).toFixed(2) },
                severity: sev as NonNullable<SimulateArgs['scenarios']>[number]['severity'],
              },
            ],
          };
          const result = simulate(args);
          const cap = Number(legalMaximum({ profile, provision, asOf: '2025-06-30' }).amount?.amount);
          // At most one fine a year (Bernoulli), so no year may exceed the cap (to the cent rounding).
          expect(Number(result.total.max.amount)).toBeLessThanOrEqual(cap + 0.005);
          const { p50, p90, p95, p99 } = result.total.quantiles;
          const ordered = [p50, p90, p95, p99, result.total.max].map((m) => Number(m.amount));
          for (let i = 1; i < ordered.length; i++)
            expect(ordered[i]).toBeGreaterThanOrEqual(ordered[i - 1] as number);
          expect(Number(result.total.tailValueAtRisk.p95.amount)).toBeGreaterThanOrEqual(
            Number(result.total.valueAtRisk.p95.amount) - 0.01,
          );
          const curve = result.total.exceedance.map((p) => p.probability);
          for (let i = 1; i < curve.length; i++) expect(curve[i]).toBeLessThanOrEqual(curve[i - 1] as number);
          expect(simulate(args)).toEqual(result);
        },
      ),
      { numRuns: 150 },
    );
  });
});
