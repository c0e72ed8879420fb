import { describe, expect, it } from 'vitest';
import { type CompanyProfileInput, edpbFine } from '../../src/index.js';

/** A company with one financial year of EUR turnover (the undertaking's). */
function company(name: string, year: number, turnover: string): CompanyProfileInput {
  return {
    name,
    financialYears: [
      { year, end: `${year}-12-31`, scope: 'undertaking', turnover: { amount: turnover, currency: 'EUR' } },
    ],
  };
}

describe('UODO (Poland) DKN.5131.29.2023, Res-Gastro M. Gaweł sp.k.: PLN 238,345', () => {
  // The decision's justification, points 1–6 (GDPRhub machine translation, repo mnov88/eurlextract):
  // Art. 5(1)(f) and 5(2), Art. 83(5)(a); medium seriousness, starting amount EUR 2,400,000 of the
  // EUR 20,000,000 static maximum (the 4 % limb was EUR 1,033,069.23); turnover EUR 10–50m, 5 % of
  // the starting amount = EUR 120,000; mitigating 83(2)(c) and (f): −35 % = EUR 78,000; Step 5 to
  // EUR 54,600 (PLN 238,345 at 4.3653). The turnover (2022) is the one the 4 % figure implies:
  // 1,033,069.23 / 0.04 = 25,826,730.75. The decision used the 2022 accounts, the latest filed.
  const result = edpbFine({
    profile: company('Res-Gastro M. Gaweł sp.k.', 2022, '25826730.75'),
    asOf: '2024-04-29', // decided 29 April 2024 (GDPRhub)
    turnover: { allowFallback: true },
    infringement: {
      articles: ['Art. 5(1)(f)', 'Art. 5(2)'],
      seriousness: 'medium',
      seriousnessPct: 12,
      sizePct: 5,
      adjustments: [{ factor: ['83(2)(c)', '83(2)(f)'], pct: -35 }],
      finalFactorPct: 70,
    },
  });

  it('reproduces every figure of the decision', () => {
    expect(result.conduct.provision).toBe('GDPR 83(5)');
    expect(result.legalMaximum).toEqual({ amount: '20000000', currency: 'EUR' });
    expect(result.startingAmount.low).toEqual({ amount: '2400000', currency: 'EUR' });
    expect(result.sizeAdjustment?.band).toBe('[1.5, 10]');
    expect(result.adjustedStartingAmount.low).toEqual({ amount: '120000', currency: 'EUR' });
    expect(result.afterCircumstances.low).toEqual({ amount: '78000', currency: 'EUR' });
    expect(result.amount).toEqual({ amount: '54600', currency: 'EUR' });
  });

  it('the 4 % limb the decision states, EUR 1,033,069.23, is in the steps', () => {
    expect(result.steps.some((s) => JSON.stringify(s.value).includes('1033069.23'))).toBe(true);
  });
});

