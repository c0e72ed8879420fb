import { type CoverageRule, type ResolvedArticle, resolveArticle } from '../article-map.js';
import type { ArticleReference } from '../article-reference.js';
import { FR_LIL_20_7 } from './fines.js';

/**
 * The LIL articles mapped to a cap. Only Art. 82, the cookie rule (transposing Art. 5(3) of
 * Directive 2002/58/EC), is mapped: it is what the CNIL fines under French law alone, outside the
 * GDPR's one-stop shop (Conseil d'État, 28 January 2022, n° 449209). A GDPR breach is fined under
 * the GDPR: use that regime.
 */
const RULES: readonly CoverageRule[] = [
  {
    articles: [82],
    coverage: {
      provision: FR_LIL_20_7.id,
      points: ['20 IV 7°'],
      subject:
        'reading or writing information in the terminal equipment of a user (cookies and other trackers)',
    },
  },
];

export function frLilProvisionForArticle(reference: ArticleReference): ResolvedArticle {
  return resolveArticle('FR LIL', reference, RULES, {
    provisions: 'the articles this library maps (Art. 82)',
    article: 'Art. 20 IV 7°',
  });
}
