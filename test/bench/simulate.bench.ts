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

describe('simulate', () => {
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
