import { actOfName } from './act-names.js';
import type { Regime } from './types.js';

/** An infringed article as a user wrote it, read into its parts. */
export interface ArticleReference {
  /** What the user wrote. */
  readonly input: string;
  /** The act the reference names, if it names one. */
  readonly regime: Regime | null;
  readonly article: number;
  /** Paragraph and point, in order: "6(1)(a)" → ["1", "a"]. */
  readonly subdivisions: readonly string[];
  /** The normalised form, "Art. 6(1)(a)". */
  readonly normalized: string;
}

const REFERENCE =
  /^(?:(?<before>(?!art)[a-z][a-z0-9 ()/]*?)\s+)?(?:art(?:icle)?s?\.?\s*)?(?<article>\d{1,3})\s*(?<subs>(?:\(\s*[0-9a-z]{1,4}\s*\)\s*)*)(?:\s+(?<after>[a-z][a-z0-9 ()/]*))?$/i;

function actOf(name: string | undefined): Regime | null | undefined {
  if (name === undefined) return null;
  return actOfName(name) ?? undefined;
}

/**
 * Reads the forms users write: "6", "6(1)(a)", "Art. 13(1)(c)", "Article 32", "GDPR Art. 32",
 * "Art. 5(1)(f) GDPR". Returns null when the text is not an article reference.
 */
export function parseArticleReference(input: string): ArticleReference | null {
  if (input.length > 120) return null;
  const match = REFERENCE.exec(input.trim());
  if (!match?.groups) return null;
  const { before, after, article, subs } = match.groups;
  if (before !== undefined && after !== undefined) return null;
  const regime = actOf(before ?? after);
  if (regime === undefined) return null;
  const subdivisions = [...(subs ?? '').matchAll(/\(\s*([0-9a-z]{1,4})\s*\)/gi)].map((m) =>
    (m[1] ?? '').toLowerCase(),
  );
  const number = Number(article);
  if (number < 1) return null;
  return {
    input,
    regime,
    article: number,
    subdivisions,
    normalized: `Art. ${number}${subdivisions.map((s) => `(${s})`).join('')}`,
  };
}
