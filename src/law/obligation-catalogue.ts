import { DMA_OBLIGATIONS } from './dma/obligations.js';
import { DSA_OBLIGATIONS } from './dsa/obligations.js';
import { GDPR_DUTIES } from './gdpr/duties.js';
import { NIS2_DUTIES } from './nis2/obligations.js';
import type { Regime } from './types.js';

/** An obligation's stable id: the regime and the article, "GDPR Art. 30", "DSA Art. 16". */
export function obligationId(o: { readonly regime: Regime; readonly article: string }): string {
  return `${o.regime} ${o.article}`;
}

/** Every obligation id the library models, in the order of the acts. */
export const OBLIGATION_IDS: readonly string[] = [
  ...GDPR_DUTIES.map(obligationId),
  ...DSA_OBLIGATIONS.map(obligationId),
  ...DMA_OBLIGATIONS.map(obligationId),
  ...NIS2_DUTIES.map(obligationId),
];

const KNOWN = new Set(OBLIGATION_IDS);

export function isObligationId(id: string): boolean {
  return KNOWN.has(id);
}
