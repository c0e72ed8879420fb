import { describe, expect, it } from 'vitest';
import { provisionForArticle, UnknownProvisionError } from '../../../src/index.js';
import { GDPR_FINEABLE_ARTICLES } from '../../../src/law/gdpr/articles.js';

const gdprProvisionForArticle = (article: string) => provisionForArticle('GDPR', article);

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

// Art. 83(4)(a)-(c), 83(5)(a)-(e) and 83(6) of Regulation (EU) 2016/679, as published in OJ L 119, 4.5.2016.
const ARTICLE_83_4 = [8, 11, ...range(25, 39), 42, 43];
const ARTICLE_83_5 = [5, 6, 7, 9, ...range(12, 22), ...range(44, 49), ...range(85, 91)];

describe('the GDPR article → fine provision map', () => {
  it.each(ARTICLE_83_4)('Art. %i falls under Art. 83(4): EUR 10m / 2 %%', (article) => {
    expect(gdprProvisionForArticle(String(article)).provision).toBe('GDPR 83(4)');
  });

  it.each(ARTICLE_83_5)('Art. %i falls under Art. 83(5): EUR 20m / 4 %%', (article) => {
    expect(gdprProvisionForArticle(String(article)).provision).toBe('GDPR 83(5)');
  });

  it('places the monitoring body (Art. 41(4)) and the certification body (Arts 42, 43) under 83(4)', () => {
    expect(gdprProvisionForArticle('41(4)')).toMatchObject({ provision: 'GDPR 83(4)', points: ['83(4)(c)'] });
    expect(gdprProvisionForArticle('43')).toMatchObject({
      provision: 'GDPR 83(4)',
      points: ['83(4)(a)', '83(4)(b)'],
    });
  });

  it('places access (Art. 58(1)) under 83(5)(e) and orders (Art. 58(2)) under 83(6)', () => {
    expect(gdprProvisionForArticle('58(1)')).toMatchObject({ provision: 'GDPR 83(5)', points: ['83(5)(e)'] });
    expect(gdprProvisionForArticle('Art. 58(2)(d)')).toMatchObject({
      provision: 'GDPR 83(6)',
      points: ['83(6)', '83(5)(e)'],
    });
  });

  it('accepts the forms users write', () => {
    for (const form of ['6', '6(1)(a)', 'Art. 6(1)(f)', 'Article 6', 'GDPR Art. 6', 'Art. 6 GDPR']) {
      expect(gdprProvisionForArticle(form).provision).toBe('GDPR 83(5)');
    }
    expect(gdprProvisionForArticle('Art. 13(1)(c)').article.normalized).toBe('Art. 13(1)(c)');
    expect(gdprProvisionForArticle('GDPR Art. 32').provision).toBe('GDPR 83(4)');
  });

  it('lists exactly the articles Art. 83(4) to (6) name', () => {
    expect(GDPR_FINEABLE_ARTICLES).toEqual(
      [...new Set([...ARTICLE_83_4, ...ARTICLE_83_5, 41, 58])].sort((a, b) => a - b),
    );
  });

  const uncovered = range(1, 99).filter((a) => !GDPR_FINEABLE_ARTICLES.includes(a));
  it.each(uncovered)('Art. %i is covered by no fine provision', (article) => {
    expect(() => gdprProvisionForArticle(String(article))).toThrow(UnknownProvisionError);
    expect(() => gdprProvisionForArticle(String(article))).toThrow(
      new RegExp(`Art\\. ${article} is not listed`),
    );
  });

  it('names the paragraphs Art. 83 lists when an article is only partly covered', () => {
    expect(() => gdprProvisionForArticle('41')).toThrow(/Art\. 83 lists only Art\. 41\(4\)/);
    expect(() => gdprProvisionForArticle('41(1)')).toThrow(/only Art\. 41\(4\)/);
    expect(() => gdprProvisionForArticle('58')).toThrow(/only Art\. 58\(1\) and Art\. 58\(2\)/);
    expect(() => gdprProvisionForArticle('58(3)')).toThrow(UnknownProvisionError);
  });

  it('refuses other acts and unreadable references, naming them', () => {
    expect(() => gdprProvisionForArticle('DSA Art. 16')).toThrow(/names the DSA, not the GDPR/);
    try {
      gdprProvisionForArticle('Art. twenty');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UnknownProvisionError);
      expect((error as UnknownProvisionError).code).toBe('UNKNOWN_PROVISION');
      expect((error as UnknownProvisionError).reference).toBe('Art. twenty');
    }
  });
});
