import { UnknownProvisionError } from '../core/errors.js';
import { gdprProvisionForArticle, type ResolvedArticle } from './gdpr/articles.js';
import { GDPR_FINE_PROVISIONS } from './gdpr/fines.js';
import type { FineProvision, Regime } from './types.js';

export { type ArticleReference, parseArticleReference } from './article-reference.js';
export type { Act, CapCombination, FineCapVersion, FineProvision, Regime } from './types.js';

const PROVISIONS: ReadonlyMap<string, FineProvision> = new Map(GDPR_FINE_PROVISIONS.map((p) => [p.id, p]));

/** Provision ids the design names for acts this version does not model yet. */
const PLANNED = new Set([
  'DSA 52(3)',
  'DSA 74(1)',
  'DSA 74(2)',
  'DMA 30(1)',
  'DMA 30(2)',
  'DMA 30(3)',
  'AI Act 99(3)',
  'AI Act 99(4)',
  'AI Act 99(5)',
  'AI Act 101',
  'NIS2 34(4)',
  'NIS2 34(5)',
  'UK GDPR standard',
  'UK GDPR higher',
]);

/** Every fine provision the library models. */
export function fineProvisions(): readonly FineProvision[] {
  return [...PROVISIONS.values()];
}

/** "GDPR 83(5)", "gdpr art. 83(5)", "Art. 83(5) GDPR" → "GDPR 83(5)". */
export function normalizeProvisionId(id: string): string {
  const compact = id.trim().replace(/\s+/g, ' ');
  const gdpr =
    /^(?:gdpr\s+(?:art(?:icle)?\.?\s*)?(83\(\d\))|(?:art(?:icle)?\.?\s*)?(83\(\d\))\s+gdpr)$/i.exec(compact);
  if (gdpr) return `GDPR ${gdpr[1] ?? gdpr[2]}`;
  return compact;
}

/** The provision with that id; UnknownProvisionError lists the ones that exist. */
export function provisionById(id: string): FineProvision {
  const exact = PROVISIONS.get(id);
  if (exact) return exact;
  const normalized = normalizeProvisionId(id);
  const provision = PROVISIONS.get(normalized);
  if (provision) return provision;
  if (PLANNED.has(normalized)) {
    throw new UnknownProvisionError(
      id,
      `this version of lexposure does not model ${normalized.split(' ')[0]} fines yet`,
    );
  }
  throw new UnknownProvisionError(id, `no such fine provision; known: ${[...PROVISIONS.keys()].join(', ')}`);
}

/** The fine provision an infringed article falls under, for a regime. */
export function provisionForArticle(regime: Regime, article: string): ResolvedArticle {
  if (regime === 'GDPR') return gdprProvisionForArticle(article);
  throw new UnknownProvisionError(article, `this version of lexposure does not map ${regime} articles yet`);
}
