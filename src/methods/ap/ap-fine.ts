import * as z from 'zod';
import type { Citation } from '../../core/citation.js';
import type { IsoDate } from '../../core/dates.js';
import { Decimal } from '../../core/decimal.js';
import { ValidationError } from '../../core/errors.js';
import { formatMoney, type SerializedMoney } from '../../core/money.js';
import type { Trace } from '../../core/steps.js';
import { decimalSchema, parseInput } from '../../core/validation.js';
import { computeLegalMaximum } from '../../fines/legal-maximum.js';
import { commonOptionsShape } from '../../fines/options.js';
import { GDPR_83_4 } from '../../law/gdpr/fines.js';
import { GDPR } from '../../law/gdpr/index.js';
import { provisionById, provisionForArticle } from '../../law/index.js';
import { parseArticleReference } from '../../law/names.js';
import { parseProfile } from '../../profile/parse.js';
import { bandContains, formatBand } from '../band.js';
import {
  AP_BANDS_CITATION,
  AP_CATEGORIES,
  AP_CATEGORY_BANDS,
  AP_CITATIONS,
  AP_CONFIRMED_CATEGORIES,
  AP_RULES,
  type ApCategory,
} from './rules.js';

export interface ApFine {
  readonly method: typeof AP_RULES.id;
  readonly asOf: IsoDate;
  readonly article: string;
  /** The provision of Art. 83 the article falls under, and its legal maximum for this company. */
  readonly provision: string;
  readonly legalMaximum: SerializedMoney;
  /** The category of the annex (or the one given), before any move under Art. 8. */
  readonly category: ApCategory;
  /** The category whose bandwidth applies, after Art. 8. */
  readonly appliedCategory: ApCategory;
  readonly band: { readonly low: SerializedMoney; readonly high: SerializedMoney };
  readonly basicFine: SerializedMoney;
  /** The fine: the chosen amount, or the band (basic fine in the middle) where none is chosen. */
  readonly fine: { readonly low: SerializedMoney; readonly high: SerializedMoney };
  readonly amount: SerializedMoney | null;
  readonly citation: Citation;
  readonly steps: readonly Trace[];
}

const categorySchema = /* @__PURE__ */ z.enum(['I', 'II', 'III', 'IV']);

export const apFineArgs = z
  .object({
    ...commonOptionsShape,
    infringement: z
      .object({
        /**
         * The infringed article, as every method takes it: one only, since the AP's fining policy
         * rules of 2019 set a fine for each infringement on its own.
         */
        articles: z
          .array(z.string().min(1).max(120))
          .min(1, 'name the infringed article')
          .max(
            1,
            'the AP fines each infringement on its own: name one article, and call apFine once for each',
          )
          .optional(),
        /** The same, as one string (the earlier form of this argument). */
        article: z.string().min(1).max(120).optional(),
        /** The annex category, where this library does not hold a confirmed one for the article. */
        category: categorySchema.optional(),
        /** For Art. 5(1)(a): the provision the breach rests on (its category applies). */
        underlying: z.string().min(1).max(120).optional(),
        /** Art. 8: use the bandwidth of the next higher (+1) or lower (−1) category. */
        categoryShift: z.union([z.literal(-1), z.literal(1)]).optional(),
        /** The fine the AP set within the bandwidth (Art. 6 and 7). */
        amount: decimalSchema({ min: 'zero' }).optional(),
        /** A fine below the bandwidth, for inability to pay or proportionality. */
        belowBand: z
          .object({ amount: decimalSchema({ min: 'zero' }), reason: z.string().min(1).max(1000) })
          .strict()
          .optional(),
      })
      .strict()
      .superRefine((i, ctx) => {
        if (i.articles === undefined && i.article === undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['articles'],
            message: 'is required: name the infringed article',
          });
        if (i.articles !== undefined && i.article !== undefined)
          ctx.addIssue({ code: 'custom', path: ['article'], message: 'give articles or article, not both' });
        if (i.amount !== undefined && i.belowBand !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['belowBand'],
            message: 'give either amount or belowBand, not both',
          });
        }
      })
      .transform(({ articles, ...i }) => ({ ...i, article: (articles?.[0] ?? i.article) as string })),
  })
  .strict();

const EUR = 'EUR' as const;
const money = (d: Decimal): SerializedMoney => ({ amount: d.toFixed(), currency: EUR });
const show = (d: Decimal) => formatMoney(money(d));

function invalid(path: string, message: string): ValidationError {
  return new ValidationError([{ path, message }], 'apFine arguments');
}

/** "32(1)" and "Art. 32(1)" → "32(1)"; the annex key of the article as far as it is confirmed. */
function confirmedCategory(reference: string): { key: string; category: ApCategory; source: string } | null {
  const parsed = parseArticleReference(reference);
  if (!parsed) return null;
  const withParagraph = parsed.subdivisions[0] ? `${parsed.article}(${parsed.subdivisions[0]})` : null;
  for (const key of [withParagraph, String(parsed.article)]) {
    if (key && AP_CONFIRMED_CATEGORIES[key]) return { key, ...AP_CONFIRMED_CATEGORIES[key] };
  }
  return null;
}

