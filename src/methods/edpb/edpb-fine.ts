import { z } from 'zod';
import type { Citation } from '../../core/citation.js';
import type { IsoDate } from '../../core/dates.js';
import { Decimal, RoundingMode } from '../../core/decimal.js';
import { ValidationError } from '../../core/errors.js';
import { formatMoney, type SerializedMoney } from '../../core/money.js';
import type { Step } from '../../core/steps.js';
import { decimalSchema, parseInput } from '../../core/validation.js';
import { computeLegalMaximum, type LegalMaximum } from '../../fines/legal-maximum.js';
import { commonOptionsShape } from '../../fines/options.js';
import { provisionById, provisionForArticle } from '../../law/index.js';
import { parseProfile } from '../../profile/parse.js';
import { type Band, bandContains, formatBand } from '../band.js';
import {
  CIRCUMSTANCE_TITLES,
  type CircumstanceFactor,
  EDPB_GUIDELINES,
  edpb,
  LARGE_UNDERTAKING_CITATION,
  NO_SIZE_ADJUSTMENT_ABOVE,
  SERIOUSNESS_BANDS,
  SERIOUSNESS_CITATION,
  SERIOUSNESS_FACTORS,
  type Seriousness,
  SIZE_BANDS,
  SIZE_CITATION,
  type SizeBand,
  STEP_CITATIONS,
} from './guidelines.js';

/** An amount the method gives as a range; low equals high once every point is chosen. */
export interface AmountRange {
  readonly low: SerializedMoney;
  readonly high: SerializedMoney;
}

export interface EdpbCircumstance {
  /** The points of Art. 83(2) the adjustment rests on, e.g. ["83(2)(e)", "83(2)(f)"]. */
  readonly factors: readonly string[];
  /** The change in percent of the amount after Step 2, or null where an amount was given. */
  readonly pct: string | null;
  /** The change in euros, or null where a percentage was given. */
  readonly amount: string | null;
}

export interface EdpbFine {
  readonly method: typeof EDPB_GUIDELINES.id;
  readonly version: typeof EDPB_GUIDELINES.version;
  readonly asOf: IsoDate;
  /** Step 1: the infringed articles and the provision of the gravest one (Art. 83(3)). */
  readonly conduct: {
    readonly articles: readonly {
      readonly input: string;
      readonly article: string;
      readonly provision: string;
    }[];
    readonly provision: string;
  };
  /** Step 2 (chapter 4.1) and Step 4: the applicable legal maximum. */
  readonly legalMaximum: SerializedMoney;
  readonly seriousness: {
    readonly level: Seriousness;
    /** The band of para. 60, in percent of the legal maximum: "[10, 20]". */
    readonly band: string;
    /** The chosen point, in percent, or null where the range is given. */
    readonly pct: string | null;
  };
  /** Step 2 (chapter 4.3): null above €500m, where no adjustment applies (para. 66). */
  readonly sizeAdjustment: {
    readonly turnover: SerializedMoney;
    /** The turnover band of para. 65, in euros. */
    readonly turnoverBand: string;
    /** The adjustment band, in percent of the starting amount: "[1.5, 10]". */
    readonly band: string;
    readonly pct: string | null;
    /** Whether the band's percentages were verified in a published text. */
    readonly verified: boolean;
  } | null;
  /** After the seriousness (para. 60). */
  readonly startingAmount: AmountRange;
  /** After the turnover adjustment (para. 65); equal to startingAmount above €500m. */
  readonly adjustedStartingAmount: AmountRange;
  /** Step 3. */
  readonly circumstances: readonly EdpbCircumstance[];
  readonly afterCircumstances: AmountRange;
  /** Step 4: never above the legal maximum. */
  readonly afterLegalMaximum: AmountRange;
  /** Step 5: the fine. */
  readonly fine: AmountRange;
  /** The fine when every point is chosen (low equals high); null for a range. */
  readonly amount: SerializedMoney | null;
  readonly rounding: 'exact' | 'unit';
  readonly citation: Citation;
  readonly steps: readonly Step[];
}