describe('UODO (Poland) DKN.5131.59.2022, Santander Bank Polska: PLN 1,440,549', () => {
  // Justification, points 1–6: Art. 33(1) and 34(1), Art. 83(4)(a), one conduct (Art. 83(3));
  // low seriousness; dynamic maximum 2 % of EUR 2,992,208,096 (2022) = EUR 59,844,162; starting
  // amount 4 % = EUR 2,393,766; no size adjustment above €500m (para. 66); aggravating 83(2)(e)
  // and (f) raise it to EUR 2,600,000; Step 5 (proportionality) cuts it to EUR 330,000
  // (PLN 1,440,549 at 4.3653). The authority states whole euros: rounding 'unit'.
  const result = edpbFine({
    profile: company('Santander Bank Polska S.A.', 2022, '2992208096'),
    asOf: '2024-03-12', // decided 12 March 2024 (uodo.gov.pl/decyzje/DKN.5131.59.2022)
    turnover: { allowFallback: true },
    rounding: 'unit',
    infringement: {
      articles: ['33(1)', '34(1)'],
      seriousness: 'low',
      seriousnessPct: 4,
      adjustments: [{ factor: ['e', 'f'], amount: 2_600_000 - 2_393_766 }],
      finalAmount: 330_000,
    },
  });

  it('reproduces every figure of the decision', () => {
    expect(result.conduct.provision).toBe('GDPR 83(4)');
    expect(result.legalMaximum).toEqual({ amount: '59844162', currency: 'EUR' });
    expect(result.startingAmount.low).toEqual({ amount: '2393766', currency: 'EUR' });
    expect(result.sizeAdjustment).toBeNull();
    expect(result.afterCircumstances.low).toEqual({ amount: '2600000', currency: 'EUR' });
    expect(result.amount).toEqual({ amount: '330000', currency: 'EUR' });
  });

  it('without rounding the figures are exact: 2 % × 2,992,208,096 = 59,844,161.92', () => {
    const exact = edpbFine({
      profile: company('Santander Bank Polska S.A.', 2022, '2992208096'),
      asOf: '2024-03-12',
      turnover: { allowFallback: true },
      infringement: { articles: ['33(1)'], seriousness: 'low', seriousnessPct: 4 },
    });
    expect(exact.legalMaximum.amount).toBe('59844161.92');
    // 4 % of 59,844,161.92 = 2,393,766.4768.
    expect(exact.startingAmount.low.amount).toBe('2393766.4768');
  });
});

describe('APD/GBA (Belgium) 108/2024 of 27 August 2024, a football club: €8,000', () => {
  // Decision, paras 80–97 (GDPRhub machine translation, repo mnov88/eurlextract): Arts 5(1)(a),
  // 12, 14, 15, 21(4): Art. 83(5), static maximum €20m; medium seriousness, theoretical starting
  // amount €3,000,000 (15 %, para. 86); turnover under €2m: 0.2–0.4 %, i.e. €6,000 to €12,000
  // (para. 88), 0.30 % chosen = €9,000 (para. 89); mitigating Art. 83(2)(c): €8,000 (para. 96);
  // within the maximum (para. 97); no change at Step 5 (paras 98–99). The decision used the 2022
  // accounts, whose gross margin (−€2,369) stood in for the turnover; a turnover of zero is given
  // here, in the same band.
  const result = edpbFine({
    profile: company('Belgian football club', 2022, '0'),
    asOf: '2024-08-27',
    turnover: { allowFallback: true },
    infringement: {
      articles: ['5(1)(a)', '12(1)', '14', '15(1)', '21(4)'],
      seriousness: 'medium',
      seriousnessPct: 15,
      sizePct: '0.30',
      adjustments: [
        {
          factor: '83(2)(c)',
          amount: -1000,
          reason: 'privacy statement and links added after the inspection',
        },
      ],
    },
  });

  it('reproduces every figure of the decision', () => {
    expect(result.conduct.provision).toBe('GDPR 83(5)');
    expect(result.legalMaximum).toEqual({ amount: '20000000', currency: 'EUR' });
    expect(result.startingAmount.low).toEqual({ amount: '3000000', currency: 'EUR' });
    expect(result.sizeAdjustment?.band).toBe('[0.2, 0.4]');
    expect(result.adjustedStartingAmount.low).toEqual({ amount: '9000', currency: 'EUR' });
    expect(result.afterCircumstances.low).toEqual({ amount: '8000', currency: 'EUR' });
    expect(result.amount).toEqual({ amount: '8000', currency: 'EUR' });
  });

  it('without a chosen size point gives the €6,000–€12,000 of para. 88', () => {
    const range = edpbFine({
      profile: company('Belgian football club', 2022, '0'),
      asOf: '2024-08-27',
      turnover: { allowFallback: true },
      infringement: { articles: ['5(1)(a)'], seriousness: 'medium', seriousnessPct: 15 },
    });
    expect(range.adjustedStartingAmount).toEqual({
      low: { amount: '6000', currency: 'EUR' },
      high: { amount: '12000', currency: 'EUR' },
    });
  });
});
