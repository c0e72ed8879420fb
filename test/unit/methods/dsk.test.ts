import { describe, expect, it } from 'vitest';
import { type DskFineArgs, dskFine } from '../../../src/index.js';
import { eurProfile } from '../../helpers/profiles.js';

function fine(turnover: string, infringement: DskFineArgs['infringement'], extra: Partial<DskFineArgs> = {}) {
  return dskFine({
    profile: eurProfile(turnover, { year: 2020 }),
    asOf: '2021-06-01',
    infringement,
    ...extra,
  });
}

describe('dskFine: the DSK concept of 14 October 2019', () => {
  // Daily rates: mean ÷ 360, half-up; the published rates (A.I 972, A.II 2,917, B.I 9,722, B.III 24,306,
  // D.II 243,056) and the independent division: 350,000 / 360 = 972.2…, 1,050,000 / 360 = 2,916.6…
  it.each([
    ['500000', 'A.I', '972'],
    ['1000000', 'A.II', '2917'],
    ['3000000', 'B.I', '9722'],
    ['9000000', 'B.III', '24306'],
    ['80000000', 'D.II', '243056'],
  ])('turnover EUR %s → subgroup %s, daily rate EUR %s', (turnover, subgroup, rate) => {
    const result = fine(turnover, { articles: ['32'], severity: 'leicht' });
    expect(result.sizeClass.subgroup).toBe(subgroup);
    expect(result.dailyRate.amount).toBe(rate);
  });

  it('band edges: "über … bis …", the upper edge inclusive', () => {
    expect(fine('700000', { articles: ['32'], severity: 'leicht' }).sizeClass.subgroup).toBe('A.I');
    expect(fine('700000.01', { articles: ['32'], severity: 'leicht' }).sizeClass.subgroup).toBe('A.II');
    expect(fine('500000000', { articles: ['32'], severity: 'leicht' }).sizeClass.subgroup).toBe('D.VI');
  });

  it('rounds the daily rate up when asked: A.I = 973', () => {
    expect(
      fine('500000', { articles: ['32'], severity: 'leicht' }, { dailyRateRounding: 'up' }).dailyRate.amount,
    ).toBe('973');
  });

  it('above EUR 500m uses the actual turnover: EUR 3.6bn / 360 = EUR 10,000,000 a day', () => {
    const result = fine('3600000000', { articles: ['5(1)(f)'], severity: 'mittel', factor: 4 });
    expect(result.sizeClass.subgroup).toBe('D.VII');
    expect(result.sizeClass.base.amount).toBe('3600000000');
    expect(result.dailyRate.amount).toBe('10000000');
    // Material scale (83(5)), factor 4: EUR 40m, within 4 % of 3.6bn = EUR 144m.
    expect(result.severity.scale).toBe('material');
    expect(result.amount?.amount).toBe('40000000');
  });

  it('uses the formal scale for Art. 83(4) and checks the factor against it', () => {
    const result = fine('3000000', { articles: ['32'], severity: 'mittel' });
    expect(result.severity).toEqual({ level: 'mittel', scale: 'formal', band: '[2, 4]', factor: null });
    // 9,722 × 2 = 19,444 to 9,722 × 4 = 38,888.
    expect(result.fine).toEqual({
      low: { amount: '19444', currency: 'EUR' },
      high: { amount: '38888', currency: 'EUR' },
    });
    expect(() => fine('3000000', { articles: ['32'], severity: 'mittel', factor: 5 })).toThrow(
      /infringement\.factor: must lie in the mittel band of the formal scale, \[2, 4\], got 5/,
    );
  });

  it('"sehr schwer" is open above, up to the legal maximum', () => {
    const result = fine('3000000', { articles: ['6'], severity: 'sehr schwer' });
    expect(result.fine.high).toEqual({ amount: '20000000', currency: 'EUR' });
    expect(() => fine('3000000', { articles: ['6'], severity: 'sehr schwer', factor: 12 })).toThrow(
      /above|\(12/,
    );
  });

  it('warns for classes C and D, whose bands were not read in the concept', () => {
    const result = fine('30000000', { articles: ['32'], severity: 'leicht' });
    expect(result.sizeClass.verified).toBe(false);
    expect(result.steps.find((s) => s.label === 'Steps 1 and 2: size class')?.severity).toBe('warning');
  });

  it('warns that the concept was superseded by the EDPB guidelines from 24 May 2023', () => {
    const before = dskFine({
      profile: eurProfile('3000000', { year: 2022 }),
      asOf: '2023-05-23',
      infringement: { articles: ['32'], severity: 'leicht' },
    });
    expect(before.steps.some((s) => s.label === 'Concept superseded')).toBe(false);
    const after = dskFine({
      profile: eurProfile('3000000', { year: 2022 }),
      asOf: '2023-05-24',
      infringement: { articles: ['32'], severity: 'leicht' },
    });
    expect(after.steps[0]).toMatchObject({ label: 'Concept superseded', severity: 'warning' });
  });

  it('offender-related circumstances at Step 5, each once', () => {
    const result = fine('3000000', {
      articles: ['32'],
      severity: 'mittel',
      factor: 3,
      adjustments: [{ factor: 'f', pct: -50 }],
    });
    // 9,722 × 3 = 29,166; −50 % = 14,583.
    expect(result.amount?.amount).toBe('14583');
    expect(() =>
      fine('3000000', { articles: ['32'], severity: 'mittel', adjustments: [{ factor: 'a', pct: 10 }] }),
    ).toThrow(/counts it twice/);
  });
});

describe('dskFine: one seriousness vocabulary across the methods', () => {
  it('low, medium, high and very high stand for leicht, mittel, schwer and sehr schwer', () => {
    for (const [word, term] of [
      ['low', 'leicht'],
      ['medium', 'mittel'],
      ['high', 'schwer'],
      ['very high', 'sehr schwer'],
    ] as const)
      expect(fine('3000000', { articles: ['32'], seriousness: word })).toEqual(
        fine('3000000', { articles: ['32'], severity: term }),
      );
  });

  it('refuses neither, and two that disagree', () => {
    expect(() => fine('3000000', { articles: ['32'] })).toThrow(/infringement\.seriousness: is required/);
    expect(() => fine('3000000', { articles: ['32'], seriousness: 'low', severity: 'schwer' })).toThrow(
      /infringement\.severity: seriousness "low" is "leicht", not "schwer"/,
    );
  });
});