const factorPattern = /^(?:art(?:icle)?\.?\s*)?(?:83\s*\(\s*2\s*\)\s*)?\(?\s*([a-k])\s*\)?$/i;

const adjustmentSchema = z
  .object({
    factor: z.union([z.string().min(1).max(40), z.array(z.string().min(1).max(40)).min(1).max(8)]),
    pct: decimalSchema().optional(),
    amount: decimalSchema().optional(),
    reason: z.string().max(1000).optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    if ((a.pct === undefined) === (a.amount === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['pct'],
        message: 'give either pct (a change in percent) or amount (a change in euros), not both or neither',
      });
    }
  });

const infringementSchema = z
  .object({
    articles: z.array(z.string().min(1).max(120)).min(1, 'name at least one infringed article').max(50),
    seriousness: z.enum(['low', 'medium', 'high']),
    seriousnessPct: decimalSchema({ min: 'zero' }).optional(),
    sizePct: decimalSchema({ min: 'zero' }).optional(),
    adjustments: z.array(adjustmentSchema).max(20).optional(),
    finalFactorPct: decimalSchema({ min: 'positive' }).optional(),
    finalAmount: decimalSchema({ min: 'zero' }).optional(),
  })
  .strict()
  .superRefine((i, ctx) => {
    if (i.finalFactorPct !== undefined && i.finalAmount !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['finalAmount'],
        message: 'give either finalFactorPct or finalAmount for Step 5, not both',
      });
    }
  });

const edpbFineArgs = z
  .object({
    ...commonOptionsShape,
    infringement: infringementSchema,
    /**
     * `exact` keeps every figure exact; `unit` rounds the legal maximum and each step's result
     * half-up to whole euros, as authorities publish their figures.
     */
    rounding: z.enum(['exact', 'unit']).default('exact'),
  })
  .strict();

type Infringement = z.output<typeof infringementSchema>;

interface Range {
  low: Decimal;
  high: Decimal;
}

const HUNDRED = new Decimal(100);
const EUR = 'EUR' as const;

function euros(value: Decimal): SerializedMoney {
  return { amount: value.toFixed(), currency: EUR };
}

function serializeRange(r: Range): AmountRange {
  return { low: euros(r.low), high: euros(r.high) };
}

function rangeValue(r: Range): SerializedMoney | string {
  return r.low.eq(r.high) ? euros(r.low) : `${formatMoney(euros(r.low))} to ${formatMoney(euros(r.high))}`;
}

function invalid(path: string, message: string): ValidationError {
  return new ValidationError([{ path, message }], 'edpbFine arguments');
}

/** The factor letter of "83(2)(e)", "Art. 83(2)(e)", "(e)" or "e". */
function factorLetter(input: string, path: string): string {
  const match = factorPattern.exec(input.trim());
  if (!match?.[1]) {
    throw invalid(
      path,
      `${JSON.stringify(input)} is not a point of Art. 83(2); write it as "83(2)(e)" or "e"`,
    );
  }
  return match[1].toLowerCase();
}

/** Step 1: each article's provision; several articles of one conduct share the gravest cap (Art. 83(3)). */
function conductOf(infringement: Infringement) {
  const articles = infringement.articles.map((input) => {
    const resolved = provisionForArticle('GDPR', input);
    return { input, article: `GDPR ${resolved.article.normalized}`, provision: resolved.provision };
  });
  return articles;
}

function pointOrBand(
  chosen: Decimal | undefined,
  b: Band,
  path: string,
  what: string,
): { low: Decimal; high: Decimal } {
  if (chosen === undefined) {
    if (b.to === null) throw new Error('an open band has no upper point');
    return { low: b.from, high: b.to };
  }
  if (!bandContains(b, chosen)) {
    throw invalid(path, `must lie in the ${what} ${formatBand(b, ' %')}, got ${chosen.toFixed()} %`);
  }
  return { low: chosen, high: chosen };
}

