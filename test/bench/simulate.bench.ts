import { bench, describe } from 'vitest';
import type * as Lexposure from '../../src/index.js';

// The built package, as users run it (`npm run bench` builds first).
const built = '../../dist/index.js';
const { parseProfile, simulate } = (await import(built)) as typeof Lexposure;

const profile = parseProfile({
  name: 'Vendor',
  financialYears: [
    {
      year: 2024,
      end: '2024-12-31',
      scope: 'undertaking',
      turnover: { amount: '750000000', currency: 'EUR' },
    },
  ],
});
const lognormal = { kind: 'lognormal', unit: 'turnover', median: '0.002', sigma: '1.2' } as const;
const sink: unknown[] = [undefined];

describe('simulate against its floor', () => {
  // 1,000,000 draws of one scenario (a Bernoulli year and a lognormal severity), then the summary.
  bench('one scenario, 1,000,000 years', () => {
    sink[0] = simulate({
      profile,
      asOf: '2025-06-30',
      iterations: 1_000_000,
      seed: 1,
      scenarios: [
        { id: 'gdpr', provision: 'GDPR 83(5)', frequency: { probability: '0.2' }, severity: lognormal },
      ],
    });
  });

  // The floor: the same draws in a bare Float64 loop — the same xoshiro128** generator, a Bernoulli
  // year with p = 0.2, a lognormal severity (median 0.2 % of €750m, σ = 1.2) by the polar method,
  // capped at 4 % of the turnover — then the same sort. No validation, no steps, no summary.
  bench('floor: bare Float64 loop, same draws, 1,000,000 years', () => {
    const n = 1_000_000;
    const years = new Float64Array(n);
    let a = 0x9e3779b9;
    let b = 0x243f6a88;
    let c = 0xb7e15162;
    let d = 0x12345678;
    const rotl = (x: number, k: number) => (x << k) | (x >>> (32 - k));
    const next = () => {
      const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
      const t = b << 9;
      c ^= a;
      d ^= b;
      b ^= c;
      a ^= d;
      c ^= t;
      d = rotl(d, 11);
      return (result + 0.5) / 4294967296;
    };
    const mu = Math.log(0.002 * 750_000_000);
    const cap = 0.04 * 750_000_000;
    for (let i = 0; i < n; i++) {
      if (next() >= 0.2) continue;
      let u = 0;
      let s = 0;
      do {
        u = 2 * next() - 1;
        const v = 2 * next() - 1;
        s = u * u + v * v;
      } while (s <= 0 || s >= 1);
      const z = u * Math.sqrt((-2 * Math.log(s)) / s);
      years[i] = Math.min(cap, Math.exp(mu + 1.2 * z));
    }
    years.sort();
    sink[0] = years[n - 1];
  });
});

describe('simulate, portfolio', () => {
  const vendors = Array.from({ length: 1000 }, (_, i) =>
    parseProfile({
      name: `Vendor ${i}`,
      financialYears: [
        {
          year: 2024,
          end: '2024-12-31',
          scope: 'undertaking',
          turnover: { amount: `${1_000_000 + i * 3_000_000}`, currency: 'EUR' },
        },
      ],
    }),
  );
  // 1,000 vendors × 2 scenarios × 1,000 years = 2,000,000 draws.
  bench('portfolio: 1,000 vendors, 2 scenarios, 1,000 years', () => {
    sink[0] = simulate({
      profiles: vendors,
      asOf: '2025-06-30',
      iterations: 1_000,
      seed: 1,
      scenarios: [
        { id: 'security', provision: 'GDPR 83(4)', frequency: { probability: '0.05' }, severity: lognormal },
        {
          id: 'consent',
          provision: 'GDPR 83(5)',
          frequency: { rate: '0.1' },
          severity: { kind: 'pert', min: '10000', mode: '200000', max: '5000000' },
        },
      ],
    });
  });
});
