import { bench, describe } from 'vitest';
import type * as Lexposure from '../../src/index.js';

// The built package, as users run it (`npm run bench` builds first).
const built = '../../dist/index.js';
const { estimateExposure, parseProfile, riskScore } = (await import(built)) as typeof Lexposure;

/** 100 suppliers per iteration, processors with turnovers from €1m to €1bn. */
const COUNT = 100;
const profiles = Array.from({ length: COUNT }, (_, i) =>
  parseProfile({
    name: `Vendor ${i}`,
    roles: ['processor'],
    sector: i % 2 ? 'information technology' : 'Retail and e-commerce',
    establishments: [{ country: 'DE', main: true }],
    financialYears: [
      {
        year: 2024,
        end: '2024-12-31',
        scope: 'undertaking',
        turnover: { amount: `${1_000_000 + i * 10_000_000}`, currency: 'EUR' },
      },
    ],
  }),
);
const sink: unknown[] = [undefined];

describe(`exposure, ${COUNT} suppliers per iteration`, () => {
  bench('estimateExposure (every regime, GDPR default scenario)', () => {
    for (const profile of profiles) sink[0] = estimateExposure({ profile, asOf: '2025-06-30' });
  });

  const estimates = profiles.map((profile) => estimateExposure({ profile, asOf: '2025-06-30' }));
  bench('riskScore from an estimate', () => {
    for (const [i, profile] of profiles.entries())
      sink[0] = riskScore({ profile, asOf: '2025-06-30', estimate: estimates[i] });
  });
});
