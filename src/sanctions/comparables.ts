import * as z from 'zod';
import { profileOnDateShape } from '../core/arguments.js';
import { Decimal } from '../core/decimal.js';
import { parseInput } from '../core/validation.js';
import { computeLegalMaximum } from '../fines/legal-maximum.js';
import { GDPR_83_5 } from '../law/gdpr/fines.js';
import { provisionById, provisionForArticle } from '../law/index.js';
import { parseArticleReference } from '../law/names.js';
import { REGIMES, type Regime } from '../law/registry.js';
import { parseProfile } from '../profile/parse.js';
import type { SanctionRecord } from './record.js';

export interface Comparable {
  readonly sanction: SanctionRecord;
  /** 0 to 1: how alike the case is to the scenario and the profile. */
  readonly similarity: number;
  /** Each part of the similarity, in words. */
  readonly why: readonly string[];
}

export const comparablesArgs = z
  .object({
    ...profileOnDateShape,
    scenario: z
      .object({
        regime: z.enum(REGIMES as [Regime, ...Regime[]]),
        articles: z.array(z.string().min(1).max(120)).min(1).max(40),
      })
      .strict(),
    limit: z.number().int().min(1).max(100).default(5),
    /** Only decisions under the scenario's own regime. */
    sameRegime: z.boolean().default(false),
    /** Only decisions whose turnover is known (fine ÷ turnover can be scaled). */
    withTurnover: z.boolean().default(false),
  })
  .strict();

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The order of magnitude of a positive amount, for the size part of a similarity score (a ranking
 * heuristic, not a legal figure, so a double is precise enough); null for zero.
 */
function log10(amount: Decimal): number | null {
  // Decimal.log10 at the library's 60 digits costs about 250 µs a call; a double's log10 is exact to
  // about 1e-15 here, far below the third decimal the score keeps.
  return amount.gt(0) ? Math.log10(amount.toNumber()) : null;
}

/** What `comparables` compares, worked out once per record rather than once per question. */
export interface RecordFeatures {
  readonly record: SanctionRecord;
  readonly articleNumbers: ReadonlySet<number>;
  readonly log10Turnover: number | null;
}

export function featuresOf(records: readonly SanctionRecord[]): RecordFeatures[] {
  return records.map((r) => ({
    record: r,
    articleNumbers: new Set(
      r.articles.map((a) => parseArticleReference(a)?.article).filter((n) => n !== undefined),
    ),
    log10Turnover: r.turnoverEur ? log10(new Decimal(r.turnoverEur.amount)) : null,
  }));
}

/** The scenario and profile a decided case is compared with. */
interface Question {
  readonly regime: Regime;
  readonly provisions: ReadonlySet<string>;
  readonly numbers: ReadonlySet<number>;
  readonly ownLog10: number | null;
  readonly sector: string | null;
  readonly asOfYear: number;
}

/**
 * A ranking heuristic, 0 to 1: the same provision (0.35) or regime (0.15), the articles shared
 * (0.25 × their Jaccard share), the turnover within three orders of magnitude (0.25), the same
 * sector (0.1), and recency within ten years (0.05).
 */
function similarity(f: RecordFeatures, q: Question): number {
  const r = f.record;
  let score = 0;
  if (r.provisions.some((p) => q.provisions.has(p))) score += 0.35;
  else if (r.regime === q.regime) score += 0.15;
  if (r.regime === q.regime) {
    let shared = 0;
    for (const n of q.numbers) if (f.articleNumbers.has(n)) shared += 1;
    if (shared > 0) score += 0.25 * (shared / (q.numbers.size + f.articleNumbers.size - shared));
  }
  if (q.ownLog10 !== null && f.log10Turnover !== null)
    score += 0.25 * Math.max(0, 1 - Math.abs(f.log10Turnover - q.ownLog10) / 3);
  if (q.sector && r.sector && r.sector.toLowerCase() === q.sector) score += 0.1;
  score += 0.05 * Math.max(0, 1 - (q.asOfYear - Number(r.date.slice(0, 4))) / 10);
  return round3(score);
}

/** Each part of the similarity, in words: only for the cases returned. */
function whySimilar(f: RecordFeatures, q: Question): string[] {
  const { record: r, articleNumbers: theirs, log10Turnover } = f;
  const why: string[] = [];
  if (r.provisions.some((p) => q.provisions.has(p)))
    why.push(`same provision (${r.provisions.filter((p) => q.provisions.has(p)).join(', ')})`);
  else if (r.regime === q.regime) why.push(`same regime (${q.regime}), other provision`);
  const shared = [...q.numbers].filter((n) => theirs.has(n));
  const union = new Set([...q.numbers, ...theirs]).size;
  if (shared.length > 0 && r.regime === q.regime)
    why.push(`shares Art. ${shared.join(', ')} (${shared.length} of ${union} articles)`);
  if (q.ownLog10 !== null && log10Turnover !== null) {
    const orders = Math.abs(log10Turnover - q.ownLog10);
    why.push(`turnover ${orders < 0.05 ? 'about the same' : `${round3(orders)} orders of magnitude apart`}`);
  } else why.push('size not compared (turnover unknown)');
  if (q.sector && r.sector && r.sector.toLowerCase() === q.sector) why.push(`same sector (${r.sector})`);
  why.push(`${q.asOfYear - Number(r.date.slice(0, 4))} year(s) before the date asked`);
  return why;
}

/** The decided cases most like a scenario for a profile, decided by the date asked, with why. */
export function comparablesIn(features: readonly RecordFeatures[], args: unknown): Comparable[] {
  const input = parseInput(comparablesArgs, args, 'comparables arguments');
  const profile = parseProfile(input.profile);
  const { regime, articles } = input.scenario;
  // Only the turnover it uses is read: no steps.
  const gdpr = computeLegalMaximum(
    profile,
    provisionById(GDPR_83_5.id),
    input.asOf,
    input.fx,
    { allowFallback: true },
    { explain: false },
  );
  const q: Question = {
    regime,
    provisions: new Set(articles.map((a) => provisionForArticle(regime, a).provision)),
    numbers: new Set(articles.map((a) => parseArticleReference(a)?.article).filter((n) => n !== undefined)),
    ownLog10: gdpr.turnover ? log10(new Decimal(gdpr.turnover.amount.amount)) : null,
    sector: profile.sector?.toLowerCase() ?? null,
    asOfYear: Number(input.asOf.slice(0, 4)),
  };
  // The scores first, as numbers; the words that explain them only for the cases returned.
  const scored: { f: RecordFeatures; score: number }[] = [];
  for (const f of features) {
    const r = f.record;
    if (r.date > input.asOf) continue;
    if (input.sameRegime && r.regime !== regime) continue;
    if (input.withTurnover && r.ratioToTurnover === null) continue;
    const score = similarity(f, q);
    if (score > 0.1) scored.push({ f, score });
  }
  scored.sort((a, b) => b.score - a.score || (a.f.record.date < b.f.record.date ? 1 : -1));
  return scored
    .slice(0, input.limit)
    .map(({ f, score }) => ({ sanction: f.record, similarity: score, why: whySimilar(f, q) }));
}
