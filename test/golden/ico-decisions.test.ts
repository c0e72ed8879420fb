import { describe, expect, it } from 'vitest';
import { icoFine } from '../../src/index.js';

describe('ICO penalty notice, DPP Law Ltd, 14 April 2025: £60,000', () => {
  // Penalty notice, section VI (GDPRhub copy, repo mnov88/eurlextract): Arts 5(1)(f), 32(1), 32(2)
  // and 33(1) UK GDPR in linked processing, gravest Art. 5(1)(f): higher maximum £17.5m, as 4 % of
  // the turnover of £3,486,494 (financial year 2023/2024) is lower (paras 136–138); medium
  // seriousness, starting point 17 % (paras 140–141); turnover £2m–£10m, adjustment 0.8 %
  // (paras 147–148); £17.5m × 17 % × 0.8 % = £23,800 (para. 149); no Step 4 adjustment
  // (para. 155); Step 5 raises it to £60,000 (para. 160).
  const result = icoFine({
    profile: {
      name: 'DPP Law Ltd',
      financialYears: [
        {
          year: 2024,
          end: '2024-03-31',
          scope: 'undertaking',
          turnover: { amount: '3486494', currency: 'GBP' },
        },
      ],
    },
    asOf: '2025-04-14',
    turnover: { allowFallback: true },
    infringement: {
      articles: ['5(1)(f)', '32(1)', '32(2)', '33(1)'],
      seriousness: 'medium',
      seriousnessPct: 17,
      sizePct: '0.8',
      finalAmount: 60_000,
    },
  });

  it('reproduces every figure of the notice', () => {
    expect(result.conduct.provision).toBe('UK GDPR higher');
    expect(result.legalMaximum).toEqual({ amount: '17500000', currency: 'GBP' });
    expect(result.startingAmount.low).toEqual({ amount: '2975000', currency: 'GBP' });
    expect(result.sizeAdjustment?.band).toBe('[0.4, 2]');
    expect(result.sizeAdjustment?.verified).toBe(true);
    expect(result.adjustedStartingAmount.low).toEqual({ amount: '23800', currency: 'GBP' });
    expect(result.afterCircumstances.low).toEqual({ amount: '23800', currency: 'GBP' });
    expect(result.amount).toEqual({ amount: '60000', currency: 'GBP' });
  });

  it('the 4 % limb (£139,459.76) is below the fixed £17.5m, as para. 137 says', () => {
    expect(result.steps.some((s) => JSON.stringify(s.value).includes('139459.76'))).toBe(true);
  });
});
