import type { Citation } from '../../core/citation.js';
import { Decimal } from '../../core/decimal.js';
import type { SerializedMoney } from '../../core/money.js';
import type { Trace } from '../../core/steps.js';
import { SERIOUSNESS_FACTORS } from './circumstances.js';

/** One aggravating or mitigating circumstance as the caller gives it. */
export interface CircumstanceInput {
  readonly factor: string | readonly string[];
  readonly pct?: Decimal | undefined;
  readonly amount?: Decimal | undefined;
  readonly reason?: string | undefined;
}

export interface WeighedCircumstance {
  /** The points of Art. 83(2) the adjustment rests on, e.g. ["83(2)(e)", "83(2)(f)"]. */
  readonly factors: readonly string[];
  /** The change in percent, or null where an amount was given. */
  readonly pct: string | null;
  /** The change in money, or null where a percentage was given. */
  readonly amount: string | null;
}

const factorPattern = /^(?:art(?:icle)?\.?\s*)?(?:83\s*\(\s*2\s*\)\s*)?\(?\s*([a-k])\s*\)?$/i;

/**
 * Reads the circumstances of Art. 83(2)(c)–(f) and (h)–(k): each counted once, none of the
 * seriousness points (a), (b), (g). Percentages add up; amounts add up. `invalidAt(path)` makes the
 * ValidationError of the calling function; `stage` is the method's name of the stage ("Step 3").
 */
export function weighCircumstances(
  adjustments: readonly CircumstanceInput[],
  invalidAt: (path: string) => (message: string) => Error,
  stage: string,
  citation: Citation,
  money: (value: Decimal) => SerializedMoney,
): { circumstances: WeighedCircumstance[]; pctTotal: Decimal; amountTotal: Decimal; steps: Trace[] } {
  const seen = new Map<string, number>();
  const circumstances: WeighedCircumstance[] = [];
  const steps: Trace[] = [];
  let pctTotal = new Decimal(0);
  let amountTotal = new Decimal(0);
  adjustments.forEach((adjustment, index) => {
    const invalid = invalidAt(`infringement.adjustments.${index}.factor`);
    const inputs = typeof adjustment.factor === 'string' ? [adjustment.factor] : adjustment.factor;
    const letters = inputs.map((input) => {
      const match = factorPattern.exec(input.trim());
      if (!match?.[1]) {
        throw invalid(`${JSON.stringify(input)} is not a point of Art. 83(2); write it as "83(2)(e)" or "e"`);
      }
      return match[1].toLowerCase();
    });
    for (const letter of letters) {
      if ((SERIOUSNESS_FACTORS as readonly string[]).includes(letter)) {
        throw invalid(
          `Art. 83(2)(${letter}) is part of the seriousness assessed before; counting it again among the circumstances counts it twice`,
        );
      }
      const earlier = seen.get(letter);
      if (earlier !== undefined) {
        throw invalid(
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
      id: 'five-step.circumstances',
      value:
        adjustment.pct !== undefined ? `${adjustment.pct.toFixed()} %` : money(adjustment.amount as Decimal),
      citation,
      inputs: Object.freeze({
        stage,
        factors: Object.freeze([...factors]),
        reason: adjustment.reason ?? null,
      }),
    });
  });
  return { circumstances, pctTotal, amountTotal, steps };
}
