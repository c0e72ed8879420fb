import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src/core/decimal.js';
import { LexposureError, ValidationError } from '../../../src/core/errors.js';
import { STEP_ID } from '../../../src/core/steps.js';
import {
  apFine,
  assessGatekeeper,
  assessLateness,
  assessVeryLargePlatform,
  deadline,
  dskFine,
  edpbFine,
  enterpriseSize,
  estimateExposure,
  gapAnalysis,
  icoFine,
  legalMaximum,
  maximumFine,
  nis2Entity,
  obligationsFor,
  periodicPenalty,
  perViolationMaximum,
  riskScore,
  simulate,
} from '../../../src/index.js';
import { fineProvisions } from '../../../src/law/index.js';
import { eurProfile, fixtureProfile } from '../../helpers/profiles.js';
import { supplierBase } from '../../helpers/supplier-base.js';

const FIXTURES = [
  'acme-crm-vendor',
  'ai-provider-sme',
  'amazon-europe-core',
  'amazon-store-vlop',
  'meta-platforms-gatekeeper',
  'meta-platforms-ireland',
  'public-hospital',
  'saas-vendor',
  'small-hosting-provider',
];

interface SeenStep {
  readonly id?: unknown;
  readonly label?: unknown;
}

/** Every step of a result, at any depth (an estimate's regimes, a method's legal maximum...). */
function stepsOf(value: unknown, into: SeenStep[] = [], seen = new Set<unknown>()): SeenStep[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return into;
  seen.add(value);
  for (const [key, child] of Object.entries(value)) {
    if (key === 'steps' && Array.isArray(child)) into.push(...(child as SeenStep[]));
    stepsOf(child, into, seen);
  }
  return into;
}

/** A call that may be refused on purpose (not applicable, no data for the date): its steps or none. */
function attempt(call: () => unknown): unknown {
  try {
    return call();
  } catch (error) {
    // A wrong argument is this test's own mistake, not a refusal: it must not pass silently.
    if (error instanceof LexposureError && !(error instanceof ValidationError)) return null;
    throw error;
  }
}

