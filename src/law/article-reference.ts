import type { Regime } from './registry.js';

/** An infringed article as a user wrote it, read into its parts, before the act name is read. */
export interface WrittenArticle {
  /** What the user wrote. */
  readonly input: string;
  /** The name of the act written before or after the article ("DSGVO"), if any. */
  readonly actName: string | null;
  readonly article: number;
  /** Paragraph and point, in order: "6(1)(a)" → ["1", "a"]. */
  readonly subdivisions: readonly string[];
  /** The normalised form, "Art. 6(1)(a)". */
  readonly normalized: string;
}

/** An infringed article with the act it names, read by the one reader of act names (`law/names.ts`). */
export interface ArticleReference extends Omit<WrittenArticle, 'actName'> {
  /** The act the reference names, if it names one. */
  readonly regime: Regime | null;
}

/**
 * An act name as written before or after the article: letters (any script's), digits, spaces and
 * the marks names carry ("KI-VO", "loi n° 78-17", "Regulation (EU) 2016/679").
 */
const NAME = String.raw`[\p{L}0-9][\p{L}0-9 ()/°'’-]*`;

const REFERENCE = new RegExp(
  String.raw`^(?:(?<before>(?!art)${NAME}?)\s+)?(?:art(?:icle)?s?\.?\s*)?(?<article>\d{1,3})\s*(?<subs>(?:\(\s*[0-9a-z]{1,4}\s*\)\s*)*)(?:\s+(?<after>${NAME}))?$`,
  'iu',
);

/**
 * Reads the forms users write: "6", "6(1)(a)", "Art. 13(1)(c)", "Article 32", "GDPR Art. 32",
 * "Art. 5(1)(f) GDPR", keeping the act's name as written. Null when the text is not an article
 * reference. Which act a name denotes is the registry's to say (`parseArticleReference`).
 */
export function readArticleReference(input: string): WrittenArticle | null {
  if (input.length > 120) return null;
  const match = REFERENCE.exec(input.trim());
  if (!match?.groups) return null;
  const { before, after, article, subs } = match.groups;
  if (before !== undefined && after !== undefined) return null;
  const subdivisions = [...(subs ?? '').matchAll(/\(\s*([0-9a-z]{1,4})\s*\)/gi)].map((m) =>
    (m[1] ?? '').toLowerCase(),
  );
  const number = Number(article);
  if (number < 1) return null;
  return {
    input,
    actName: before ?? after ?? null,
    article: number,
    subdivisions,
    normalized: `Art. ${number}${subdivisions.map((s) => `(${s})`).join('')}`,
  };
}
