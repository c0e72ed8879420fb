import { UnknownProvisionError } from '../core/errors.js';
import { actOfName } from './act-names.js';
import { aiActProvisionForArticle } from './ai-act/articles.js';
import { AI_ACT_FINE_PROVISIONS } from './ai-act/fines.js';
import type { ResolvedArticle } from './article-map.js';
import { dmaProvisionForArticle } from './dma/articles.js';
import { DMA_FINE_PROVISIONS, DMA_PERIODIC_PENALTIES } from './dma/fines.js';
import { dsaProvisionForArticle } from './dsa/articles.js';
import { DSA_FINE_PROVISIONS, DSA_PERIODIC_PENALTIES } from './dsa/fines.js';
import { frLilProvisionForArticle } from './fr-lil/articles.js';
import { FR_LIL_FINE_PROVISIONS } from './fr-lil/fines.js';
import { gdprProvisionForArticle } from './gdpr/articles.js';
import { GDPR_FINE_PROVISIONS } from './gdpr/fines.js';
import { nis2ProvisionForArticle } from './nis2/articles.js';
import { NIS2_FINE_PROVISIONS } from './nis2/fines.js';
import type { FineProvision, PeriodicPenaltyProvision, Regime } from './types.js';
import { UK_GDPR_FINE_PROVISIONS, UK_TIER_OF_GDPR_PROVISION } from './uk-gdpr/fines.js';

export type { ArticleCoverage, ResolvedArticle } from './article-map.js';
export { type ArticleReference, parseArticleReference } from './article-reference.js';
export {
  type Act,
  type CapCombination,
  type CapNature,
  type FineCapVersion,
  type FineProvision,
  type Obligation,
  type PeriodicPenaltyProvision,
  REGIMES,
  type Regime,
} from './types.js';

const ALL: readonly FineProvision[] = [
  ...GDPR_FINE_PROVISIONS,
  ...DSA_FINE_PROVISIONS,
  ...DMA_FINE_PROVISIONS,
  ...AI_ACT_FINE_PROVISIONS,
  ...NIS2_FINE_PROVISIONS,
  ...UK_GDPR_FINE_PROVISIONS,
  ...FR_LIL_FINE_PROVISIONS,
];

const PROVISIONS: ReadonlyMap<string, FineProvision> = new Map(ALL.map((p) => [p.id, p]));

const PERIODIC: ReadonlyMap<string, PeriodicPenaltyProvision> = new Map(
  [...DSA_PERIODIC_PENALTIES, ...DMA_PERIODIC_PENALTIES].map((p) => [p.id, p]),
);

/** Every fine provision the library models. */
export function fineProvisions(): readonly FineProvision[] {
  return ALL;
}

/** Every periodic penalty provision the library models. */
export function periodicPenaltyProvisions(): readonly PeriodicPenaltyProvision[] {
  return [...PERIODIC.values()];
}

/**
 * "GDPR 83(5)", "gdpr art. 83(5)", "Art. 83(5) GDPR", "DSA Article 74(1)" → the canonical id
 * ("GDPR 83(5)", "DSA 74(1)"). Ids that are not article numbers ("UK GDPR higher") pass through.
 */
export function normalizeProvisionId(id: string): string {
  const compact = id.trim().replace(/\s+/g, ' ');
  const match =
    /^(?<act>[a-z][a-z0-9 ()/-]*?)\s+(?:art(?:icle)?\.?\s*)?(?<number>\d{1,3}(?:\(\d{1,2}\))?)(?<rest>\s+information)?$/i.exec(
      compact,
    ) ??
    /^(?:art(?:icle)?\.?\s*)?(?<number>\d{1,3}(?:\(\d{1,2}\))?)\s+(?<act>[a-z][a-z0-9 ()/-]*?)$/i.exec(
      compact,
    );
  if (match?.groups) {
    const act = actOfName(match.groups.act ?? '');
    if (act) return `${act} ${match.groups.number}${match.groups.rest ? ' information' : ''}`;
  }
  return compact;
}

/** The provision with that id; UnknownProvisionError lists the ones that exist. */
export function provisionById(id: string): FineProvision {
  const exact = PROVISIONS.get(id);
  if (exact) return exact;
  const provision = PROVISIONS.get(normalizeProvisionId(id));
  if (provision) return provision;
  const periodic = PERIODIC.get(normalizeProvisionId(id));
  if (periodic) {
    throw new UnknownProvisionError(id, `${periodic.id} sets periodic penalty payments: use periodicPenalty`);
  }
  throw new UnknownProvisionError(id, `no such fine provision; known: ${[...PROVISIONS.keys()].join(', ')}`);
}

/** The periodic penalty provision with that id ("DSA 52(4)", "DSA 76", "DMA 31"). */
export function periodicPenaltyById(id: string): PeriodicPenaltyProvision {
  const found = PERIODIC.get(id) ?? PERIODIC.get(normalizeProvisionId(id));
  if (found) return found;
  throw new UnknownProvisionError(
    id,
    `no such periodic penalty provision; known: ${[...PERIODIC.keys()].join(', ')}`,
  );
}

const RESOLVED_LIMIT = 4096;
const resolvedArticles = new Map<string, ResolvedArticle>();

/**
 * The fine provision an infringed article falls under, for a regime. Answers are pure functions of
 * (regime, article) and are kept (frozen, up to a few thousand) so that scoring a supplier base
 * does not re-read the same article for every company.
 */
export function provisionForArticle(regime: Regime, article: string): ResolvedArticle {
  const key = `${regime}\u0000${article}`;
  const known = resolvedArticles.get(key);
  if (known) return known;
  const resolved = Object.freeze(resolveFor(regime, article));
  if (resolvedArticles.size >= RESOLVED_LIMIT) resolvedArticles.clear();
  resolvedArticles.set(key, resolved);
  return resolved;
}

function resolveFor(regime: Regime, article: string): ResolvedArticle {
  switch (regime) {
    case 'GDPR':
      return gdprProvisionForArticle(article);
    case 'UK GDPR': {
      // The UK GDPR keeps the article numbers and tiers of Art. 83.
      const resolved = gdprProvisionForArticle(article.replace(/\buk\s*gdpr\b/i, 'GDPR'));
      return { ...resolved, provision: UK_TIER_OF_GDPR_PROVISION[resolved.provision] as string };
    }
    case 'DSA':
      return dsaProvisionForArticle(article);
    case 'DMA':
      return dmaProvisionForArticle(article);
    case 'AI Act':
      return aiActProvisionForArticle(article);
    case 'NIS2':
      return nis2ProvisionForArticle(article);
    case 'FR LIL':
      return frLilProvisionForArticle(article);
  }
}
