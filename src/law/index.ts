import { UnknownProvisionError, ValidationError } from '../core/errors.js';
import { requireString } from '../core/guards.js';
import { memo2 } from '../core/memo.js';
import type { ResolvedArticle } from './article-map.js';
import { actOfName, parseArticleReference } from './names.js';
import { ACTS, actModule, isRegime, REGIMES, type Regime } from './registry.js';
import type { FineProvision, PeriodicPenaltyProvision } from './types.js';

export type { ActModule, ActStatus, DefaultScenario, Duty, TimeLimit } from './act-module.js';
export type { ArticleCoverage, ResolvedArticle } from './article-map.js';
export type { ArticleReference } from './article-reference.js';
export { actNames, actOfName, parseArticleReference } from './names.js';
export { ACTS, actModule, isRegime, REGIMES, type Regime } from './registry.js';
export type {
  Act,
  CapCombination,
  CapNature,
  FineCapVersion,
  FineProvision,
  Obligation,
  PeriodicPenaltyProvision,
} from './types.js';

const ALL: readonly FineProvision[] = /* @__PURE__ */ ACTS.flatMap((a) => a.provisions);

const PROVISIONS: ReadonlyMap<string, FineProvision> = new Map(ALL.map((p) => [p.id, p]));

const PERIODIC: ReadonlyMap<string, PeriodicPenaltyProvision> = new Map(
  ACTS.flatMap((a) => a.periodicPenalties ?? []).map((p) => [p.id, p]),
);

/** Every fine provision the library models, act by act in the registry's order. */
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
  requireString(id, 'id', 'provisionById argument', 200);
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
  requireString(id, 'id', 'periodicPenaltyById argument', 200);
  const found = PERIODIC.get(id) ?? PERIODIC.get(normalizeProvisionId(id));
  if (found) return found;
  throw new UnknownProvisionError(
    id,
    `no such periodic penalty provision; known: ${[...PERIODIC.keys()].join(', ')}`,
  );
}

/** The answer of resolveFor, frozen: a remembered answer is shared by every caller. */
function computeResolvedArticle(regime: Regime, article: string): ResolvedArticle {
  return Object.freeze(resolveFor(regime, article));
}

/**
 * Remembered per (regime, article), 4,096 pairs at most: scoring a supplier base does not re-read
 * the same article for every company.
 */
const resolvedArticle = /* @__PURE__ */ memo2(computeResolvedArticle, 4096);

/**
 * The fine provision an infringed article falls under, for a regime: the act's own map, after the
 * one reader of act names has checked that the reference names this act (or none).
 */
export function provisionForArticle(regime: Regime, article: string): ResolvedArticle {
  if (typeof regime !== 'string' || !isRegime(regime))
    throw new ValidationError(
      [{ path: 'regime', message: `expected one of ${REGIMES.join(', ')}` }],
      'provisionForArticle arguments',
    );
  requireString(article, 'article', 'provisionForArticle arguments', 200);
  return resolvedArticle(regime, article);
}

function resolveFor(regime: Regime, reference: string): ResolvedArticle {
  const act = actModule(regime);
  const article = parseArticleReference(reference);
  if (!article) {
    throw new UnknownProvisionError(
      reference,
      'not an article reference; write it as "6", "6(1)(a)", "Art. 13(1)(c)" or "GDPR Art. 32"',
    );
  }
  if (
    article.regime !== null &&
    article.regime !== regime &&
    !act.articlesAlsoNamedAs?.includes(article.regime)
  ) {
    throw new UnknownProvisionError(reference, `names the ${article.regime}, not the ${regime}`);
  }
  return act.provisionForArticle(article);
}
