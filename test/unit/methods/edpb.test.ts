import { describe, expect, it } from 'vitest';
import { type EdpbFineArgs, edpbFine, UnknownProvisionError, ValidationError } from '../../../src/index.js';
import { eurProfile } from '../../helpers/profiles.js';

const ASOF = '2024-06-01';

function fine(
  turnover: string,
  infringement: EdpbFineArgs['infringement'],
  extra: Partial<EdpbFineArgs> = {},
) {
  return edpbFine({ profile: eurProfile(turnover, { year: 2023 }), asOf: ASOF, infringement, ...extra });
}

function validationMessage(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as Error).message;
  }
  throw new Error('expected a ValidationError');
}

describe('edpbFine without chosen points: the range of every step', () => {
  // Art. 83(5), medium: 10–20 % of EUR 20m = EUR 2m–4m (para. 60); turnover EUR 30m lies in the
  // EUR 10–50m band: 1.5 % of 2m = 30,000 to 10 % of 4m = 400,000 (para. 65).
  const result = fine('30000000', { articles: ['Art. 6(1)'], seriousness: 'medium' });

  it('gives the low and high end of each step', () => {
    expect(result.startingAmount).toEqual({
      low: { amount: '2000000', currency: 'EUR' },
      high: { amount: '4000000', currency: 'EUR' },
    });
    expect(result.adjustedStartingAmount).toEqual({
      low: { amount: '30000', currency: 'EUR' },
      high: { amount: '400000', currency: 'EUR' },
    });
    expect(result.fine).toEqual(result.adjustedStartingAmount);
    expect(result.amount).toBeNull();
    expect(result.seriousness).toEqual({ level: 'medium', band: '[10, 20]', pct: null });
  });

  it('above EUR 500m applies no size adjustment (para. 66) and starts from the dynamic maximum', () => {
    // 4 % of EUR 1bn = EUR 40m; high seriousness: 20–100 % = EUR 8m–40m.
    const large = fine('1000000000', { articles: ['5(1)(a)'], seriousness: 'high' });
    expect(large.legalMaximum.amount).toBe('40000000');
    expect(large.sizeAdjustment).toBeNull();
    expect(large.adjustedStartingAmount).toEqual({
      low: { amount: '8000000', currency: 'EUR' },
      high: { amount: '40000000', currency: 'EUR' },
    });
  });
});

describe('turnover band edges (para. 65)', () => {
  it.each([
    ['2000000', '[0.2, 0.4]', true],
    ['2000000.01', '[0.3, 2]', false],
    ['10000000', '[0.3, 2]', false],
    ['10000000.01', '[1.5, 10]', true],
    ['50000000', '[1.5, 10]', true],
    ['100000000', '[8, 20]', true],
    ['250000000', '[15, 50]', true],
    ['500000000', '[40, 100]', true],
  ])('turnover EUR %s → adjustment band %s (verified: %s)', (turnover, band, verified) => {
    const result = fine(turnover, { articles: ['32'], seriousness: 'low' });
    expect(result.sizeAdjustment?.band).toBe(band);
    expect(result.sizeAdjustment?.verified).toBe(verified);
  });

  it('at EUR 500,000,000.01 no adjustment applies', () => {
    expect(fine('500000000.01', { articles: ['32'], seriousness: 'low' }).sizeAdjustment).toBeNull();
  });

  it('flags the EUR 2–10m band, whose percentages were not verified, as a warning', () => {
    const result = fine('5000000', { articles: ['32'], seriousness: 'low' });
    const step = result.steps.find((s) => s.label === 'Step 2: turnover adjustment');
    expect(step?.severity).toBe('warning');
  });
});

describe('chosen points are checked against their band', () => {
  it('a seriousness point outside its band names the band', () => {
    const message = validationMessage(() =>
      fine('30000000', { articles: ['6'], seriousness: 'medium', seriousnessPct: 25 }),
    );
    expect(message).toMatch(
      /infringement\.seriousnessPct: must lie in the medium seriousness band of para\. 60 \[10 %, 20 %\], got 25 %/,
    );
  });

  it('band edges are shared: 10 % is both low and medium, 20 % both medium and high', () => {
    for (const [seriousness, pct] of [
      ['low', 10],
      ['medium', 10],
      ['medium', 20],
      ['high', 20],
    ] as const) {
      expect(() => fine('30000000', { articles: ['6'], seriousness, seriousnessPct: pct })).not.toThrow();
    }
  });

  it('a size point outside its band names the band', () => {
    const message = validationMessage(() =>
      fine('30000000', { articles: ['6'], seriousness: 'medium', sizePct: 12 }),
    );
    expect(message).toMatch(/infringement\.sizePct: must lie in the adjustment band of para\. 65/);
    expect(message).toMatch(/\[1\.5 %, 10 %\]/);
  });

  it('a size point above EUR 500m is refused (para. 66)', () => {
    const message = validationMessage(() =>
      fine('600000000', { articles: ['6'], seriousness: 'medium', sizePct: 50 }),
    );
    expect(message).toMatch(/infringement\.sizePct: .*above €500m/);
  });
});

