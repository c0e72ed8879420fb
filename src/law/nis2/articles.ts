import { type CoverageRule, type ResolvedArticle, resolveArticle } from '../article-map.js';
import type { ArticleReference } from '../article-reference.js';

/**
 * Art. 34(4) and (5) fine infringements of Art. 21 and 23; the provision depends on whether the
 * entity is essential (34(4)) or important (34(5)). This map gives the essential one; the callers
 * that know the entity's class (maximumFine) substitute 34(5).
 */
const RULES: readonly CoverageRule[] = [
  {
    articles: [21],
    coverage: {
      provision: 'NIS2 34(4)',
      points: ['34(4)', '34(5)'],
      subject: 'cybersecurity risk-management measures',
    },
  },
  {
    articles: [23],
    coverage: { provision: 'NIS2 34(4)', points: ['34(4)', '34(5)'], subject: 'reporting obligations' },
  },
];

export function nis2ProvisionForArticle(reference: ArticleReference): ResolvedArticle {
  return resolveArticle('NIS2', reference, RULES, { provisions: 'Art. 34(4) or (5)', article: 'Art. 34' });
}
