import { describe, expect, it } from 'vitest';
import {
  enterpriseSize,
  estimateExposure,
  legalMaximum,
  maximumFine,
  NotInForceError,
  type ProfileArg,
} from '../../../src/index.js';
import { aiActApplication } from '../../../src/law/ai-act/application.js';
import { aProfile } from '../../../src/testing/index.js';

// Art. 113 of Regulation (EU) 2024/1689 as adopted (EUR-Lex CELEX 32024R1689): general date
// 2 August 2026; Chapters I and II from 2 February 2025; Chapter III Section 4, Chapters V, VII,
// XII and Art. 78 from 2 August 2025 except Art. 101; Art. 6(1) from 2 August 2027.
// As amended by Regulation (EU) 2026/1744, Art. 1(40) (in force 27 July 2026): Chapter III
// Sections 1-3 from 2 December 2027 (Annex III) and 2 August 2028 (Annex I); Art. 5(1)(ba) and
// (bb) from 2 December 2026.
const big = aProfile('Model Provider SA')
  .establishedIn('FR')
  .withTurnover(2024, '10000000000', 'EUR', { employees: 20_000 })
  .withTurnover(2025, '10000000000', 'EUR', { employees: 20_000 })
  .withTurnover(2026, '10000000000', 'EUR', { employees: 20_000 })
  .withTurnover(2027, '10000000000', 'EUR', { employees: 20_000 })
  .build();
const ai = (articles: string[], asOf: string, extra: object = {}) =>
  maximumFine({ profile: big, regime: 'AI Act', articles, asOf, ...extra });

describe('AI Act: each article from its own date of application (Art. 113)', () => {
  it('Art. 50 (Chapter IV) applies from 2 August 2026: no fine the day before', () => {
    expect(() => ai(['50'], '2025-09-01')).toThrow(NotInForceError);
    expect(() => ai(['50'], '2026-08-01')).toThrow(/Chapter IV.*2026-08-02/);
    // 3 % of EUR 10bn (Art. 99(4)).
    expect(ai(['50'], '2026-08-02').amount).toEqual({ amount: '300000000', currency: 'EUR' });
  });

  it('Art. 50(2) on a system already on the market: the 2 December 2026 transition is shown (Art. 111(4) as amended)', () => {
    const result = ai(['50(2)'], '2026-12-01');
    expect(result.steps.find((s) => s.label === 'Art. 50(2): systems already on the market')?.value).toBe(
      '2026-12-02',
    );
    expect(ai(['50(2)'], '2026-12-02').steps.some((s) => s.label.startsWith('Art. 50(2):'))).toBe(false);
  });

  it('Arts 16 and 26 (Chapter III, Section 3) wait for 2 December 2027 after the 2026 amendment', () => {
    expect(() => ai(['16'], '2026-09-01')).toThrow(/2027-12-02/);
    expect(() => ai(['26'], '2027-12-01')).toThrow(NotInForceError);
    const onTheDay = ai(['26'], '2027-12-02');
    expect(onTheDay.amount).toEqual({ amount: '300000000', currency: 'EUR' });
    // No annex given: the earlier date (Annex III) is read, with a warning.
    expect(onTheDay.steps.find((s) => s.label === 'AI Act Art. 26 applies')?.severity).toBe('warning');
  });

  it('a product of Annex I: Chapter III Sections 1-3 from 2 August 2028', () => {
    expect(() => ai(['16'], '2028-08-01', { highRiskAnnex: 'I' })).toThrow(/2028-08-02/);
    expect(ai(['16'], '2028-08-02', { highRiskAnnex: 'I' }).amount?.amount).toBe('300000000');
  });

  it('Art. 5 from 2 February 2025, with its fines from 2 August 2025 (Chapter XII)', () => {
    expect(aiActApplication('5(1)(a)', '2025-03-01')?.from).toBe('2025-02-02');
    expect(() => ai(['5(1)(a)'], '2025-08-01')).toThrow(NotInForceError);
    // 7 % of EUR 10bn (Art. 99(3)).
    expect(ai(['5(1)(a)'], '2025-08-02').amount?.amount).toBe('700000000');
  });

  it('the new prohibitions of Art. 5(1)(ba) and (bb) apply from 2 December 2026', () => {
    expect(() => ai(['5(1)(ba)'], '2026-12-01')).toThrow(/2026-12-02/);
    expect(ai(['5(1)(bb)'], '2026-12-02').amount?.amount).toBe('700000000');
  });

  it('as adopted, the Annex III systems of Section 3 would have applied from 2 August 2026; the amendment came first', () => {
    expect(aiActApplication('26', '2026-07-26')).toMatchObject({ from: '2026-08-02', version: 'as adopted' });
    expect(aiActApplication('26', '2026-07-27')).toMatchObject({
      from: '2027-12-02',
      version: 'as amended by Regulation (EU) 2026/1744',
    });
    expect(aiActApplication('6(1)', '2026-07-26')?.from).toBe('2027-08-02');
  });

  it('estimateExposure says "not estimated" and why for an article not yet applicable', () => {
    const estimate = estimateExposure({
      profile: big,
      asOf: '2025-09-01',
      scenarios: [{ regime: 'AI Act', articles: ['50'] }],
    });
    const regime = estimate.regimes.find((r) => r.regime === 'AI Act');
    expect(regime?.legalMaximum).toBeNull();
    expect(regime?.steps[0]?.label).toBe('AI Act: not estimated');
    expect(regime?.steps[0]?.rule).toContain('2026-08-02');
  });
});

