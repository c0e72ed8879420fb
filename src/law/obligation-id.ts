import type { Regime } from './registry.js';

/** An obligation's stable id: the regime and the article, "GDPR Art. 30", "DSA Art. 16". */
export function obligationId(o: { readonly regime: Regime; readonly article: string }): string {
  return `${o.regime} ${o.article}`;
}
