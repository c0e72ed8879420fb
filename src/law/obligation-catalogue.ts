import { ACTS, type Regime } from './registry.js';

/** An obligation's stable id: the regime and the article, "GDPR Art. 30", "DSA Art. 16". */
export function obligationId(o: { readonly regime: Regime; readonly article: string }): string {
  return `${o.regime} ${o.article}`;
}

/** Every obligation id the library models, act by act in the registry's order. */
export const OBLIGATION_IDS: readonly string[] = Object.freeze(
  ACTS.flatMap((a) => (a.duties ?? []).map(obligationId)),
);

const KNOWN = new Set(OBLIGATION_IDS);

export function isObligationId(id: string): boolean {
  return KNOWN.has(id);
}
