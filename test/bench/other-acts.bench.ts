import { bench, describe } from 'vitest';
import type * as Lexposure from '../../src/index.js';

// The built package, as users run it (`npm run bench` builds first).
const built = '../../dist/index.js';
const { legalMaximum, obligationsFor, parseProfile, periodicPenalty } = (await import(
  built
)) as typeof Lexposure;

/** The other acts on the same supplier base: 1,000 parsed profiles per iteration. */
const COUNT = 1000;
const inputs = Array.from({ length: COUNT }, (_, i) => ({
  name: `Vendor ${i}`,
  financialYears: [
    {
      year: 2024,
      end: '2024-12-31',
      scope: 'entity',
      employees: (i * 37) % 900,
      turnover: {
        amount: `${(i * 7_919_113) % 900_000_000}.${String(i % 100).padStart(2, '0')}`,
        currency: 'EUR',
      },
    },
  ],
  establishments: [{ country: 'DE', main: true }],
  services: [{ kind: i % 2 === 0 ? 'hosting' : 'online-marketplace', euMonthlyActiveRecipients: i * 1000 }],
}));
const profiles = inputs.map((input) => parseProfile(input));
const sink: unknown[] = [undefined];

describe(`other acts, ${COUNT} parsed profiles per iteration`, () => {
  bench('legalMaximum DSA 74(1) (a share of turnover)', () => {
    for (const profile of profiles)
      sink[0] = legalMaximum({ profile, provision: 'DSA 74(1)', asOf: '2025-06-30' });
  });

  bench('legalMaximum AI Act 99(3) (SME rule judged from the profile)', () => {
    for (const profile of profiles)
      sink[0] = legalMaximum({ profile, provision: 'AI Act 99(3)', asOf: '2025-09-30' });
  });

  bench('periodicPenalty DMA 31, 30 days', () => {
    for (const profile of profiles)
      sink[0] = periodicPenalty({ profile, provision: 'DMA 31', days: 30, asOf: '2025-06-30' });
  });

  // A parsed profile remembers its obligations (estimateExposure, riskScore and gapAnalysis share
  // them), so the first call on a profile is measured with a fresh parse, beside the parse alone.
  bench('parseProfile alone', () => {
    for (const input of inputs) sink[0] = parseProfile(input);
  });
  bench('parseProfile + obligationsFor, first call (GDPR duties, DSA tiers, size, exclusions)', () => {
    for (const input of inputs)
      sink[0] = obligationsFor({ profile: parseProfile(input), asOf: '2025-06-30' });
  });
  bench('obligationsFor again on the same parsed profile (remembered)', () => {
    for (const profile of profiles) sink[0] = obligationsFor({ profile, asOf: '2025-06-30' });
  });
});
