import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import * as lawEntry from '../../../src/api/law.js';
import * as root from '../../../src/index.js';
import * as sanctionsEntry from '../../../src/sanctions/index.js';
import * as schemasEntry from '../../../src/schemas/index.js';
import * as testingEntry from '../../../src/testing/index.js';
import { mulberry32 } from '../../helpers/supplier-base.js';

// Issue 19: every export (root, sanctions, testing, schemas) returns a correct result or throws a
// LexposureError with a code, a path and a message, at once. Each function is called from a valid
// call of it with one value, anywhere in its arguments, replaced by a hostile one: getters and
// proxies that throw, cyclic and very deep objects, `__proto__` keys, 10 MB strings, huge arrays,
// extreme decimals and dates. At least 50,000 calls; the figures are printed at the end.

const { LexposureError, Decimal } = root;
const CALLS = Number(process.env.FUZZ_EXPORT_CALLS ?? 60_000);

const TEN_MB = 'x'.repeat(10_000_000);
const cyclic: Record<string, unknown> = { name: 'Loop' };
cyclic.self = cyclic;
let deepest: unknown = 'x';
for (let i = 0; i < 5_000; i++) deepest = i % 2 ? { a: deepest } : [deepest];
const throwingProxy = new Proxy(
  {},
  {
    get() {
      throw new Error('a proxy that throws');
    },
    ownKeys() {
      throw new Error('a proxy that throws');
    },
    getPrototypeOf() {
      throw new Error('a proxy that throws');
    },
  },
);
const throwingGetter = Object.defineProperty({}, 'amount', {
  enumerable: true,
  get() {
    throw new Error('a getter that throws');
  },
});

/** The hostile values planted into valid calls. */
const HOSTILE: readonly unknown[] = [
  undefined,
  null,
  true,
  0,
  -0,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  2 ** 53 + 2,
  10n,
  Symbol('s'),
  () => 1,
  '',
  ' ',
  'NaN',
  'Infinity',
  '-1',
  '1e400',
  '1e-400',
  '9'.repeat(400),
  `0.${'0'.repeat(300)}1`,
  '0x10',
  '１２',
  '\u0000',
  '\u202e',
  '\ud800',
  '__proto__',
  'constructor',
  '9999-12-31',
  '0000-01-01',
  '2024-02-30',
  '+275760-09-13',
  '2025-06-30T25:00Z',
  TEN_MB,
  [],
  {},
  [TEN_MB],
  Array.from({ length: 100_000 }, (_, i) => i),
  cyclic,
  deepest,
  throwingProxy,
  throwingGetter,
  JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": 1}}}'),
  Object.create({ amount: '1', currency: 'EUR', polluted: true }),
  { toStringTag: '[object Decimal]' },
  { s: 1, e: 9e15, d: [1], constructor: Decimal },
  new Decimal('1e9000000000000000'),
  new Decimal(-1),
  new Decimal(Number.NaN),
  new Date(Number.NaN),
  new Map([['a', 1]]),
];

