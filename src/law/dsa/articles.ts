import { type CoverageRule, type ResolvedArticle, range, resolveArticle } from '../article-map.js';
import type { ArticleReference } from '../article-reference.js';

/**
 * Which fine provision an infringed DSA article falls under. Art. 52(3) covers "a failure to comply
 * with an obligation laid down in this Regulation": the orders of Arts 9 and 10 as much as the due
 * diligence duties of Chapter III. For providers of designated very large platforms and search
 * engines the Commission fines under Art. 74(1) (maximumFine reads the designation).
 */
const RULES: readonly CoverageRule[] = [
  {
    articles: [9, 10],
    coverage: {
      provision: 'DSA 52(3)',
      points: ['52(3)'],
      subject:
        'obligations on orders to act against illegal content (Art. 9) and to provide information (Art. 10) (penalties of the Member States)',
    },
  },
  {
    articles: range(11, 32),
    coverage: {
      provision: 'DSA 52(3)',
      points: ['52(3)'],
      subject: 'due diligence obligations of Chapter III, Sections 1 to 4 (penalties of the Member States)',
    },
  },
  {
    articles: range(34, 43),
    coverage: {
      provision: 'DSA 74(1)',
      points: ['74(1)(a)'],
      subject:
        'obligations of very large online platforms and search engines (Chapter III, Section 5), enforced by the Commission (Art. 56(2))',
    },
  },
  {
    articles: [70],
    coverage: {
      provision: 'DSA 74(1)',
      points: ['74(1)(b)'],
      subject: 'interim measures ordered by the Commission',
    },
  },
  {
    articles: [71],
    coverage: {
      provision: 'DSA 74(1)',
      points: ['74(1)(c)'],
      subject: 'commitments made binding by the Commission',
    },
  },
  {
    articles: [67, 69],
    coverage: {
      provision: 'DSA 74(2)',
      points: ['74(2)'],
      subject: 'requests for information and inspections of the Commission',
    },
  },
];

export function dsaProvisionForArticle(reference: ArticleReference): ResolvedArticle {
  return resolveArticle('DSA', reference, RULES, {
    provisions: 'Arts 52(3) or 74',
    article: 'the DSA',
  });
}
