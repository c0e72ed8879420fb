import { describe, expect, it } from 'vitest';
import { maximumFine, UnknownProvisionError } from '../../../src/index.js';
import { aProfile } from '../../../src/testing/index.js';
import { eurProfile } from '../../helpers/profiles.js';

const PROFILE = eurProfile('10000000000', { year: 2025 });
const AS_OF = '2026-09-01';

describe('maximumFine for the other acts', () => {
  it('DSA: each article to its provision, caps summed (no Art. 83(3) equivalent)', () => {
    const result = maximumFine({
      profile: PROFILE,
      regime: 'DSA',
      articles: ['16', 'Art. 34', '67'],
      asOf: AS_OF,
    });
    expect(result.infringements.map((i) => [i.article, i.provision])).toEqual([
      ['DSA Art. 16', 'DSA 52(3)'],
      ['DSA Art. 34', 'DSA 74(1)'],
      ['DSA Art. 67', 'DSA 74(2)'],
    ]);
    // 6 % + 6 % + 1 % of EUR 10bn.
    expect(result.amount).toEqual({ amount: '1300000000', currency: 'EUR' });
    expect(result.steps.find((s) => s.label === 'Several infringements')).toBeDefined();
  });

  it('DSA: Art. 33 (the designation) is no obligation a fine attaches to', () => {
    expect(() => maximumFine({ profile: PROFILE, regime: 'DSA', articles: ['33'], asOf: AS_OF })).toThrow(
      UnknownProvisionError,
    );
  });

  it('AI Act: Art. 5 → 99(3), Art. 50 → 99(4), Art. 53 → 101', () => {
    const result = maximumFine({
      profile: PROFILE,
      regime: 'AI Act',
      articles: ['5(1)(a)', '50', '53'],
      asOf: AS_OF,
      sme: false,
    });
    expect(result.infringements.map((i) => i.provision)).toEqual([
      'AI Act 99(3)',
      'AI Act 99(4)',
      'AI Act 101',
    ]);
    // 7 %, 3 % and 3 % of EUR 10bn.
    expect(result.caps.map((c) => c.amount?.amount)).toEqual(['700000000', '300000000', '300000000']);
  });

  it('AI Act Art. 33: only paragraphs 1, 3 and 4 are listed in Art. 99(4)', () => {
    expect(() =>
      maximumFine({ profile: PROFILE, regime: 'AI Act', articles: ['33(2)'], asOf: AS_OF }),
    ).toThrow(/Art\. 99\(4\) lists only Art\. 33\(1\) and Art\. 33\(3\) and Art\. 33\(4\)/);
  });

  it('UK GDPR: the tiers of Art. 83 in pounds, Art. 83(3) linking', () => {
    const profile = aProfile('UK Ltd').withTurnover(2025, '1000000000', 'GBP').build();
    const result = maximumFine({
      profile,
      regime: 'UK GDPR',
      articles: ['32', '6'],
      asOf: AS_OF,
      linked: true,
    });
    expect(result.infringements.map((i) => i.provision)).toEqual(['UK GDPR standard', 'UK GDPR higher']);
    expect(result.gravestInfringement).toBe('UK GDPR higher');
    expect(result.amount).toEqual({ amount: '40000000', currency: 'GBP' });
  });
});