const profile: root.CompanyProfileInput = {
  name: 'Fuzz SA',
  roles: ['controller', 'processor'],
  establishments: [{ country: 'FR', main: true }],
  financialYears: [
    {
      year: 2024,
      end: '2024-12-31',
      scope: 'undertaking',
      turnover: { amount: '123456789.12', currency: 'EUR' },
      employees: 800,
    },
  ],
  services: [{ kind: 'online-platform', euMonthlyActiveRecipients: 50_000_000 }],
  processing: { transfers: [{ country: 'US', certified: true }], occasional: false },
  posture: [{ obligation: 'GDPR Art. 30', status: 'met' }],
};
const asOf = '2025-06-30';
const rate = {
  base: 'EUR',
  quote: 'USD',
  rate: '1.25',
  kind: 'average' as const,
  date: '2024-12-31',
  period: { start: '2024-01-01', end: '2024-12-31' },
  source: 'the caller',
};
const small = sanctionsEntry.createSanctionSet(sanctionsEntry.sanctions.all().slice(0, 60));
const max = root.legalMaximum({ profile, provision: 'GDPR 83(5)', asOf });
const total = root.maximumFine({ profile, regime: 'GDPR', articles: ['6', '32'], asOf });
const estimate = root.estimateExposure({ profile, asOf });
const score = root.riskScore({ profile, asOf });
const gaps = root.gapAnalysis({ profile, asOf });
const duties = root.obligationsFor({ profile, asOf });
const scenarios: root.SimulationScenarioInput[] = [
  {
    id: 'security',
    provision: 'GDPR 83(4)',
    frequency: { probability: '0.05' },
    severity: { kind: 'lognormal', unit: 'turnover', median: '0.002', sigma: '1.2' },
  },
];
const simulation = root.simulate({ profile, asOf, iterations: 200, seed: 1, scenarios });
const due = root.deadline({ timeLimit: 'GDPR 33(1)', from: '2025-03-28T10:20+01:00' });
const report = root.calibrate(small, { folds: 3 });
const matcherThis = { isNot: false, equals: Object.is, utils: {} };

