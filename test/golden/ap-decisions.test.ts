import { describe, expect, it } from 'vitest';
import { apFine, type CompanyProfileInput } from '../../src/index.js';

describe('AP (Netherlands) z-2021-14274, A.S. Watson (Kruidvat), 2 May 2024: €600,000', () => {
  // Decision, paras 109–113 (GDPRhub machine translation, repo mnov88/eurlextract): tracking cookies
  // without valid consent, Art. 6(1) read with Art. 5(1)(a) GDPR; category III of the fining policy
  // rules 2019, bandwidth €300,000 to €750,000; fine €600,000. Group turnover of CK Hutchison
  // Holdings Ltd in 2022, €53.5bn, gives a legal maximum of €2.14bn (4 %).
  const profile: CompanyProfileInput = {
    name: 'A.S. Watson Health & Beauty Continental Europe B.V.',
    undertaking: 'CK Hutchison Holdings Limited',
    financialYears: [
      {
        year: 2022,
        end: '2022-12-31',
        scope: 'undertaking',
        turnover: { amount: '53500000000', currency: 'EUR' },
      },
    ],
  };

  it('reproduces the category, the bandwidth, the legal maximum and the fine', () => {
    const result = apFine({
      profile,
      asOf: '2024-05-02',
      turnover: { allowFallback: true },
      infringement: { article: '5(1)(a)', underlying: '6(1)', amount: 600_000 },
    });
    expect(result.category).toBe('III');
    expect(result.band).toEqual({
      low: { amount: '300000', currency: 'EUR' },
      high: { amount: '750000', currency: 'EUR' },
    });
    expect(result.basicFine).toEqual({ amount: '525000', currency: 'EUR' });
    expect(result.legalMaximum).toEqual({ amount: '2140000000', currency: 'EUR' });
    expect(result.amount).toEqual({ amount: '600000', currency: 'EUR' });
  });

  it('Art. 6(1) on its own is category III too', () => {
    const result = apFine({
      profile,
      asOf: '2024-05-02',
      turnover: { allowFallback: true },
      infringement: { article: 'Art. 6(1)' },
    });
    expect(result.category).toBe('III');
    expect(result.amount).toBeNull();
    expect(result.fine.high).toEqual({ amount: '750000', currency: 'EUR' });
  });
});

describe('AP (Netherlands), Booking.com, 10 December 2020: €475,000', () => {
  // GDPRhub summary of the decision: late notification of a breach, Art. 33(1) GDPR; the basic
  // fine of the rules is €525,000 (category III), lowered for the measures Booking.com took.
  it('is category III, lowered from the basic fine within the bandwidth', () => {
    const result = apFine({
      profile: {
        name: 'Booking.com B.V.',
        financialYears: [
          {
            year: 2019,
            end: '2019-12-31',
            scope: 'undertaking',
            turnover: { amount: '1000000000', currency: 'EUR' },
          },
        ],
      },
      asOf: '2020-12-10',
      infringement: { article: '33(1)', amount: 475_000 },
    });
    expect(result.category).toBe('III');
    expect(result.basicFine.amount).toBe('525000');
    expect(result.amount?.amount).toBe('475000');
    expect(result.steps.find((s) => s.label === 'Within the bandwidth (Art. 6 and 7)')?.rule).toMatch(
      /lowered from/,
    );
  });
});
