import { bench, describe } from 'vitest';
import type * as Lexposure from '../../src/index.js';
import { supplierBase } from '../helpers/supplier-base.js';

// The built package, as users run it (`npm run bench` builds first).
const built = '../../dist/index.js';
const { Decimal, estimateExposure, gapAnalysis, parseProfile, riskScore } = (await import(
  built
)) as typeof Lexposure;
// A variable, not a literal: the typecheck of a fresh clone must not need dist/.
const builtSanctions = '../../dist/sanctions/index.js';
const { sanctions } = (await import(builtSanctions)) as typeof import('../../src/sanctions/index.js');

/** 100 suppliers per iteration, processors with turnovers from €1m to €1bn. */
const COUNT = 100;
const inputs = Array.from({ length: COUNT }, (_, i) =>
  JSON.stringify({
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
const profiles = inputs.map((text) => parseProfile(JSON.parse(text)));
const sink: unknown[] = [undefined];

describe(`parseProfile + estimateExposure against its floor, ${COUNT} suppliers per iteration`, () => {
  bench('JSON → parseProfile → estimateExposure (every regime, with the bundled comparables)', () => {
    for (const text of inputs)
      sink[0] = estimateExposure({ profile: parseProfile(JSON.parse(text)), asOf: '2025-06-30', sanctions });
  });

  // The floor: what any estimate must compute at least, in bare decimal.js on the same turnovers —
  // JSON.parse, the cap max(€20m, 4 % × T), the EDPB range (cap × 10-20 % × the size band) and the
  // comparables' median ratio × T, capped. No validation, no applicability, no steps.
  const ratio = new Decimal('0.0021');
  bench('floor: JSON.parse and the estimate arithmetic in bare decimal.js', () => {
    for (const text of inputs) {
      const t = new Decimal(JSON.parse(text).financialYears[0].turnover.amount);
      const cap = Decimal.max(new Decimal(20_000_000), t.times('0.04'));
      const low = cap.times('0.1').times('0.003');
      const high = cap.times('0.2').times('0.02');
      const middle = low.times(high).sqrt();
      sink[0] = [low, middle, high, Decimal.min(cap, ratio.times(t))];
    }
  });
});

describe(`riskScore, ${COUNT} suppliers per iteration`, () => {
  const estimates = profiles.map((profile) => estimateExposure({ profile, asOf: '2025-06-30', sanctions }));
  bench('riskScore from an estimate', () => {
    for (const [i, profile] of profiles.entries())
      sink[0] = riskScore({ profile, asOf: '2025-06-30', estimate: estimates[i] });
  });
});

describe(`the full pipeline (estimate, gaps, score), ${COUNT} generated vendors per iteration`, () => {
  const base = supplierBase(COUNT, 29).map((v) => parseProfile(v.profile));
  const asOf = '2025-06-30';
  const pipeline = (explain: boolean) => {
    for (const profile of base) {
      const estimate = estimateExposure({ profile, asOf, explain });
      const gaps = gapAnalysis({ profile, asOf, explain });
      sink[0] = riskScore({ profile, asOf, estimate, gaps, explain });
    }
  };
  bench('estimateExposure → gapAnalysis → riskScore, explain: false', () => pipeline(false));
  bench('the same with every explanation step (explain: true)', () => pipeline(true));
});
