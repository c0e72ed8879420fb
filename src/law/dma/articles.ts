import { type CoverageRule, type ResolvedArticle, resolveArticle } from '../article-map.js';
import type { ArticleReference } from '../article-reference.js';

/** Which fine provision an infringed DMA article falls under (Art. 30(1) and (3)). */
const RULES: readonly CoverageRule[] = [
  {
    articles: [5, 6, 7],
    coverage: {
      provision: 'DMA 30(1)',
      points: ['30(1)(a)'],
      subject: 'the obligations laid down in Articles 5, 6 and 7',
    },
  },
  {
    articles: [8],
    paragraph: '2',
    coverage: {
      provision: 'DMA 30(1)',
      points: ['30(1)(b)'],
      subject: 'measures specified in a decision under Art. 8(2)',
    },
  },
  {
    articles: [18],
    paragraph: '1',
    coverage: { provision: 'DMA 30(1)', points: ['30(1)(c)'], subject: 'remedies imposed under Art. 18(1)' },
  },
  {
    articles: [24],
    coverage: {
      provision: 'DMA 30(1)',
      points: ['30(1)(d)'],
      subject: 'interim measures ordered under Art. 24',
    },
  },
  {
    articles: [25],
    coverage: {
      provision: 'DMA 30(1)',
      points: ['30(1)(e)'],
      subject: 'commitments made legally binding under Art. 25',
    },
  },
  {
    articles: [3],
    coverage: {
      provision: 'DMA 30(3)',
      points: ['30(3)(a)'],
      subject: 'information required for assessing the designation as gatekeeper under Art. 3',
    },
  },
];

/** The articles whose infringement Art. 30(2) counts as a repeat ("Article 5, 6 or 7"). */
export const REPEATABLE_ARTICLES: readonly number[] = [5, 6, 7];

export function dmaProvisionForArticle(reference: ArticleReference): ResolvedArticle {
  return resolveArticle('DMA', reference, RULES, {
    provisions: 'Art. 30(1) or the verified points of Art. 30(3)',
    article: 'Art. 30',
  });
}