/**
 * EDPB Guidelines 04/2022 (v2.1), step by step: the conduct and its legal maximum (Step 1 and
 * chapter 4.1), the seriousness and the turnover adjustment (Step 2), the aggravating and mitigating
 * circumstances (Step 3), the legal maximum (Step 4) and effectiveness, proportionality and
 * dissuasiveness (Step 5). With the points an authority chose it reproduces its figures; without
 * them every step is the range the guidelines allow.
 */
export function edpbFine(args: unknown): EdpbFine {
  const input = parseInput(edpbFineArgs, args, 'edpbFine arguments');
  const { infringement, asOf, rounding } = input;
  const profile = parseProfile(input.profile);
  const round = (d: Decimal) => (rounding === 'unit' ? d.toDecimalPlaces(0, RoundingMode.halfUp) : d);
  const roundRange = (r: Range): Range => ({ low: round(r.low), high: round(r.high) });
  const steps: Step[] = [];

  if (asOf < EDPB_GUIDELINES.adopted) {
    steps.push({
      label: 'Guidelines in force',
      value: false,
      rule: `version ${EDPB_GUIDELINES.version} was adopted on ${EDPB_GUIDELINES.adopted}; a decision on ${asOf} predates it, so the method shows what the guidelines would give, not what bound the authority`,
      citation: EDPB_GUIDELINES.citation,
      severity: 'warning',
    });
  }

  // Step 1 and chapter 4.1: the conduct, its classification, and the gravest legal maximum.
  const articles = conductOf(infringement);
  const caps = new Map<string, LegalMaximum>();
  for (const a of articles) {
    if (!caps.has(a.provision)) {
      caps.set(
        a.provision,
        computeLegalMaximum(profile, provisionById(a.provision), asOf, input.fx, input.turnover),
      );
    }
  }
  let gravest: LegalMaximum | undefined;
  for (const cap of caps.values()) {
    if (cap.amount === null) {
      throw invalid(
        'profile.publicAuthority',
        'GDPR Art. 83(7) leaves fines on public authorities and bodies to national law, so the EDPB method has no legal maximum to start from',
      );
    }
    if (!gravest?.amount || new Decimal(cap.amount.amount).gt(gravest.amount.amount)) gravest = cap;
  }
  if (!gravest?.amount || !gravest.turnover) throw new Error('unreachable: no legal maximum');
  steps.push({
    label: 'Step 1: sanctionable conduct',
    value: articles.map((a) => `${a.article} → ${a.provision}`).join('; '),
    rule:
      articles.length > 1
        ? `one conduct infringing ${articles.length} provisions: the fine is calculated once, capped at the maximum of the gravest infringement (${gravest.provision}); separate conducts are calculated one by one`
        : 'one conduct, one infringement',
    citation: STEP_CITATIONS.conduct,
  });
  steps.push(...gravest.steps);
  const maximum = round(new Decimal(gravest.amount.amount));
  if (rounding === 'unit' && !maximum.eq(gravest.amount.amount)) {
    steps.push({
      label: 'Legal maximum, in whole euros',
      value: euros(maximum),
      rule: 'rounded half-up to whole euros, as authorities state it',
    });
  }

  // Step 2, chapter 4.2: seriousness → starting amount (para. 60).
  const seriousnessBand = SERIOUSNESS_BANDS[infringement.seriousness];
  const s = pointOrBand(
    infringement.seriousnessPct,
    seriousnessBand,
    'infringement.seriousnessPct',
    `${infringement.seriousness} seriousness band of para. 60`,
  );
  const starting = roundRange({
    low: maximum.times(s.low).div(HUNDRED),
    high: maximum.times(s.high).div(HUNDRED),
  });
  steps.push({
    label: `Step 2: starting amount (${infringement.seriousness} seriousness)`,
    value: rangeValue(starting),
    rule: `${s.low.eq(s.high) ? `${s.low.toFixed()} %` : `${s.low.toFixed()} % to ${s.high.toFixed()} %`} of ${formatMoney(euros(maximum))}; the ${infringement.seriousness} band is ${formatBand(seriousnessBand, ' %')} of the legal maximum, assessed on Art. 83(2)(a), (b) and (g)`,
    citation: SERIOUSNESS_CITATION,
  });

  // Step 2, chapter 4.3: turnover adjustment (paras 65 and 66).
  const turnover = new Decimal(gravest.turnover.amount.amount);
  let adjusted = starting;
  let sizeAdjustment: EdpbFine['sizeAdjustment'] = null;
  if (turnover.gt(NO_SIZE_ADJUSTMENT_ABOVE)) {
    if (infringement.sizePct !== undefined) {
      throw invalid(
        'infringement.sizePct',
        `the undertaking's turnover (${formatMoney(euros(turnover))}) is above €500m, where para. 66 applies no size adjustment; leave sizePct out`,
      );
    }
    steps.push({
      label: 'Step 2: turnover adjustment',
      value: 'none',
      rule: `turnover ${formatMoney(euros(turnover))} is above €500m: the size is already reflected in the dynamic legal maximum`,
      citation: LARGE_UNDERTAKING_CITATION,
    });
  } else {
    const row = SIZE_BANDS.find((b) => bandContains(b.turnover, turnover)) as SizeBand;
    const a = pointOrBand(
      infringement.sizePct,
      row.adjustment,
      'infringement.sizePct',
      `adjustment band of para. 65 for a turnover in ${formatBand(row.turnover, '')} EUR`,
    );
    adjusted = roundRange({
      low: starting.low.times(a.low).div(HUNDRED),
      high: starting.high.times(a.high).div(HUNDRED),
    });
    sizeAdjustment = {
      turnover: euros(turnover),
      turnoverBand: formatBand(row.turnover),
      band: formatBand(row.adjustment),
      pct: a.low.eq(a.high) ? a.low.toFixed() : null,
      verified: row.verified,
    };
    steps.push({
      label: 'Step 2: turnover adjustment',
      value: rangeValue(adjusted),
      rule: `turnover ${formatMoney(euros(turnover))} lies in ${formatBand(row.turnover)} EUR: ${a.low.eq(a.high) ? `${a.low.toFixed()} %` : `${a.low.toFixed()} % to ${a.high.toFixed()} %`} of the starting amount (band ${formatBand(row.adjustment, ' %')}; source: ${row.source})`,
      citation: SIZE_CITATION,
      ...(row.verified ? {} : { severity: 'warning' as const }),
    });
  }

  // Step 3, chapter 5: aggravating and mitigating circumstances, each counted once.
  const seen = new Map<string, number>();
  const circumstances: EdpbCircumstance[] = [];
  let pctTotal = new Decimal(0);
  let amountTotal = new Decimal(0);
  (infringement.adjustments ?? []).forEach((adjustment, index) => {
    const inputs = Array.isArray(adjustment.factor) ? adjustment.factor : [adjustment.factor];
    const letters = inputs.map((f, j) =>
      factorLetter(
        f,
        `infringement.adjustments.${index}.factor${Array.isArray(adjustment.factor) ? `.${j}` : ''}`,
      ),
    );
    for (const letter of letters) {
      const path = `infringement.adjustments.${index}.factor`;
      if ((SERIOUSNESS_FACTORS as readonly string[]).includes(letter)) {
        throw invalid(
          path,
          `Art. 83(2)(${letter}) is part of the seriousness assessed at Step 2 (chapter 4.2); counting it again at Step 3 counts it twice`,
        );
      }
      const earlier = seen.get(letter);
      if (earlier !== undefined) {
        throw invalid(
          path,
          `Art. 83(2)(${letter}) is already counted in adjustments.${earlier}; each circumstance is taken into account once only`,
        );
      }
      seen.set(letter, index);
    }
    if (adjustment.pct !== undefined) pctTotal = pctTotal.plus(adjustment.pct);
    if (adjustment.amount !== undefined) amountTotal = amountTotal.plus(adjustment.amount);
    const factors = letters.map((l) => `83(2)(${l})`);
    circumstances.push({
      factors,
      pct: adjustment.pct?.toFixed() ?? null,
      amount: adjustment.amount?.toFixed() ?? null,
    });
    steps.push({
      label: `Step 3: ${factors.join(', ')}`,
      value:
        adjustment.pct !== undefined ? `${adjustment.pct.toFixed()} %` : euros(adjustment.amount as Decimal),
      rule: `${letters.map((l) => CIRCUMSTANCE_TITLES[l as CircumstanceFactor]).join('; ')}${adjustment.reason ? `: ${adjustment.reason}` : ''}`,
      citation: STEP_CITATIONS.circumstances,
    });
  });
  const factor = HUNDRED.plus(pctTotal).div(HUNDRED);
  const afterCircumstances = roundRange({
    low: adjusted.low.times(factor).plus(amountTotal),
    high: adjusted.high.times(factor).plus(amountTotal),
  });
  if (afterCircumstances.low.isNegative()) {
    throw invalid(
      'infringement.adjustments',
      `the circumstances bring the amount to ${formatMoney(euros(afterCircumstances.low))}, below zero`,
    );
  }
  steps.push({
    label: 'Step 3: after the circumstances',
    value: rangeValue(afterCircumstances),
    rule:
      circumstances.length === 0
        ? 'no aggravating or mitigating circumstance given'
        : `the percentages add up (${pctTotal.toFixed()} %) and apply to the amount after Step 2; amounts in euros are then added (${amountTotal.toFixed()})`,
    citation: STEP_CITATIONS.circumstances,
  });

  // Step 4, chapter 6: the legal maximum.
  const afterLegalMaximum: Range = {
    low: Decimal.min(afterCircumstances.low, maximum),
    high: Decimal.min(afterCircumstances.high, maximum),
  };
  steps.push({
    label: 'Step 4: legal maximum',
    value: rangeValue(afterLegalMaximum),
    rule: afterCircumstances.high.gt(maximum)
      ? `capped at the legal maximum of ${gravest.provision}, ${formatMoney(euros(maximum))}`
      : `within the legal maximum of ${gravest.provision}, ${formatMoney(euros(maximum))}`,
    citation: STEP_CITATIONS.legalMaximum,
  });

  // Step 5, chapter 7: effectiveness, proportionality, dissuasiveness.
  let fine = afterLegalMaximum;
  let step5Rule = 'no final adjustment given';
  if (infringement.finalFactorPct !== undefined) {
    const f = infringement.finalFactorPct;
    fine = roundRange({ low: fine.low.times(f).div(HUNDRED), high: fine.high.times(f).div(HUNDRED) });
    step5Rule = `${f.toFixed()} % of the amount after Step 4`;
  } else if (infringement.finalAmount !== undefined) {
    fine = { low: infringement.finalAmount, high: infringement.finalAmount };
    step5Rule = 'the amount the authority set';
  }
  if (fine.high.gt(maximum)) {
    fine = { low: Decimal.min(fine.low, maximum), high: maximum };
    step5Rule += `; capped again at the legal maximum, ${formatMoney(euros(maximum))}`;
  }
  steps.push({
    label: 'Step 5: effective, proportionate and dissuasive',
    value: rangeValue(fine),
    rule: step5Rule,
    citation: STEP_CITATIONS.effectiveness,
  });

  return {
    method: EDPB_GUIDELINES.id,
    version: EDPB_GUIDELINES.version,
    asOf,
    conduct: { articles, provision: gravest.provision },
    legalMaximum: euros(maximum),
    seriousness: {
      level: infringement.seriousness,
      band: formatBand(seriousnessBand),
      pct: s.low.eq(s.high) && infringement.seriousnessPct !== undefined ? s.low.toFixed() : null,
    },
    sizeAdjustment,
    startingAmount: serializeRange(starting),
    adjustedStartingAmount: serializeRange(adjusted),
    circumstances,
    afterCircumstances: serializeRange(afterCircumstances),
    afterLegalMaximum: serializeRange(afterLegalMaximum),
    fine: serializeRange(fine),
    amount: fine.low.eq(fine.high) ? euros(fine.low) : null,
    rounding,
    citation: edpb('chapters 3 to 7'),
    steps,
  };
}
