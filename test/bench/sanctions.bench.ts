import { bench, describe } from 'vitest';
import type * as Sanctions from '../../src/sanctions/index.js';

// The built package, as users run it (`npm run bench` builds first).
const built = '../../dist/sanctions/index.js';
const { sanctions } = (await import(built)) as typeof Sanctions;

/** 100 supplier profiles per iteration, each asking for its three closest past cases. */
const COUNT = 100;
const sectors = ['Retail and e-commerce', 'Social media and advertising', 'Telecommunications', 'Logistics'];
const profiles = Array.from({ length: COUNT }, (_, i) => ({
  name: `Vendor ${i}`,
  sector: sectors[i % sectors.length],
  financialYears: [
    {
      year: 2024,
      end: '2024-12-31',
      scope: 'undertaking' as const,
      turnover: { amount: `${1_000_000 + ((i * 7_919_113) % 900_000_000)}`, currency: 'EUR' as const },
    },
  ],
}));
const sink: unknown[] = [undefined];

describe(`sanctions, bundled dataset (${sanctions.all().length} records)`, () => {
  bench('query: GDPR, Art. 6, 2020–2025', () => {
    sink[0] = sanctions.query({ regime: 'GDPR', article: '6', from: '2020-01-01', to: '2025-12-31' });
  });

  bench('stats: GDPR 83(5)', () => {
    sink[0] = sanctions.stats({ provision: 'GDPR 83(5)' });
  });

  bench(`comparables for ${COUNT} profiles (3 each)`, () => {
    for (const profile of profiles)
      sink[0] = sanctions.comparables({
        profile,
        asOf: '2025-06-30',
        scenario: { regime: 'GDPR', articles: ['6(1)', '13'] },
        limit: 3,
      });
  });
});
