// The corpus of results the step tests walk: every entry point on the example profiles, the
// method examples and generated vendors.
import { LexposureError, ValidationError } from '../../src/core/errors.js';
import type * as api from '../../src/index.js';
import { fineProvisions } from '../../src/law/index.js';
import { eurProfile, fixtureProfile } from './profiles.js';
import { supplierBase } from './supplier-base.js';

/**
 * The entry points a corpus calls: the public ones (\`lexposure\`), or the engines under them
 * (the same arguments; their steps are traces, without words).
 */
export type StepApi = Pick<
  typeof api,
  | 'apFine'
  | 'assessGatekeeper'
  | 'assessLateness'
  | 'assessVeryLargePlatform'
  | 'deadline'
  | 'dskFine'
  | 'edpbFine'
  | 'enterpriseSize'
  | 'estimateExposure'
  | 'gapAnalysis'
  | 'icoFine'
  | 'legalMaximum'
  | 'maximumFine'
  | 'nis2Entity'
  | 'obligationsFor'
  | 'periodicPenalty'
  | 'perViolationMaximum'
  | 'riskScore'
  | 'simulate'
>;

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

export interface SeenStep {
  readonly id?: unknown;
  readonly label?: unknown;
}

/** Every step of a result, at any depth (an estimate's regimes, a method's legal maximum...). */
export function stepsOf(value: unknown, into: SeenStep[] = [], seen = new Set<unknown>()): SeenStep[] {
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
export function corpus(api: StepApi): unknown[] {
  const asOf = '2026-06-30';
  const results: unknown[] = [];
  for (const name of FIXTURES) {
    const profile = fixtureProfile(name);
    // The estimate reads the year before the date: the fixtures' accounts run to 2024.
    for (const when of ['2025-06-30', asOf]) {
      results.push(attempt(() => api.estimateExposure({ profile, asOf: when, explain: true })));
    }
    for (const provision of fineProvisions()) {
      results.push(attempt(() => api.legalMaximum({ profile, provision: provision.id, asOf })));
    }
    results.push(
      attempt(() =>
        api.maximumFine({ profile, asOf, regime: 'GDPR', articles: ['Art. 5', 'Art. 32'], linked: false }),
      ),
    );
    results.push(
      attempt(() => api.maximumFine({ profile, asOf, regime: 'GDPR', articles: ['Art. 6', 'Art. 13'] })),
    );
    results.push(
      attempt(() => api.maximumFine({ profile, asOf, regime: 'DSA', articles: ['Art. 34', 'Art. 26'] })),
    );
    results.push(attempt(() => api.maximumFine({ profile, asOf, regime: 'DMA', articles: ['Art. 5(2)'] })));
    results.push(
      attempt(() => api.maximumFine({ profile, asOf, regime: 'AI Act', articles: ['Art. 50(2)'] })),
    );
    results.push(attempt(() => api.maximumFine({ profile, asOf, regime: 'NIS2', articles: ['Art. 21'] })));
    results.push(attempt(() => api.maximumFine({ profile, asOf, regime: 'CRA', articles: ['Art. 14(1)'] })));
    results.push(attempt(() => api.periodicPenalty({ profile, provision: 'DMA 31', days: 30, asOf })));
    results.push(attempt(() => api.obligationsFor({ profile, asOf })));
    results.push(attempt(() => api.enterpriseSize({ profile, asOf })));
    results.push(attempt(() => api.assessGatekeeper({ profile, asOf })));
    results.push(attempt(() => api.assessVeryLargePlatform({ profile, asOf })));
    results.push(attempt(() => api.nis2Entity({ profile, asOf })));
    results.push(
      attempt(() => api.riskScore({ profile, asOf, estimate: api.estimateExposure({ profile, asOf }) })),
    );
    results.push(attempt(() => api.gapAnalysis({ profile, asOf })));
    // A public body's GDPR maximum is national law's: simulate refuses it (a ValidationError).
    if (name !== 'public-hospital')
      results.push(
        attempt(() =>
          api.simulate({
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
    const estimate = api.estimateExposure({ profile: vendor.profile, asOf: '2025-06-30' });
    results.push(estimate, api.riskScore({ profile: vendor.profile, asOf: '2025-06-30', estimate }));
  }
  const inYear = (year: number) => eurProfile('30000000', { year });
  const company = inYear(2025);
  results.push(
    api.edpbFine({
      profile: company,
      asOf,
      infringement: {
        articles: ['Art. 5(1)(f)', 'Art. 5(2)'],
        seriousness: 'medium',
        adjustments: [{ factor: ['83(2)(c)'], pct: -10 }],
        finalFactorPct: 70,
      },
    }),
    api.edpbFine({
      profile: inYear(2021),
      asOf: '2022-05-01',
      infringement: { articles: ['Art. 32'], seriousness: 'low' },
    }),
    api.icoFine({ profile: company, asOf, infringement: { articles: ['Art. 32'], seriousness: 'medium' } }),
    api.apFine({ profile: company, asOf, infringement: { article: '32' } }),
    api.apFine({ profile: inYear(2018), asOf: '2019-03-14', infringement: { article: '6' } }),
    api.apFine({ profile: company, asOf, infringement: { article: '32', categoryShift: 1 } }),
    api.dskFine({
      profile: inYear(2020),
      asOf: '2021-06-01',
      infringement: { articles: ['32'], severity: 'leicht' },
    }),
    api.dskFine({ profile: company, asOf, infringement: { articles: ['32'], severity: 'leicht' } }),
    api.deadline({ timeLimit: 'GDPR 12(3)', from: '2026-01-31' }),
    api.deadline({ timeLimit: 'GDPR 33(1)', from: '2025-03-28T10:20', timeZone: 'Europe/Berlin' }),
    api.assessLateness({
      timeLimit: 'GDPR 33(1)',
      from: '2026-04-03T16:40+02:00',
      done: '2026-04-06T18:30+02:00',
    }),
    api.perViolationMaximum({ provision: 'FTC Act 5(l)', violations: 3, asOf }),
    api.perViolationMaximum({ provision: 'CCPA 1798.155', violations: 2, asOf, intentionalOrMinors: true }),
  );
  return results;
}