/** A valid call of each function export, as `[function, arguments]`. */
const TEMPLATES: Record<string, readonly [(...args: never[]) => unknown, readonly unknown[]]> = {
  apFine: [root.apFine, [{ profile, asOf, infringement: { articles: ['5(1)(a)'], underlying: '6(1)' } }]],
  calibrate: [root.calibrate, [small, { folds: 2, level: 0.8 }]],
  capsChart: [root.capsChart, [[max], 'caps']],
  deadline: [root.deadline, [{ timeLimit: 'GDPR 12(3)', from: '2025-01-31', holidays: ['2025-03-03'] }]],
  dskFine: [root.dskFine, [{ profile, asOf, infringement: { articles: ['6'], seriousness: 'medium' } }]],
  ecbReferenceRates: [root.ecbReferenceRates, []],
  edpbFine: [root.edpbFine, [{ profile, asOf, infringement: { articles: ['6'], seriousness: 'low' } }]],
  enterpriseSize: [root.enterpriseSize, [{ profile, asOf }]],
  estimateExposure: [root.estimateExposure, [{ profile, asOf, fx: { rates: [rate] } }]],
  exceedanceChart: [root.exceedanceChart, [simulation.total, 'loss']],
  exposureChart: [root.exposureChart, [estimate]],
  fineProvisions: [root.fineProvisions, []],
  fitFineModel: [root.fitFineModel, [small, { folds: 3 }]],
  formatCalibrationReport: [root.formatCalibrationReport, [report]],
  formatCitation: [root.formatCitation, [max.citation ?? { instrument: 'x', url: 'https://example.org' }]],
  formatDeadline: [root.formatDeadline, [due]],
  formatExposure: [root.formatExposure, [estimate, 'markdown']],
  formatGapAnalysis: [root.formatGapAnalysis, [gaps, 'csv']],
  formatLegalMaximum: [root.formatLegalMaximum, [max, 'text']],
  formatMaximumFine: [root.formatMaximumFine, [total]],
  formatMoney: [root.formatMoney, [{ amount: '1234.5', currency: 'EUR' }]],
  formatObligations: [root.formatObligations, [duties]],
  formatRiskScore: [root.formatRiskScore, [score]],
  formatSimulation: [root.formatSimulation, [simulation]],
  frequencyParameters: [root.frequencyParameters, [small, sanctionsEntry.FINES_REPORTED, [], ['CNIL']]],
  gapAnalysis: [root.gapAnalysis, [{ profile, asOf }]],
  icoFine: [root.icoFine, [{ profile, asOf, infringement: { articles: ['6'], seriousness: 'lower' } }]],
  isCurrencyCode: [root.isCurrencyCode, ['EUR']],
  assessGatekeeper: [root.assessGatekeeper, [{ profile, asOf }]],
  assessLateness: [
    root.assessLateness,
    [{ timeLimit: 'GDPR 33(1)', from: '2025-01-31T10:00Z', done: '2025-02-03T10:00Z' }],
  ],
  isGatekeeper: [root.isGatekeeper, [{ profile, asOf }]],
  isLate: [root.isLate, [{ timeLimit: 'GDPR 33(1)', from: '2025-01-31T10:00Z', done: '2025-02-03T10:00Z' }]],
  isObligationId: [root.isObligationId, ['GDPR Art. 30']],
  isParsedProfile: [root.isParsedProfile, [root.parseProfile(profile)]],
  assessVeryLargePlatform: [root.assessVeryLargePlatform, [{ profile, asOf }]],
  isVeryLargePlatform: [root.isVeryLargePlatform, [{ profile, asOf }]],
  lawStatus: [root.lawStatus, []],
  legalMaximum: [root.legalMaximum, [{ profile, provision: 'GDPR 83(5)', asOf }]],
  maximumFine: [
    root.maximumFine,
    [{ profile, regime: 'GDPR', articles: ['5(1)(f)', '32'], asOf, linked: true }],
  ],
  minorUnits: [root.minorUnits, ['EUR']],
  nis2Entity: [root.nis2Entity, [{ profile: { ...profile, sector: 'banking' }, asOf }]],
  obligationId: [root.obligationId, [{ regime: 'GDPR', article: 'Art. 30' }]],
  obligationsFor: [root.obligationsFor, [{ profile, asOf }]],
  parseArticleReference: [root.parseArticleReference, ['Art. 83(5)(a) GDPR']],
  parseProfile: [root.parseProfile, [profile, 'profile']],
  perViolationMaximum: [root.perViolationMaximum, [{ provision: 'FTC Act 5(l)', violations: 10, asOf }]],
  periodicPenalty: [root.periodicPenalty, [{ profile, provision: 'DSA 52(4)', days: 3, asOf }]],
  periodicPenaltyById: [root.periodicPenaltyById, ['DMA 31']],
  periodicPenaltyProvisions: [root.periodicPenaltyProvisions, []],
  portfolio: [root.portfolio, [{ scores: [score, score], iterations: 200, seed: 1 }]],
  portfolioChart: [root.portfolioChart, [root.portfolio({ scores: [score], iterations: 200 })]],
  postureFromQuestionnaire: [root.postureFromQuestionnaire, [{ records: 'yes', security: 'partly' }]],
  precedingFinancialYearEnd: [root.precedingFinancialYearEnd, ['2024-06-30', '2025-03-01']],
  provisionById: [root.provisionById, ['GDPR 83(4)']],
  provisionForArticle: [root.provisionForArticle, ['GDPR', '5(1)(f)']],
  renderTable: [root.renderTable, [['a', 'b'], [['1', '2']], 'markdown']],
  riskScore: [root.riskScore, [{ profile, asOf, estimate }]],
  simulate: [root.simulate, [{ profile, asOf, iterations: 100, seed: 7, scenarios }]],
  summarise: [root.summarise, [report]],
  toVegaLite: [root.toVegaLite, [estimate]],
  'sanctions/authorities': [sanctionsEntry.authorities, []],
  'sanctions/authorityById': [sanctionsEntry.authorityById, ['CNIL']],
  'sanctions/createSanctionSet': [
    sanctionsEntry.createSanctionSet,
    [sanctionsEntry.sanctions.all().slice(0, 3)],
  ],
  'sanctions/quantile': [sanctionsEntry.quantile, [[new Decimal(1), new Decimal(5)], 50]],
  'sanctions/sanctionsFromCsv': [
    sanctionsEntry.sanctionsFromCsv,
    [
      'id,date,authority,country,regime,entity,amount,currency,articles,summary,sources\nx-1,2024-01-01,CNIL,FR,GDPR,Example SA,1000,EUR,Art. 6;Art. 32,a test row,https://www.cnil.fr/fr\n',
      {
        id: 'id',
        date: 'date',
        authority: 'authority',
        country: 'country',
        regime: 'regime',
        entity: 'entity',
        amount: 'amount',
        currency: 'currency',
        articles: 'articles',
        summary: 'summary',
        sources: 'sources',
      },
    ],
  ],
  'sanctions/sanctions.query': [
    (q: unknown) => sanctionsEntry.sanctions.query(q as never),
    [{ regime: 'GDPR', country: 'FR', from: '2023-01-01' }],
  ],
  'sanctions/sanctions.stats': [
    (q: unknown) => sanctionsEntry.sanctions.stats(q as never),
    [{ regime: 'GDPR' }],
  ],
  'sanctions/sanctions.comparables': [
    (a: unknown) => sanctionsEntry.sanctions.comparables(a as never),
    [{ profile, asOf, scenario: { regime: 'GDPR', articles: ['6'] } }],
  ],
  'testing/aProfile': [(name: unknown) => testingEntry.aProfile(name as string).build(), ['Builder SA']],
  'testing/ProfileBuilder.withTurnover': [
    (year: unknown, amount: unknown, currency: unknown, options: unknown) =>
      testingEntry
        .aProfile('B')
        .withTurnover(year as number, amount as string, currency as string, options as never)
        .build(),
    [2024, '1000000', 'EUR', { scope: 'entity', employees: 12 }],
  ],
  'testing/ProfileBuilder.toInput': [
    (service: unknown) =>
      testingEntry
        .aProfile('B')
        .withService(service as never)
        .toInput(),
    [{ kind: 'hosting' }],
  ],
  'testing/lexposureMatchers.toHaveObligation': [
    (r: unknown, id: unknown, o: unknown) =>
      testingEntry.lexposureMatchers.toHaveObligation.call(matcherThis as never, r, id as string, o as never),
    [profile, 'GDPR Art. 30', { asOf }],
  ],
  'testing/lexposureMatchers.toHaveExposureUnder': [
    (r: unknown, b: unknown, o: unknown) =>
      testingEntry.lexposureMatchers.toHaveExposureUnder.call(
        matcherThis as never,
        r,
        b as string,
        o as never,
      ),
    [profile, '1000000000', { asOf }],
  ],
  'testing/lexposureMatchers.toHaveRiskScoreBelow': [
    (r: unknown, s: unknown, o: unknown) =>
      testingEntry.lexposureMatchers.toHaveRiskScoreBelow.call(
        matcherThis as never,
        r,
        s as number,
        o as never,
      ),
    [profile, 90, { asOf }],
  ],
  'testing/lexposureMatchers.toHaveNoGaps': [
    (r: unknown, o: unknown) =>
      testingEntry.lexposureMatchers.toHaveNoGaps.call(matcherThis as never, r, o as never),
    [profile, { asOf }],
  ],
};

