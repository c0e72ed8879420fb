import { type CoverageRule, type ResolvedArticle, resolveArticle } from '../article-map.js';
import type { ArticleReference } from '../article-reference.js';

/** Which fine provision an infringed AI Act article falls under (Arts 99(3), 99(4) and 101). */
const RULES: readonly CoverageRule[] = [
  {
    articles: [5],
    coverage: { provision: 'AI Act 99(3)', points: ['99(3)'], subject: 'prohibited AI practices' },
  },
  {
    articles: [16],
    coverage: { provision: 'AI Act 99(4)', points: ['99(4)(a)'], subject: 'obligations of providers' },
  },
  {
    articles: [22],
    coverage: {
      provision: 'AI Act 99(4)',
      points: ['99(4)(b)'],
      subject: 'obligations of authorised representatives',
    },
  },
  {
    articles: [23],
    coverage: { provision: 'AI Act 99(4)', points: ['99(4)(c)'], subject: 'obligations of importers' },
  },
  {
    articles: [24],
    coverage: { provision: 'AI Act 99(4)', points: ['99(4)(d)'], subject: 'obligations of distributors' },
  },
  ...['2', '4'].map((paragraph) => ({
    articles: [25],
    paragraph,
    coverage: {
      provision: 'AI Act 99(4)',
      points: ['99(4), as amended by Regulation (EU) 2026/1744, Art. 1(38)(b)'],
      subject: 'obligations along the AI value chain (Art. 25(2) and (4)), added to Art. 99(4) in 2026',
    },
  })),
  {
    articles: [26],
    coverage: { provision: 'AI Act 99(4)', points: ['99(4)(e)'], subject: 'obligations of deployers' },
  },
  {
    articles: [31, 34],
    coverage: {
      provision: 'AI Act 99(4)',
      points: ['99(4)(f)'],
      subject: 'requirements and obligations of notified bodies',
    },
  },
  ...['1', '3', '4'].map((paragraph) => ({
    articles: [33],
    paragraph,
    coverage: {
      provision: 'AI Act 99(4)',
      points: ['99(4)(f)'],
      subject: 'requirements and obligations of notified bodies',
    },
  })),
  {
    articles: [50],
    coverage: {
      provision: 'AI Act 99(4)',
      points: ['99(4)(g)'],
      subject: 'transparency obligations for providers and deployers',
    },
  },
  {
    articles: [53, 54, 55],
    coverage: {
      provision: 'AI Act 101',
      points: ['101(1)(a)'],
      subject: 'obligations of providers of general-purpose AI models (Commission)',
    },
  },
];

export function aiActProvisionForArticle(reference: ArticleReference): ResolvedArticle {
  return resolveArticle('AI Act', reference, RULES, {
    provisions: 'Art. 99(3), 99(4) or 101',
    article: 'Art. 99(4)',
  });
}
