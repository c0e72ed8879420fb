import { bench, describe } from 'vitest';
import type * as Lexposure from '../../src/index.js';

// The built package, as users run it (`npm run bench` builds first).
const built = '../../dist/index.js';
const { apFine, dskFine, edpbFine, icoFine, parseProfile } = (await import(built)) as typeof Lexposure;

/** The regulator methods on a supplier base: 1,000 parsed profiles per iteration. */
const COUNT = 1000;
const profiles = Array.from({ length: COUNT }, (_, i) =>
  parseProfile({
    name: `Vendor ${i}`,
    financialYears: [
      {
        year: 2024,
        end: '2024-12-31',
        scope: 'undertaking',
        turnover: {
          amount: `${(i * 7_919_113) % 900_000_000}.${String(i % 100).padStart(2, '0')}`,
          currency: 'EUR',
        },
      },
    ],
  }),
);
const sink: unknown[] = [undefined];

describe(`regulator methods, ${COUNT} parsed profiles per iteration`, () => {
  bench('edpbFine, the range of every step (Art. 32, medium)', () => {
    for (const profile of profiles)
      sink[0] = edpbFine({
        profile,
        asOf: '2025-06-30',
        infringement: { articles: ['32'], seriousness: 'medium' },
      });
  });

  bench('edpbFine, chosen points and a circumstance', () => {
    for (const profile of profiles)
      sink[0] = edpbFine({
        profile,
        asOf: '2025-06-30',
        infringement: {
          articles: ['5(1)(f)', '32'],
          seriousness: 'medium',
          seriousnessPct: 12,
          adjustments: [{ factor: 'f', pct: -20 }],
          finalFactorPct: 80,
        },
      });
  });

  bench('icoFine, the range of every step (EUR turnover converted to GBP)', () => {
    for (const profile of profiles)
      sink[0] = icoFine({
        profile,
        asOf: '2025-06-30',
        infringement: { articles: ['32'], seriousness: 'medium' },
      });
  });

  bench('apFine, Art. 32(1)', () => {
    for (const profile of profiles)
      sink[0] = apFine({ profile, asOf: '2025-06-30', infringement: { article: '32(1)' } });
  });

  bench('dskFine, Art. 32, mittel', () => {
    for (const profile of profiles)
      sink[0] = dskFine({
        profile,
        asOf: '2025-06-30',
        infringement: { articles: ['32'], severity: 'mittel' },
      });
  });
});