/** The results of every entry point on the example profiles, the method examples and generated vendors. */
function corpus(): unknown[] {
  const asOf = '2026-06-30';
  const results: unknown[] = [];
  for (const name of FIXTURES) {
    const profile = fixtureProfile(name);
    // The estimate reads the year before the date: the fixtures' accounts run to 2024.
    for (const when of ['2025-06-30', asOf]) {
      results.push(attempt(() => estimateExposure({ profile, asOf: when, explain: true })));
    }
    for (const provision of fineProvisions()) {
      results.push(attempt(() => legalMaximum({ profile, provision: provision.id, asOf })));
    }
    results.push(
      attempt(() =>
        maximumFine({ profile, asOf, regime: 'GDPR', articles: ['Art. 5', 'Art. 32'], linked: false }),
      ),
    );
    results.push(
      attempt(() => maximumFine({ profile, asOf, regime: 'GDPR', articles: ['Art. 6', 'Art. 13'] })),
    );
    results.push(
      attempt(() => maximumFine({ profile, asOf, regime: 'DSA', articles: ['Art. 34', 'Art. 26'] })),
    );
    results.push(attempt(() => maximumFine({ profile, asOf, regime: 'DMA', articles: ['Art. 5(2)'] })));
    results.push(attempt(() => maximumFine({ profile, asOf, regime: 'AI Act', articles: ['Art. 50(2)'] })));
    results.push(attempt(() => maximumFine({ profile, asOf, regime: 'NIS2', articles: ['Art. 21'] })));
    results.push(attempt(() => maximumFine({ profile, asOf, regime: 'CRA', articles: ['Art. 14(1)'] })));
    results.push(attempt(() => periodicPenalty({ profile, provision: 'DMA 31', days: 30, asOf })));
    results.push(attempt(() => obligationsFor({ profile, asOf })));
    results.push(attempt(() => enterpriseSize({ profile, asOf })));
    results.push(attempt(() => assessGatekeeper({ profile, asOf })));
    results.push(attempt(() => assessVeryLargePlatform({ profile, asOf })));
    results.push(attempt(() => nis2Entity({ profile, asOf })));
    results.push(attempt(() => riskScore({ profile, asOf, estimate: estimateExposure({ profile, asOf }) })));
    results.push(attempt(() => gapAnalysis({ profile, asOf })));
    // A public body's GDPR maximum is national law's: simulate refuses it (a ValidationError).
    if (name !== 'public-hospital')
      results.push(
        attempt(() =>
          simulate({
            profile,
            asOf,
            iterations: 200,
            seed: 1,
            scenarios: [
              {
                id: 'security',
                provision: 'GDPR 83(4)',
                frequency: { probability: '0.05' },
                severity: { kind: 'lognormal', unit: 'turnover', median: '0.002', sigma: '1.2' },
              },
            ],
          }),
        ),
      );
  }
  for (const vendor of supplierBase(60)) {
    const estimate = estimateExposure({ profile: vendor.profile, asOf: '2025-06-30' });
    results.push(estimate, riskScore({ profile: vendor.profile, asOf: '2025-06-30', estimate }));
  }
  const inYear = (year: number) => eurProfile('30000000', { year });
  const company = inYear(2025);
  results.push(
    edpbFine({
      profile: company,
      asOf,
      infringement: {
        articles: ['Art. 5(1)(f)', 'Art. 5(2)'],
        seriousness: 'medium',
        adjustments: [{ factor: ['83(2)(c)'], pct: -10 }],
        finalFactorPct: 70,
      },
    }),
    edpbFine({
      profile: inYear(2021),
      asOf: '2022-05-01',
      infringement: { articles: ['Art. 32'], seriousness: 'low' },
    }),
    icoFine({ profile: company, asOf, infringement: { articles: ['Art. 32'], seriousness: 'medium' } }),
    apFine({ profile: company, asOf, infringement: { article: '32' } }),
    apFine({ profile: inYear(2018), asOf: '2019-03-14', infringement: { article: '6' } }),
    apFine({ profile: company, asOf, infringement: { article: '32', categoryShift: 1 } }),
    dskFine({
      profile: inYear(2020),
      asOf: '2021-06-01',
      infringement: { articles: ['32'], severity: 'leicht' },
    }),
    dskFine({ profile: company, asOf, infringement: { articles: ['32'], severity: 'leicht' } }),
    deadline({ timeLimit: 'GDPR 12(3)', from: '2026-01-31' }),
    deadline({ timeLimit: 'GDPR 33(1)', from: '2025-03-28T10:20', timeZone: 'Europe/Berlin' }),
    assessLateness({
      timeLimit: 'GDPR 33(1)',
      from: '2026-04-03T16:40+02:00',
      done: '2026-04-06T18:30+02:00',
    }),
    perViolationMaximum({ provision: 'FTC Act 5(l)', violations: 3, asOf }),
    perViolationMaximum({ provision: 'CCPA 1798.155', violations: 2, asOf, intentionalOrMinors: true }),
  );
  return results;
}

