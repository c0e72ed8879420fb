import { describe, expect, it } from 'vitest';
import { maximumFine, NotApplicableError, UnknownProvisionError } from '../../../src/index.js';
import { aProfile } from '../../../src/testing/index.js';
import { eurProfile } from '../../helpers/profiles.js';

const PROFILE = eurProfile('10000000000', { year: 2025 });
const AS_OF = '2026-09-01';

describe('maximumFine for the other acts', () => {
  it('DSA, a provider that is not a very large platform: national penalties of Art. 52(3) per failure, and no Section 5 duty', () => {
    const result = maximumFine({ profile: PROFILE, regime: 'DSA', articles: ['9', '10', '16'], asOf: AS_OF });
    // Art. 52(3): "a failure to comply with an obligation laid down in this Regulation" — Arts 9
    // and 10 included; 6 % of EUR 10bn for each failure.
    expect(result.infringements.map((i) => [i.article, i.provision])).toEqual([
      ['DSA Art. 9', 'DSA 52(3)'],
      ['DSA Art. 10', 'DSA 52(3)'],
      ['DSA Art. 16', 'DSA 52(3)'],
    ]);
    expect(result.amount).toEqual({ amount: '1800000000', currency: 'EUR' });
    expect(() =>
      maximumFine({ profile: PROFILE, regime: 'DSA', articles: ['16', 'Art. 34'], asOf: AS_OF }),
    ).toThrow(NotApplicableError);
  });

  it('DSA, a designated very large platform: one Commission decision finding three infringements stays within 6 % (Art. 74(1) "in the decision")', () => {
    const vlop = aProfile('Platform Ltd')
      .establishedIn('IE')
      .withTurnover(2025, '10000000000')
      .withService({
        kind: 'online-platform',
        euMonthlyActiveRecipients: 50_000_000,
        dsaDesignation: { notified: '2023-04-25' },
      })
      .build();
    const result = maximumFine({ profile: vlop, regime: 'DSA', articles: ['25', '39', '40'], asOf: AS_OF });
    expect(result.infringements.map((i) => i.provision)).toEqual(['DSA 74(1)', 'DSA 74(1)', 'DSA 74(1)']);
    // 6 % of EUR 10bn once, not three times (18 %).
    expect(result.amount).toEqual({ amount: '600000000', currency: 'EUR' });
    expect(
      result.steps.some((s) => s.label === 'Several infringements in one decision under DSA 74(1)'),
    ).toBe(true);
    // An information failure is a separate decision under Art. 74(2): 6 % + 1 %.
    const withInfo = maximumFine({ profile: vlop, regime: 'DSA', articles: ['25', '39', '67'], asOf: AS_OF });
    expect(withInfo.amount).toEqual({ amount: '700000000', currency: 'EUR' });
  });

  it('DMA: the fines of one non-compliance decision stay within 10 % (Art. 30(1) "in the non-compliance decision")', () => {
    const result = maximumFine({ profile: PROFILE, regime: 'DMA', articles: ['5(2)', '6(4)'], asOf: AS_OF });
    expect(result.amount).toEqual({ amount: '1000000000', currency: 'EUR' });
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
