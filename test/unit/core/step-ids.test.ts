import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src/core/decimal.js';
import { STEP_ID } from '../../../src/core/steps.js';
import * as lexposure from '../../../src/index.js';
import { corpus, stepsOf } from '../../helpers/step-corpus.js';

describe('steps as data: every step names the rule that made it', () => {
  const steps = corpus(lexposure).flatMap((result) => stepsOf(result));

  it('every step of every entry point carries a rule id in the documented form', () => {
    expect(steps.length).toBeGreaterThan(2_000);
    const without = steps.filter((s) => typeof s.id !== 'string' || !STEP_ID.test(s.id));
    expect(without.map((s) => s.label)).toEqual([]);
  });

  it('the corpus reaches the rules of every layer (fines, methods, acts, calendar, estimate, score)', () => {
    const ids = new Set(steps.map((s) => String(s.id)));
    const families = new Set([...ids].map((id) => id.split('.')[0]));
    for (const family of [
      'legal-maximum',
      'maximum-fine',
      'turnover',
      'eu-sme',
      'five-step',
      'ap',
      'dsk',
      'gdpr',
      'dsa',
      'dma',
      'nis2',
      'reg-1182-71',
      'estimate',
      'fine-model',
      'risk-score',
      'gap-analysis',
      'simulate',
      'per-violation',
      'periodic-penalty',
    ]) {
      expect(families, family).toContain(family);
    }
    expect(ids.size).toBeGreaterThan(80);
  });

  it('an id stands for one rule: the steps that share an id share their citation article, or have none', () => {
    const citations = new Map<string, Set<string>>();
    for (const s of steps as { id: string; citation?: { instrument?: string } }[]) {
      const acts = citations.get(s.id) ?? new Set<string>();
      acts.add(s.citation?.instrument ?? '(none)');
      citations.set(s.id, acts);
    }
    // Generic engines (the legal maximum, the estimate) serve several acts; an act's own rule never does.
    const actRules = [...citations].filter(([id]) =>
      ['gdpr', 'dsa', 'dma', 'nis2', 'ai-act', 'cra', 'reg-1182-71', 'eu-sme'].includes(
        id.split('.')[0] as string,
      ),
    );
    expect(actRules.length).toBeGreaterThan(20);
    for (const [id, acts] of actRules) {
      expect([...acts].filter((a) => a !== '(none)').length, id).toBeLessThanOrEqual(1);
    }
  });

  it('the legal maximum can be recomputed from its steps alone: share = rate × turnover, then the higher (or lower) limb', () => {
    type Data = { id: string; value: { amount: string } | null; inputs?: Record<string, string | null> };
    const all = steps as Data[];
    let checked = 0;
    all.forEach((step, i) => {
      if (step.id !== 'legal-maximum.amount') return;
      const share = all[i - 1] as Data;
      expect(share.id).toBe('legal-maximum.turnover-share');
      const { rate, turnover } = share.inputs as Record<string, string>;
      const { fixed, shareOfTurnover, combination } = step.inputs as Record<string, string | null>;
      // An independent computation: decimal.js on the step's inputs, not the library's cap code.
      const product = new Decimal(rate as string).times(turnover as string);
      expect(product.eq(shareOfTurnover as string), step.id).toBe(true);
      const expected =
        fixed === null || fixed === undefined
          ? product
          : combination === 'higher'
            ? Decimal.max(fixed, product)
            : Decimal.min(fixed, product);
      expect(expected.eq((step.value as { amount: string }).amount)).toBe(true);
      checked++;
    });
    expect(checked).toBeGreaterThan(100);
  });

  it("each year's enterprise size can be checked from its inputs against Recommendation 2003/361/EC, Annex Art. 2", () => {
    // Art. 2(1)-(3): medium < 250 persons and turnover <= EUR 50m or balance sheet <= EUR 43m;
    // small < 50 and <= EUR 10m either; micro < 10 and <= EUR 2m either (turnover alone where no
    // balance sheet total is given).
    const ceilings = [
      ['micro', 10, 2e6, 2e6],
      ['small', 50, 1e7, 1e7],
      ['medium', 250, 5e7, 4.3e7],
    ] as const;
    const fitsIn = (headcount: number, turnover: string, balance: string | null) =>
      ceilings.find(
        ([, persons, t, b]) =>
          headcount < persons &&
          (new Decimal(turnover).lte(t) || (balance !== null && new Decimal(balance).lte(b))),
      )?.[0] ?? 'large';
    const years = (steps as { id: string; inputs?: Record<string, string | number | null> }[]).filter(
      (s) => s.id === 'eu-sme.size-in-year',
    );
    expect(years.length).toBeGreaterThan(20);
    for (const { inputs } of years) {
      const { headcount, turnover, balanceSheetTotal, fits } = inputs as Record<
        string,
        string | number | null
      >;
      expect(fitsIn(headcount as number, turnover as string, balanceSheetTotal as string | null)).toBe(fits);
    }
  });
});