type ApInfringement = z.output<typeof apFineArgs>['infringement'];
type ResolvedArticle = ReturnType<typeof provisionForArticle>;
type ApBandRow = (typeof AP_CATEGORY_BANDS)[ApCategory];
interface FineRange {
  low: Decimal;
  high: Decimal;
}

/**
 * The annex category of the infringement (Annexes 1 and 2): Art. 5(1)(a) takes the category of the
 * provision it rests on; otherwise the annex's, or the caller's where the library holds none
 * confirmed. A category given against a confirmed one is refused (Art. 8 is `categoryShift`).
 */
function annexCategory(
  infringement: ApInfringement,
  resolved: ResolvedArticle,
  article: string,
  steps: Trace[],
): ApCategory {
  const isPrinciple =
    resolved.article.article === 5 &&
    resolved.article.subdivisions[0] === '1' &&
    resolved.article.subdivisions[1] === 'a';
  const classified = isPrinciple
    ? infringement.underlying
      ? confirmedCategory(infringement.underlying)
      : null
    : confirmedCategory(infringement.article);
  if (isPrinciple && !infringement.underlying && !infringement.category) {
    throw invalid(
      'infringement.underlying',
      'a breach of Art. 5(1)(a) takes the category of the provision it rests on: name it (e.g. "6") or give category',
    );
  }
  let category: ApCategory;
  if (infringement.category) {
    if (classified && classified.category !== infringement.category) {
      throw invalid(
        'infringement.category',
        `Art. ${classified.key} is in category ${classified.category} (${classified.source}), not ${infringement.category}; use categoryShift for Art. 8`,
      );
    }
    category = infringement.category;
  } else if (classified) {
    category = classified.category;
  } else {
    throw invalid(
      'infringement.category',
      `the annex category of ${isPrinciple ? `the provision ${infringement.underlying}` : article} is not among those this library holds confirmed (${Object.keys(
        AP_CONFIRMED_CATEGORIES,
      )
        .map((k) => `Art. ${k}`)
        .join(', ')}); give category`,
    );
  }
  if (resolved.provision === GDPR_83_4.id && category === 'IV') {
    throw invalid(
      'infringement.category',
      'Annex 1 places Art. 83(4) provisions in categories I to III only; category IV is reached only through Art. 8 (categoryShift)',
    );
  }
  steps.push({
    id: 'ap.category',
    value: category,
    citation: isPrinciple ? AP_CITATIONS.principle : AP_CITATIONS.annexes,
    inputs: Object.freeze({
      principle: isPrinciple,
      underlying: infringement.underlying ?? null,
      category,
      outcome: classified && !infringement.category ? 'annex' : 'given',
      source: classified && !infringement.category ? classified.source : null,
    }),
  });
  return category;
}

/** Art. 8: the bandwidth of the next higher (or lower) category, where the own one does not fit. */
function nextCategory(category: ApCategory, shift: number | undefined, steps: Trace[]): ApCategory {
  if (shift === undefined) return category;
  const shifted = AP_CATEGORIES[AP_CATEGORIES.indexOf(category) + shift];
  if (!shifted) {
    throw invalid(
      'infringement.categoryShift',
      `category ${category} has no next ${shift > 0 ? 'higher' : 'lower'} category`,
    );
  }
  steps.push({
    id: 'ap.art-8.next-category',
    value: shifted,
    citation: AP_CITATIONS.nextCategory,
    inputs: Object.freeze({ category, nextCategory: shifted }),
  });
  return shifted;
}

/**
 * The fine in the bandwidth: the whole band, a move within it from the basic fine (Art. 6–7), or a
 * fine below it for inability to pay (Art. 9).
 */
function fineInBand(
  infringement: ApInfringement,
  row: ApBandRow,
  category: ApCategory,
  basic: Decimal,
  steps: Trace[],
): FineRange {
  const low = row.band.from;
  const high = row.band.to as Decimal;
  if (infringement.amount !== undefined) {
    if (!bandContains(row.band, infringement.amount)) {
      throw invalid(
        'infringement.amount',
        `must lie in the bandwidth of category ${category}, ${formatBand(row.band)} EUR, got ${infringement.amount.toFixed()}; use categoryShift (Art. 8) or belowBand`,
      );
    }
    steps.push({
      id: 'ap.art-6-7.bandwidth',
      value: money(infringement.amount),
      citation: AP_CITATIONS.basicFine,
      inputs: Object.freeze({
        amount: infringement.amount.toFixed(),
        basicFine: basic.toFixed(),
        currency: EUR,
      }),
    });
    return { low: infringement.amount, high: infringement.amount };
  }
  if (infringement.belowBand !== undefined) {
    const { amount, reason } = infringement.belowBand;
    if (!amount.lt(low)) {
      throw invalid(
        'infringement.belowBand.amount',
        `must be below the bandwidth's minimum of ${show(low)}; use amount for a fine within it`,
      );
    }
    steps.push({
      id: 'ap.below-bandwidth',
      value: money(amount),
      citation: AP_CITATIONS.belowBand,
      severity: 'warning',
      inputs: Object.freeze({ reason }),
    });
    return { low: amount, high: amount };
  }
  return { low, high };
}

