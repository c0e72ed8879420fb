import { requireString } from '../core/guards.js';
import { type ArticleReference, readArticleReference } from './article-reference.js';
import { ACTS, type Regime } from './registry.js';

const BY_NAME = new Map<string, Regime>();
for (const act of ACTS) for (const name of act.names) BY_NAME.set(name, act.regime);

/**
 * The regime a name denotes ("DSGVO" → "GDPR", "Regulation (EU) 2022/2065" → "DSA"), or null: the
 * one reader of act names every entry point uses (article references, provision ids, sanctions
 * queries), reading each act's own list of names. Matching ignores case, spacing and the words
 * "Regulation (EU)" / "Directive (EU)" before a number.
 */
export function actOfName(name: string): Regime | null {
  const key = name
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^(?:regulation|directive|règlement|verordnung)\s*\((?:eu|ue)\)\s*(?:no\.?\s*)?/, '')
    .replace(/^the /, '');
  return BY_NAME.get(key) ?? null;
}

/** Every name the reader knows, by regime (for help texts and schema descriptions). */
export function actNames(): ReadonlyArray<readonly [Regime, readonly string[]]> {
  return ACTS.map((a) => [a.regime, a.names] as const);
}

/**
 * Reads the forms users write: "6", "6(1)(a)", "Art. 13(1)(c)", "Article 32", "GDPR Art. 32",
 * "Art. 5(1)(f) DSGVO". Returns null when the text is not an article reference, or names no act
 * the library knows.
 */
export function parseArticleReference(input: string): ArticleReference | null {
  requireString(input, 'input', 'parseArticleReference argument', 200);
  const written = readArticleReference(input);
  if (!written) return null;
  const { actName, ...rest } = written;
  if (actName === null) return { ...rest, regime: null };
  const regime = actOfName(actName);
  return regime === null ? null : { ...rest, regime };
}