/**
 * Exports that are not called here, and why: error classes (constructed by the library, exported
 * for `instanceof`), decimal.js's own class, and zod schemas (their `parse` is zod's API; the
 * library's entry points wrap them).
 */
const NOT_CALLED = new Set([
  'DataCoverageError',
  'LexposureError',
  'MissingRateError',
  'MissingTurnoverError',
  'NotApplicableError',
  'NotInForceError',
  'UnknownProvisionError',
  'ValidationError',
  'Decimal',
  'testing/ProfileBuilder',
]);

/** Data exports that are zod schemas: zod writes caches into them, so they cannot be frozen. */
const ZOD_SCHEMAS = new Set([
  'exchangeRateSchema',
  'profileSchema',
  'sanctions/sanctionQuerySchema',
  'sanctions/sanctionSchema',
]);

/** No call may take longer (issue 19: "no hang above 100 ms on inputs within the documented limits"). */
const SLOW_MS = 100;

/** The exports that fit a model (refits over folds): their budget on the 60 records used here. */
const HEAVY: Record<string, number> = { calibrate: 2_000, fitFineModel: 1_000 };

/** Every place in a value where a hostile one can be planted: [] is the value itself. */
function paths(value: unknown, depth = 0, out: (string | number)[][] = [], at: (string | number)[] = []) {
  out.push(at);
  if (depth < 5 && typeof value === 'object' && value !== null && !(value instanceof Decimal)) {
    const keys = Array.isArray(value) ? value.slice(0, 4).map((_, i) => i) : Object.keys(value).slice(0, 20);
    for (const k of keys) paths((value as Record<string | number, unknown>)[k], depth + 1, out, [...at, k]);
  }
  return out;
}

