import { describe, expect, it } from 'vitest';
import { apFine, ValidationError } from '../../../src/index.js';
import { eurProfile } from '../../helpers/profiles.js';

function fine(infringement: Record<string, unknown>, asOf = '2024-06-01') {
  return apFine({ profile: eurProfile('30000000', { year: 2023 }), asOf, infringement });
}

describe('apFine: the Dutch AP fining policy rules 2019', () => {
  it.each([
    // Art. 32 is classified as a whole in Annex 1 (category II): AP decisions Haga and OLVG.
    ['32', 'II', '310000'],
    ['32(1)', 'II', '310000'],
    ['32(2)', 'II', '310000'],
    ['33(1)', 'III', '525000'],
    ['9', 'IV', '725000'],
    ['35(1)', 'II', '310000'],
  ])('Art. %s is category %s, basic fine €%s', (article, category, basic) => {
    const result = fine({ article });
    expect(result.category).toBe(category);
    expect(result.basicFine.amount).toBe(basic);
  });

  it('an article whose category is not confirmed needs the caller to give it', () => {
    expect(() => fine({ article: '30(1)' })).toThrow(/infringement\.category: .*give category/);
    expect(fine({ article: '30(1)', category: 'I' }).band.high.amount).toBe('200000');
  });

  it('refuses a category that contradicts a confirmed one', () => {
    expect(() => fine({ article: '32(1)', category: 'III' })).toThrow(/category II .* not III/);
  });

  it('Art. 5(1)(a) needs the provision it rests on', () => {
    expect(() => fine({ article: '5(1)(a)' })).toThrow(/infringement\.underlying/);
    expect(fine({ article: '5(1)(a)', underlying: '9' }).category).toBe('IV');
  });

  it('Art. 83(4) provisions stay in categories I–III unless Art. 8 moves them', () => {
    expect(() => fine({ article: '30(1)', category: 'IV' })).toThrow(/categories I to III/);
    const shifted = fine({ article: '33(1)', categoryShift: 1 });
    expect(shifted.appliedCategory).toBe('IV');
    expect(shifted.band.high.amount).toBe('1000000');
    expect(() => fine({ article: '9', categoryShift: 1 })).toThrow(/no next higher category/);
  });

  it('band edges are inclusive and a point outside the band names it', () => {
    expect(fine({ article: '32(1)', amount: 120_000 }).amount?.amount).toBe('120000');
    expect(fine({ article: '32(1)', amount: 500_000 }).amount?.amount).toBe('500000');
    expect(() => fine({ article: '32(1)', amount: 500_001 })).toThrow(
      /infringement\.amount: must lie in the bandwidth of category II, \[120000, 500000\] EUR/,
    );
  });

  it('a fine below the band carries its reason as a warning', () => {
    const result = fine({
      article: '32(1)',
      belowBand: { amount: 12_000, reason: 'limited ability to pay' },
    });
    expect(result.amount?.amount).toBe('12000');
    expect(result.steps.find((s) => s.label === 'Below the bandwidth')?.severity).toBe('warning');
    expect(() => fine({ article: '32(1)', belowBand: { amount: 200_000, reason: 'x' } })).toThrow(
      ValidationError,
    );
  });

  it('warns before the rules applied (15 March 2019)', () => {
    const result = apFine({
      profile: eurProfile('30000000', { year: 2018 }),
      asOf: '2019-03-14',
      infringement: { article: '6' },
    });
    expect(result.steps[0]?.severity).toBe('warning');
  });
});

describe('apFine: infringement.articles, as every method takes it', () => {
  it('articles: ["32"] is article "32"; more than one, or both forms, are refused', () => {
    expect(fine({ articles: ['32'] })).toEqual(fine({ article: '32' }));
    expect(() => fine({ articles: ['32', '33'] })).toThrow(/name one article, and call apFine once for each/);
    expect(() => fine({ articles: ['32'], article: '32' })).toThrow(ValidationError);
    expect(() => fine({})).toThrow(/infringement\.articles: is required/);
  });
});
