import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as lexposure from '../../src/index.js';
import { createSanctionSet, sanctions, sanctionsFromCsv } from '../../src/sanctions/index.js';

const { LexposureError } = lexposure;

/** A valid profile to mutate: hostile values are planted into its fields. */
const base = {
  name: 'Fuzz SA',
  roles: ['controller'],
  establishments: [{ country: 'FR', main: true }],
  financialYears: [
    {
      year: 2024,
      end: '2024-12-31',
      scope: 'undertaking',
      turnover: { amount: '123456789.12', currency: 'EUR' },
    },
  ],
  services: [{ kind: 'online-platform', euMonthlyActiveRecipients: 50_000_000 }],
  processing: { transfers: [{ country: 'US', certified: true }], occasional: false },
  posture: [{ obligation: 'GDPR Art. 30', status: 'met' }],
};

/** Values an attacker or a broken export would send. */
const hostile = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.constantFrom(
    'NaN',
    'Infinity',
    '-Infinity',
    '1e308',
    '1e-308',
    '1e400',
    '-0',
    '0x10',
    ' 12 ',
    '１２',
    '9'.repeat(400),
    '0.'.concat('0'.repeat(300), '1'),
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    -1,
    2 ** 53 + 2,
    '__proto__',
    'constructor',
    '\u0000',
    '\u202e',
    '2024-02-30',
    '0000-01-01',
    '9999-12-31',
    '',
    [],
    {},
    null,
    undefined,
    true,
  ),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}')),
);