function plant(target: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(target) ? [...target] : { ...(target as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head] = plant((target as Record<string | number, unknown>)[head], rest, value);
  return copy;
}

/** A figure that is NaN, infinite or a negative amount, anywhere in a result. */
function badFigure(value: unknown, seen = new Set<unknown>(), key = ''): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${key} = ${value}`;
  if (typeof value === 'string')
    return key === 'amount' && /^-(?!0(\.0+)?$)/.test(value) ? `${key} = ${value}` : null;
  if (typeof value !== 'object' || value === null || seen.has(value) || value instanceof Decimal) return null;
  seen.add(value);
  for (const [k, v] of Object.entries(value)) {
    const bad = badFigure(v, seen, k);
    if (bad) return bad;
  }
  return null;
}

/** What the global prototypes hold, to check that no call changed them. */
function globals(): string {
  const holders = [Object.prototype, Array.prototype, String.prototype, Number.prototype, Function.prototype];
  return JSON.stringify([
    ...holders.map((h) => Reflect.ownKeys(h).map(String).sort()),
    Object.keys(globalThis).sort(),
  ]);
}

interface Tally {
  calls: number;
  lexposureErrors: number;
  foreign: string[];
  badFigures: string[];
  slowest: number;
  slowestCall: string;
  totalMs: number;
}
const tallies = new Map<string, Tally>();

describe('every export under hostile input (seeded fuzz)', () => {
  const before = globals();
  const names = Object.keys(TEMPLATES);
  const next = mulberry32(19);

  it('has a fuzz template (or a stated reason) for every function export', () => {
    const exported = [
      ...Object.entries(root).map(([k, v]) => [k, v] as const),
      ...Object.entries(lawEntry).map(([k, v]) => [`law/${k}`, v] as const),
      ...Object.entries(sanctionsEntry).map(([k, v]) => [`sanctions/${k}`, v] as const),
      ...Object.entries(testingEntry).map(([k, v]) => [`testing/${k}`, v] as const),
      ...Object.entries(schemasEntry).map(([k, v]) => [`schemas/${k}`, v] as const),
    ];
    const missing = exported
      .filter(([k, v]) => typeof v === 'function' && !NOT_CALLED.has(k) && !(k in TEMPLATES))
      .map(([k]) => k);
    expect(missing).toEqual([]);
    // The data exports cannot be changed by a caller (issue 19: results shared mutable state).
    const mutable = exported.filter(
      ([k, v]) => typeof v === 'object' && v !== null && !ZOD_SCHEMAS.has(k) && !Object.isFrozen(v),
    );
    expect(mutable.map(([k]) => k)).toEqual([]);
  });

  it(`${CALLS} calls: each returns clean figures or throws a LexposureError, at once`, () => {
    for (let n = 0; n < CALLS; n++) {
      const name = names[n % names.length] as string;
      const [fn, args] = TEMPLATES[name] as (typeof TEMPLATES)[string];
      const where = paths(args);
      const tally = tallies.get(name) ?? {
        calls: 0,
        lexposureErrors: 0,
        foreign: [],
        badFigures: [],
        slowest: 0,
        slowestCall: '',
        totalMs: 0,
      };
      tallies.set(name, tally);
      // One in ten calls of each export is the valid call itself; the rest plant a hostile value.
      const path =
        tally.calls % 10 === 0 ? null : (where[Math.floor(next() * where.length)] as (string | number)[]);
      const value = HOSTILE[Math.floor(next() * HOSTILE.length)];
      const called = path === null ? args : (plant(args, path, value) as unknown[]);
      tally.calls += 1;
      const what = () =>
        path === null ? 'the valid call' : `${JSON.stringify(path)} = ${describeValue(value)}`;
      if (process.env.FUZZ_TRACE)
        writeFileSync(process.env.FUZZ_TRACE, `${n} ${name}: ${what()}\n`, { flag: 'a' });
      const call = () => (fn as (...a: unknown[]) => unknown)(...(Array.isArray(called) ? called : [called]));
      const t = performance.now();
      try {
        const result = call();
        // toInput gives back the caller's own values, before validation: not figures of the library.
        const bad = name === 'testing/ProfileBuilder.toInput' ? null : badFigure(result);
        if (bad) tally.badFigures.push(`${what()}: ${bad}`);
      } catch (error) {
        if (error instanceof LexposureError && error.message.length > 10 && typeof error.code === 'string')
          tally.lexposureErrors += 1;
        else
          tally.foreign.push(
            `${what()}: ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 160)}` : String(error)}`,
          );
      }
      let ms = performance.now() - t;
      tally.totalMs += ms;
      // Timed up to three times more: a collection of the heap or a busy machine (CI shares its
      // cores) is not the call's own time; a slow input is slow every time.
      for (let retry = 0; retry < 3 && ms > SLOW_MS; retry++) {
        const again = performance.now();
        try {
          call();
        } catch {}
        ms = Math.min(ms, performance.now() - again);
      }
      if (ms > tally.slowest) {
        tally.slowest = ms;
        tally.slowestCall = what();
      }
    }
    const foreign = [...tallies].flatMap(([k, t]) => t.foreign.slice(0, 3).map((f) => `${k}: ${f}`));
    const bad = [...tallies].flatMap(([k, t]) => t.badFigures.slice(0, 3).map((f) => `${k}: ${f}`));
    expect(foreign).toEqual([]);
    expect(bad).toEqual([]);
    const slow = [...tallies]
      .filter(([k, t]) => t.slowest > (HEAVY[k] ?? SLOW_MS))
      .map(([k, t]) => `${k}: ${t.slowest.toFixed(0)} ms on ${t.slowestCall}`);
    expect(slow).toEqual([]);
  }, 300_000);

  it('no call touched a global prototype', () => {
    expect(globals()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  afterAll(() => {
    const rows = [...tallies].map(([k, t]) => ({
      export: k,
      calls: t.calls,
      lexposureErrors: t.lexposureErrors,
      foreign: t.foreign.length,
      badFigures: t.badFigures.length,
      slowestMs: Number(t.slowest.toFixed(1)),
      totalMs: Math.round(t.totalMs),
    }));
    const calls = rows.reduce((s, r) => s + r.calls, 0);
    const slowest = rows.reduce(
      (a, r) => (r.slowestMs > a.slowestMs ? r : a),
      rows[0] ?? { slowestMs: 0, export: '' },
    );
    if (process.env.FUZZ_REPORT)
      console.log(JSON.stringify({ calls, exports: rows.length, slowest, rows }, null, 1));
  });
});

function describeValue(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string')
    return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === 'bigint' || typeof value === 'symbol' || typeof value === 'function')
    return String(value);
  if (value === cyclic) return 'a cyclic object';
  if (value === deepest) return 'a value nested 5,000 deep';
  if (value === throwingProxy) return 'a proxy that throws';
  if (value === throwingGetter) return 'a getter that throws';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  try {
    return JSON.stringify(value)?.slice(0, 60) ?? String(value);
  } catch {
    return 'an object';
  }
}