describe('steps as data: every step names the rule that made it', () => {
  const steps = corpus().flatMap((result) => stepsOf(result));

  it('every step of every entry point carries a rule id in the documented form', () => {
    expect(steps.length).toBeGreaterThan(2_000);
    const without = steps.filter((s) => typeof s.id !== 'string' || !STEP_ID.test(s.id));
    expect(without.map((s) => s.label)).toEqual([]);
  });

  it('the corpus reaches the rules of every layer (fines, methods, acts, calendar, estimate, score)', () => {
    const ids = new Set(steps.map((s) => String(s.id)));
    const families = new Set([...ids].map((id) => id.split('.')[0]));
    for (const family of [
      'legal-maximum',
      'maximum-fine',
      'turnover',
      'eu-sme',
      'five-step',
      'ap',
      'dsk',
      'gdpr',
      'dsa',
      'dma',
      'nis2',
      'reg-1182-71',
      'estimate',
      'fine-model',
      'risk-score',
      'gap-analysis',
      'simulate',
      'per-violation',
      'periodic-penalty',
    ]) {
      expect(families, family).toContain(family);
    }
    expect(ids.size).toBeGreaterThan(80);
  });

  it('an id stands for one rule: the steps that share an id share their citation article, or have none', () => {
    const citations = new Map<string, Set<string>>();
    for (const s of steps as { id: string; citation?: { instrument?: string } }[]) {
      const acts = citations.get(s.id) ?? new Set<string>();
      acts.add(s.citation?.instrument ?? '(none)');
      citations.set(s.id, acts);
    }
    // Generic engines (the legal maximum, the estimate) serve several acts; an act's own rule never does.
    const actRules = [...citations].filter(([id]) =>
      ['gdpr', 'dsa', 'dma', 'nis2', 'ai-act', 'cra', 'reg-1182-71', 'eu-sme'].includes(
        id.split('.')[0] as string,
      ),
    );
    expect(actRules.length).toBeGreaterThan(20);
    for (const [id, acts] of actRules) {
      expect([...acts].filter((a) => a !== '(none)').length, id).toBeLessThanOrEqual(1);
    }
  });

  it('the legal maximum can be recomputed from its steps alone: share = rate × turnover, then the higher (or lower) limb', () => {
    type Data = { id: string; value: { amount: string } | null; inputs?: Record<string, string | null> };
    const all = steps as Data[];
    let checked = 0;
    all.forEach((step, i) => {
      if (step.id !== 'legal-maximum.amount') return;
      const share = all[i - 1] as Data;
      expect(share.id).toBe('legal-maximum.turnover-share');
      const { rate, turnover } = share.inputs as Record<string, string>;
      const { fixed, shareOfTurnover, combination } = step.inputs as Record<string, string | null>;
      // An independent computation: decimal.js on the step's inputs, not the library's cap code.
      const product = new Decimal(rate as string).times(turnover as string);
      expect(product.eq(shareOfTurnover as string), step.id).toBe(true);
      const expected =
        fixed === null || fixed === undefined
          ? product
          : combination === 'higher'
            ? Decimal.max(fixed, product)
            : Decimal.min(fixed, product);
      expect(expected.eq((step.value as { amount: string }).amount)).toBe(true);
      checked++;
    });
    expect(checked).toBeGreaterThan(100);
  });

  it("each year's enterprise size can be checked from its inputs against Recommendation 2003/361/EC, Annex Art. 2", () => {
    // Art. 2(1)-(3): medium < 250 persons and turnover <= EUR 50m or balance sheet <= EUR 43m;
    // small < 50 and <= EUR 10m either; micro < 10 and <= EUR 2m either (turnover alone where no
    // balance sheet total is given).
    const ceilings = [
      ['micro', 10, 2e6, 2e6],
      ['small', 50, 1e7, 1e7],
      ['medium', 250, 5e7, 4.3e7],
    ] as const;
    const fitsIn = (headcount: number, turnover: string, balance: string | null) =>
      ceilings.find(
        ([, persons, t, b]) =>
          headcount < persons &&
          (new Decimal(turnover).lte(t) || (balance !== null && new Decimal(balance).lte(b))),
      )?.[0] ?? 'large';
    const years = (steps as { id: string; inputs?: Record<string, string | number | null> }[]).filter(
      (s) => s.id === 'eu-sme.size-in-year',
    );
    expect(years.length).toBeGreaterThan(20);
    for (const { inputs } of years) {
      const { headcount, turnover, balanceSheetTotal, fits } = inputs as Record<
        string,
        string | number | null
      >;
      expect(fitsIn(headcount as number, turnover as string, balanceSheetTotal as string | null)).toBe(fits);
    }
  });
});
