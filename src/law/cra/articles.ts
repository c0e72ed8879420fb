import { type CoverageRule, type ResolvedArticle, range, resolveArticle } from '../article-map.js';
import type { ArticleReference } from '../article-reference.js';

const higher = (subject: string) => ({ provision: 'CRA 64(2)', points: ['64(2)'], subject });
const other = (subject: string) => ({ provision: 'CRA 64(3)', points: ['64(3)'], subject });
const paragraphs = (article: number, from: number, to: number, subject: string): CoverageRule[] =>
  range(from, to).map((p) => ({ articles: [article], paragraph: String(p), coverage: other(subject) }));

/**
 * Art. 64(2) and (3), the one map from an infringed article to its maximum. The essential
 * requirements of Annex I are infringed through Art. 13(1), which makes manufacturers meet them.
 */
const RULES: readonly CoverageRule[] = [
  {
    articles: [13],
    coverage: higher('obligations of manufacturers, with the essential requirements of Annex I'),
  },
  { articles: [14], coverage: higher('reporting obligations of manufacturers') },
  { articles: [18], coverage: other('authorised representatives') },
  { articles: [19], coverage: other('obligations of importers') },
  { articles: [20], coverage: other('obligations of distributors') },
  { articles: [21, 22], coverage: other('cases in which obligations of manufacturers apply to others') },
  { articles: [23], coverage: other('identification of economic operators') },
  { articles: [28], coverage: other('EU declaration of conformity') },
  ...paragraphs(30, 1, 3, 'CE marking'),
  ...paragraphs(31, 1, 4, 'technical documentation'),
  ...paragraphs(32, 1, 3, 'conformity assessment procedures'),
  { articles: [33], paragraph: '5', coverage: other('an obligation listed in Art. 64(3)') },
  { articles: [39, 41, 47, 49, 53], coverage: other('an obligation listed in Art. 64(3)') },
];

export function craProvisionForArticle(reference: ArticleReference): ResolvedArticle {
  return resolveArticle('CRA', reference, RULES, { provisions: 'Art. 64(2) or (3)', article: 'Art. 64(3)' });
}