/** The rules apply from their entry into force (`AP_RULES.inForce`); an earlier date is warned. */
function rulesInForce(asOf: IsoDate, steps: Trace[]): void {
  if (asOf >= AP_RULES.inForce) return;
  steps.push({
    id: 'ap.rules-in-force',
    value: false,
    citation: AP_RULES.citation,
    severity: 'warning',
    inputs: Object.freeze({ inForce: AP_RULES.inForce, asOf }),
  });
}

/**
 * The GDPR's maximum for the article's provision and this company (Art. 83(4)-(5)); the rules do
 * not reach a public authority, whose fines GDPR Art. 83(7) leaves to national law.
 */
function gdprMaximum(
  input: z.output<typeof apFineArgs>,
  profile: ReturnType<typeof parseProfile>,
  resolved: ResolvedArticle,
  steps: Trace[],
): { maximum: Decimal; citation: Citation } {
  const legal = computeLegalMaximum(
    profile,
    provisionById(resolved.provision),
    input.asOf,
    input.fx,
    input.turnover,
  );
  if (legal.amount === null) {
    throw invalid(
      'profile.publicAuthority',
      'GDPR Art. 83(7) leaves fines on public authorities to national law; the Dutch UAVG sets them, not these rules',
    );
  }
  steps.push(...legal.steps);
  return { maximum: new Decimal(legal.amount.amount), citation: legal.citation };
}

/** The bandwidth of the category that applies, and its basic fine (the rules' table of categories). */
function basicFineOf(appliedCategory: ApCategory, steps: Trace[]): { row: ApBandRow; basic: Decimal } {
  const row = AP_CATEGORY_BANDS[appliedCategory];
  const basic = new Decimal(row.basicFine);
  steps.push({
    id: 'ap.basic-fine',
    value: money(basic),
    citation: AP_BANDS_CITATION,
    inputs: Object.freeze({
      category: appliedCategory,
      bandLow: row.band.from.toFixed(),
      bandHigh: (row.band.to as Decimal).toFixed(),
      currency: EUR,
    }),
  });
  return { row, basic };
}

/** Never above the GDPR's legal maximum for the provision (Art. 83(4)-(5)). */
function cappedAtMaximum(
  fine: FineRange,
  maximum: Decimal,
  citation: Citation,
  provision: string,
  steps: Trace[],
): FineRange {
  const capped = fine.high.gt(maximum) ? { low: Decimal.min(fine.low, maximum), high: maximum } : fine;
  steps.push({
    id: 'ap.legal-maximum',
    // One amount, or a range the book writes from its ends.
    value: capped.low.eq(capped.high) ? money(capped.low) : null,
    citation,
    inputs: Object.freeze({
      provision,
      legalMaximum: maximum.toFixed(),
      low: capped.low.toFixed(),
      high: capped.high.toFixed(),
      currency: EUR,
    }),
  });
  return capped;
}

/**
 * The Dutch AP's fining policy rules 2019: the article's category (Annexes 1 and 2), the category's
 * bandwidth and basic fine, a move within the band (Art. 6–7) or to the next category (Art. 8), a
 * fine below the band for inability to pay (Art. 9), and never above the GDPR's legal maximum.
 * Only the article → category classifications that AP decisions confirm are built in; give
 * `category` for any other article.
 */
export function apFine(args: unknown): ApFine {
  const input = parseInput(apFineArgs, args, 'apFine arguments');
  const { infringement, asOf } = input;
  const profile = parseProfile(input.profile);
  const steps: Trace[] = [];
  rulesInForce(asOf, steps);

  const resolved = provisionForArticle(GDPR.regime, infringement.article);
  const article = `${GDPR.regime} ${resolved.article.normalized}`;
  const { maximum, citation } = gdprMaximum(input, profile, resolved, steps);

  const category = annexCategory(infringement, resolved, article, steps);
  const appliedCategory = nextCategory(category, infringement.categoryShift, steps);
  const { row, basic } = basicFineOf(appliedCategory, steps);
  const inBand = fineInBand(infringement, row, appliedCategory, basic, steps);
  const fine = cappedAtMaximum(inBand, maximum, citation, resolved.provision, steps);

  return {
    method: AP_RULES.id,
    asOf,
    article,
    provision: resolved.provision,
    legalMaximum: money(maximum),
    category,
    appliedCategory,
    band: { low: money(row.band.from), high: money(row.band.to as Decimal) },
    basicFine: money(basic),
    fine: { low: money(fine.low), high: money(fine.high) },
    amount: fine.low.eq(fine.high) ? money(fine.low) : null,
    citation: AP_BANDS_CITATION,
    steps,
  };
}