/** The path of a field of a valid input to replace. */
function plant(target: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(target) ? [...target] : { ...(target as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head] = plant((target as Record<string | number, unknown>)?.[head], rest, value);
  return copy;
}

const PROFILE_PATHS = [
  [],
  ['name'],
  ['roles'],
  ['roles', 0],
  ['establishments', 0, 'country'],
  ['financialYears'],
  ['financialYears', 0, 'year'],
  ['financialYears', 0, 'end'],
  ['financialYears', 0, 'scope'],
  ['financialYears', 0, 'turnover'],
  ['financialYears', 0, 'turnover', 'amount'],
  ['financialYears', 0, 'turnover', 'currency'],
  ['services', 0, 'kind'],
  ['services', 0, 'euMonthlyActiveRecipients'],
  ['processing'],
  ['processing', 'transfers', 0, 'country'],
  ['processing', 'occasional'],
  ['posture'],
  ['posture', 0, 'obligation'],
  ['posture', 0, 'status'],
  ['__proto__'],
  ['constructor'],
] as const;

const deep = (n: number): unknown => (n === 0 ? 'x' : n % 2 ? { a: deep(n - 1) } : [deep(n - 1)]);

/** What must hold for any output: no NaN, no Infinity, no negative money amount. */
function checkOutput(result: unknown): void {
  const text = JSON.stringify(result, (_, v) => (typeof v === 'bigint' ? v.toString() : v)) ?? '';
  // Figures only: a name may well be "NaN". JSON turns a NaN number into null, so check those too.
  expect(text).not.toMatch(/"(amount|rate|ratioToTurnover|value|score|probability)":"?(NaN|-?Infinity)\b/);
  expect(text).not.toMatch(/"amount":"-(?!0(\.0+)?")/);
}

const ENTRY_POINTS: Record<string, (profile: never, value: never) => unknown> = {
  parseProfile: (p) => lexposure.parseProfile(p),
  legalMaximum: (p, v) =>
    lexposure.legalMaximum({ profile: p, provision: v ?? 'GDPR 83(5)', asOf: '2025-06-30' }),
  maximumFine: (p, v) =>
    lexposure.maximumFine({ profile: p, regime: 'GDPR', articles: v ?? ['6'], asOf: '2025-06-30' }),
  periodicPenalty: (p, v) =>
    lexposure.periodicPenalty({ profile: p, provision: 'DSA 52(4)', days: v ?? 3, asOf: '2025-06-30' }),
  perViolationMaximum: (_, v) =>
    lexposure.perViolationMaximum({ provision: 'FTC Act 5(l)', violations: v ?? 2, asOf: '2025-06-30' }),
  obligationsFor: (p, v) => lexposure.obligationsFor({ profile: p, asOf: v ?? '2025-06-30' }),
  enterpriseSize: (p, v) => lexposure.enterpriseSize({ profile: p, asOf: v ?? '2025-06-30' }),
  assessGatekeeper: (p, v) => lexposure.assessGatekeeper({ profile: p, asOf: v ?? '2025-06-30' }),
  assessVeryLargePlatform: (p, v) =>
    lexposure.assessVeryLargePlatform({ profile: p, asOf: v ?? '2025-06-30' }),
  nis2Entity: (p, v) => lexposure.nis2Entity({ profile: p, asOf: v ?? '2025-06-30' }),
  edpbFine: (p, v) =>
    lexposure.edpbFine({
      profile: p,
      asOf: '2025-06-30',
      infringement: { articles: ['6'], seriousness: v ?? 'low' },
    }),
  icoFine: (p, v) =>
    lexposure.icoFine({
      profile: p,
      asOf: '2025-06-30',
      infringement: { articles: ['6'], seriousness: v ?? 'lower' },
    }),
  apFine: (p, v) =>
    lexposure.apFine({ profile: p, asOf: '2025-06-30', infringement: { articles: v ?? ['6'] } }),
  dskFine: (p, v) =>
    lexposure.dskFine({
      profile: p,
      asOf: '2025-06-30',
      infringement: { articles: ['6'], severity: v ?? 'mittel' },
    }),
  estimateExposure: (p, v) => lexposure.estimateExposure({ profile: p, asOf: '2025-06-30', scenarios: v }),
  simulate: (p, v) =>
    lexposure.simulate({
      profile: p,
      asOf: '2025-06-30',
      iterations: 50,
      seed: 1,
      scenarios: [
        {
          id: 's',
          provision: 'GDPR 83(5)',
          frequency: { probability: '0.5' },
          severity: v ?? { kind: 'fixed', value: '1' },
        },
      ],
    }),
  riskScore: (p, v) => lexposure.riskScore({ profile: p, asOf: '2025-06-30', expectedLoss: v }),
  gapAnalysis: (p, v) => lexposure.gapAnalysis({ profile: p, asOf: v ?? '2025-06-30' }),
  postureFromQuestionnaire: (_, v) => lexposure.postureFromQuestionnaire(v ?? { records: 'yes' }),
  deadline: (_, v) => lexposure.deadline({ timeLimit: 'GDPR 12(3)', from: v ?? '2025-01-31' }),
  'deadline with a period': (_, v) =>
    lexposure.deadline({
      period: v ?? { length: 2, unit: 'days' },
      from: '2026-03-06',
      holidays: [v ?? '2026-03-09'],
    }),
  assessLateness: (_, v) =>
    lexposure.assessLateness({
      timeLimit: 'GDPR 33(1)',
      from: '2025-01-31T10:00Z',
      done: v ?? '2025-02-03T10:00Z',
    }),
  'sanctions.query': (_, v) => sanctions.query(v as never),
  'sanctions.comparables': (p, v) =>
    sanctions.comparables({
      profile: p,
      asOf: '2025-06-30',
      scenario: { regime: 'GDPR', articles: v ?? ['6'] },
    }),
  createSanctionSet: (_, v) => createSanctionSet(v),
  // JSON, not String(): an object whose toString is not a function cannot be turned into a string at all.
  sanctionsFromCsv: (_, v) =>
    sanctionsFromCsv(typeof v === 'string' ? v : (JSON.stringify(v) ?? ''), {} as never),
};

describe('every public entry point, under hostile input', () => {
  for (const [name, call] of Object.entries(ENTRY_POINTS)) {
    it(`${name}: returns clean figures or throws a LexposureError`, () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...PROFILE_PATHS),
          hostile,
          fc.boolean(),
          fc.oneof(hostile, fc.constant(undefined)),
          (path, value, mutate, extra) => {
            const profile = mutate ? plant(base, path, value) : base;
            try {
              checkOutput(call(profile as never, (mutate ? undefined : extra) as never));
            } catch (error) {
              if (!(error instanceof LexposureError)) throw error;
              expect(error.message.length).toBeGreaterThan(10);
            }
          },
        ),
        { numRuns: Number(process.env.FUZZ_RUNS ?? 150) },
      );
    });
  }

  it('survives deep nesting and huge arrays in a profile', () => {
    for (const profile of [
      deep(200),
      { ...base, services: Array.from({ length: 10_000 }, () => ({ kind: 'hosting' })) },
    ]) {
      try {
        lexposure.estimateExposure({ profile: profile as never, asOf: '2025-06-30' });
      } catch (error) {
        expect(error).toBeInstanceOf(LexposureError);
      }
    }
  });

  it('leaves Object.prototype alone', () => {
    const hostileProfile = JSON.parse('{"name":"x","__proto__":{"polluted":true}}') as object;
    expect(() => lexposure.parseProfile(hostileProfile)).toThrow(/Unrecognized key: "__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
