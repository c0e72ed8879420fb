import { describe, expect, it } from 'vitest';
import { legalMaximum, maximumFine, type ProfileArg } from '../../../src/index.js';
import { eurProfile, fixtureProfile } from '../../helpers/profiles.js';

// `explain: false` returns the same figures with no steps (issue 20: results as lean as asked).
// Every case is computed both ways and compared field by field, steps aside.
const withoutSteps = <T extends { steps: unknown }>(result: T) => {
  const { steps: _, ...figures } = result;
  return figures;
};

const CASES: ReadonlyArray<readonly [string, ProfileArg, string, string]> = [
  ['a EUR 6.15m SaaS vendor, GDPR 83(5)', fixtureProfile('saas-vendor'), 'GDPR 83(5)', '2025-06-30'],
  [
    'Amazon Europe Core, converted from its reported currency',
    fixtureProfile('amazon-europe-core'),
    'GDPR 83(5)',
    '2021-07-16',
  ],
  ['an AI provider SME, AI Act 99(3)', fixtureProfile('ai-provider-sme'), 'AI Act 99(3)', '2026-09-01'],
  ['a public hospital, national law', fixtureProfile('public-hospital'), 'GDPR 83(5)', '2025-06-30'],
  ['a very large platform, DSA 74(1)', fixtureProfile('amazon-store-vlop'), 'DSA 74(1)', '2025-06-30'],
  ['EUR 1bn, GDPR 83(4)', eurProfile('1000000000'), 'GDPR 83(4)', '2024-06-30'],
];

describe('legalMaximum with explain: false', () => {
  it.each(CASES)('%s: the same figures, no steps', (_, profile, provision, asOf) => {
    const full = legalMaximum({ profile, provision, asOf });
    const lean = legalMaximum({ profile, provision, asOf, explain: false });
    expect(full.steps.length).toBeGreaterThan(0);
    expect(lean.steps).toEqual([]);
    expect(withoutSteps(lean)).toEqual(withoutSteps(full));
  });

  it('takes explain through the validating path too (with fx options)', () => {
    const args = {
      profile: fixtureProfile('amazon-europe-core'),
      provision: 'GDPR 83(5)',
      asOf: '2021-07-16',
    };
    const lean = legalMaximum({ ...args, fx: { basis: 'year-end' }, explain: false });
    expect(lean.steps).toEqual([]);
    expect(lean.amount).toEqual(legalMaximum({ ...args, fx: { basis: 'year-end' } }).amount);
  });

  it('refuses an explain that is not a boolean, naming the field', () => {
    expect(() =>
      // @ts-expect-error: explain is a boolean
      legalMaximum({ profile: eurProfile('1'), provision: 'GDPR 83(5)', asOf: '2024-06-30', explain: 'no' }),
    ).toThrow(/explain/);
  });
});

describe('maximumFine with explain: false', () => {
  it('GDPR Arts 5, 6, 32 and 33, linked and separate: the same figures, no steps in the total or in any cap', () => {
    for (const linked of [true, false]) {
      const args = {
        profile: fixtureProfile('amazon-europe-core'),
        asOf: '2021-07-16',
        regime: 'GDPR' as const,
        articles: ['5', '6', '32', '33'],
        linked,
      };
      const full = maximumFine(args);
      const lean = maximumFine({ ...args, explain: false });
      expect(lean.steps).toEqual([]);
      for (const cap of lean.caps) expect(cap.steps).toEqual([]);
      expect({ ...withoutSteps(lean), caps: lean.caps.map(withoutSteps) }).toEqual({
        ...withoutSteps(full),
        caps: full.caps.map(withoutSteps),
      });
    }
  });
});