describe('AI Act Art. 99(6a): small mid-cap enterprises (Recommendation (EU) 2025/1099)', () => {
  // An SMC: not an SME, fewer than 750 persons, turnover <= EUR 150m or balance sheet <= EUR 129m.
  const company = (employees: number, turnover: string) =>
    aProfile('Mid Cap SE')
      .establishedIn('DE')
      .withYear({
        year: 2024,
        end: '2024-12-31',
        scope: 'undertaking',
        employees,
        turnover: { amount: turnover, currency: 'EUR' },
        balanceSheetTotal: { amount: '200000000', currency: 'EUR' },
      })
      .withYear({
        year: 2025,
        end: '2025-12-31',
        scope: 'undertaking',
        employees,
        turnover: { amount: turnover, currency: 'EUR' },
        balanceSheetTotal: { amount: '200000000', currency: 'EUR' },
      })
      .build();
  const cap = (profile: ProfileArg, asOf = '2026-09-01') =>
    legalMaximum({ profile, provision: 'AI Act 99(4)', asOf });

  it('749 persons and EUR 150m: an SMC, so 3 % (EUR 4.5m) is lower than EUR 15m and is the maximum', () => {
    const smc = company(749, '150000000');
    expect(enterpriseSize({ profile: smc, asOf: '2026-09-01' })).toMatchObject({
      category: 'large',
      smallMidCap: true,
      sizeClass: 'small mid-cap',
    });
    const result = cap(smc);
    expect(result.smc).toBe(true);
    expect(result.amount).toEqual({ amount: '4500000', currency: 'EUR' });
  });

  it('750 persons, or EUR 150,000,001 of turnover: not an SMC, the higher of the two (EUR 15m)', () => {
    expect(cap(company(750, '150000000')).amount).toEqual({ amount: '15000000', currency: 'EUR' });
    expect(cap(company(749, '150000001')).amount).toEqual({ amount: '15000000', currency: 'EUR' });
    expect(enterpriseSize({ profile: company(750, '150000000'), asOf: '2026-09-01' }).smallMidCap).toBe(
      false,
    );
  });

  it('before 27 July 2026 the rule did not exist: the higher of the two, even for an SMC', () => {
    const smc = company(749, '150000000');
    expect(cap(smc, '2026-07-26')).toMatchObject({
      smc: null,
      amount: { amount: '15000000', currency: 'EUR' },
    });
    expect(cap(smc, '2026-07-27').amount?.amount).toBe('4500000');
  });

  it('the rule covers Art. 99(4) and (5), not the prohibitions of Art. 99(3)', () => {
    const smc = company(749, '150000000');
    // 1 % of EUR 150m = EUR 1.5m, lower than EUR 7.5m.
    expect(legalMaximum({ profile: smc, provision: 'AI Act 99(5)', asOf: '2026-09-01' }).amount?.amount).toBe(
      '1500000',
    );
    // Art. 99(3): EUR 35m is higher than 7 % of EUR 150m (EUR 10.5m).
    expect(legalMaximum({ profile: smc, provision: 'AI Act 99(3)', asOf: '2026-09-01' }).amount?.amount).toBe(
      '35000000',
    );
  });
});