describe('Step 3: each circumstance once, and only the Step 3 ones', () => {
  it('refuses a seriousness factor (a, b, g) at Step 3', () => {
    const message = validationMessage(() =>
      fine('30000000', {
        articles: ['6'],
        seriousness: 'medium',
        adjustments: [{ factor: '83(2)(b)', pct: 10 }],
      }),
    );
    expect(message).toMatch(/83\(2\)\(b\) is part of the seriousness assessed before; counting it again/);
  });

  it('refuses a factor counted twice', () => {
    const message = validationMessage(() =>
      fine('30000000', {
        articles: ['6'],
        seriousness: 'medium',
        adjustments: [
          { factor: 'e', pct: 10 },
          { factor: ['f', 'Art. 83(2)(e)'], pct: -5 },
        ],
      }),
    );
    expect(message).toMatch(
      /infringement\.adjustments\.1\.factor: Art\. 83\(2\)\(e\) is already counted in adjustments\.0/,
    );
  });

  it('needs exactly one of pct and amount', () => {
    expect(() =>
      fine('30000000', {
        articles: ['6'],
        seriousness: 'medium',
        adjustments: [{ factor: 'e', pct: 1, amount: 1 }],
      }),
    ).toThrow(ValidationError);
    expect(() =>
      fine('30000000', { articles: ['6'], seriousness: 'medium', adjustments: [{ factor: 'e' }] }),
    ).toThrow(ValidationError);
  });

  it('percentages add up; a fine cannot fall below zero', () => {
    // EUR 2.4m start, 5 % → 120,000; +10 % and −25 % → −15 % → 102,000.
    const result = fine('30000000', {
      articles: ['6'],
      seriousness: 'medium',
      seriousnessPct: 12,
      sizePct: 5,
      adjustments: [
        { factor: 'e', pct: 10 },
        { factor: 'c', pct: -25 },
      ],
    });
    expect(result.amount).toEqual({ amount: '102000', currency: 'EUR' });
    expect(() =>
      fine('30000000', {
        articles: ['6'],
        seriousness: 'medium',
        seriousnessPct: 12,
        sizePct: 5,
        adjustments: [{ factor: 'c', amount: -200000 }],
      }),
    ).toThrow(/below zero/);
  });
});

describe('Steps 4 and 5: never above the legal maximum', () => {
  it('caps an aggravated amount at the legal maximum', () => {
    // High, 100 % of EUR 20m, turnover 300m → 40–100 %: choose 100 % → EUR 20m; +50 % → 30m → capped.
    const result = fine('300000000', {
      articles: ['6'],
      seriousness: 'high',
      seriousnessPct: 100,
      sizePct: 100,
      adjustments: [{ factor: 'e', pct: 50 }],
      finalFactorPct: 150,
    });
    expect(result.afterCircumstances.low.amount).toBe('30000000');
    expect(result.afterLegalMaximum.low.amount).toBe('20000000');
    expect(result.amount).toEqual({ amount: '20000000', currency: 'EUR' });
  });

  it('refuses finalFactorPct and finalAmount together', () => {
    expect(() =>
      fine('30000000', { articles: ['6'], seriousness: 'low', finalFactorPct: 50, finalAmount: 1000 }),
    ).toThrow(ValidationError);
  });
});

describe('Step 1 and the inputs', () => {
  it('several articles of one conduct take the gravest maximum (Art. 83(3))', () => {
    const result = fine('30000000', { articles: ['32', '5(1)(f)'], seriousness: 'low' });
    expect(result.conduct.provision).toBe('GDPR 83(5)');
    expect(result.legalMaximum.amount).toBe('20000000');
  });

  it('names an article no provision lists', () => {
    expect(() => fine('30000000', { articles: ['Art. 99'], seriousness: 'low' })).toThrow(
      UnknownProvisionError,
    );
  });

  it('has no legal maximum to start from for a public authority (Art. 83(7))', () => {
    expect(() =>
      edpbFine({
        profile: { ...eurProfile('0', { year: 2023 }), publicAuthority: true },
        asOf: ASOF,
        infringement: { articles: ['6'], seriousness: 'low' },
      }),
    ).toThrow(/profile\.publicAuthority/);
  });

  it('warns when the decision date is before version 2.1 was adopted (24 May 2023)', () => {
    const result = edpbFine({
      profile: eurProfile('30000000', { year: 2022 }),
      asOf: '2023-05-23',
      infringement: { articles: ['6'], seriousness: 'low' },
    });
    expect(result.steps[0]?.severity).toBe('warning');
    const after = edpbFine({
      profile: eurProfile('30000000', { year: 2022 }),
      asOf: '2023-05-24',
      infringement: { articles: ['6'], seriousness: 'low' },
    });
    expect(after.steps[0]?.label).not.toBe('Guidelines in force');
  });

  it('names a bad field', () => {
    expect(() => fine('30000000', { articles: [], seriousness: 'low' })).toThrow(/infringement\.articles/);
    expect(() => fine('30000000', { articles: ['6'], seriousness: 'severe' })).toThrow(
      /infringement\.seriousness/,
    );
    expect(() => fine('30000000', { articles: ['6'], seriousness: 'low', seriousnessPct: 'x' })).toThrow(
      /infringement\.seriousnessPct/,
    );
  });
});
