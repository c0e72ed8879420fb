import { UnknownProvisionError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import type { ArticleReference } from './article-reference.js';
import type { Regime } from './registry.js';

/** Where an act's fine provisions place an infringed article: the provision and the point listing it. */
export interface ArticleCoverage {
  readonly provision: string;
  /** The points that list the article, e.g. ["83(4)(a)"]. */
  readonly points: readonly string[];
  readonly subject: string;
}

export interface CoverageRule {
  readonly articles: readonly number[];
  /** Only this paragraph of the article is listed (GDPR Art. 41(4), DMA Art. 8(2)). */
  readonly paragraph?: string;
  readonly coverage: ArticleCoverage;
}

export interface ResolvedArticle extends ArticleCoverage {
  readonly article: ArticleReference;
}

export function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * The fine provision an infringed article of `regime` falls under, by the act's own list. An
 * article no fine provision lists gets UnknownProvisionError naming it and the provisions searched
 * (`listing.provisions`; `listing.article` is the article that lists them, for partial coverage).
 * The reference comes read (`parseArticleReference`), its act name checked by the registry.
 */
export function resolveArticle(
  regime: Regime,
  article: ArticleReference,
  rules: readonly CoverageRule[],
  listing: { readonly provisions: string; readonly article: string },
): ResolvedArticle {
  // The act's map is the library's: frozen on first use, so no result can change it.
  if (!Object.isFrozen(rules)) deepFreeze(rules);
  const reference = article.input;
  const candidates = rules.filter((r) => r.articles.includes(article.article));
  if (candidates.length === 0) {
    throw new UnknownProvisionError(
      reference,
      `${regime} ${article.normalized} is not listed in ${listing.provisions}, so no ${regime} fine provision covers it`,
    );
  }
  const paragraph = article.subdivisions[0];
  const unrestricted = candidates.find((r) => r.paragraph === undefined);
  if (unrestricted) return { ...unrestricted.coverage, article };
  const matching = candidates.find((r) => r.paragraph === paragraph);
  if (!matching) {
    const listed = candidates.map((r) => `Art. ${article.article}(${r.paragraph})`).join(' and ');
    throw new UnknownProvisionError(
      reference,
      `of ${regime} Art. ${article.article}, ${listing.article} lists only ${listed}; name the paragraph infringed`,
    );
  }
  return { ...matching.coverage, article };
}
