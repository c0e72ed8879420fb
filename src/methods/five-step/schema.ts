import * as z from 'zod';
import { decimalSchema } from '../../core/validation.js';
import { commonOptionsShape } from '../../fines/options.js';

/** One aggravating or mitigating circumstance: a point of Art. 83(2) and its effect. */
export const adjustmentSchema = z
  .object({
    /** The point(s) of Art. 83(2): "83(2)(e)", "e", or several for one adjustment. */
    factor: z.union([z.string().min(1).max(40), z.array(z.string().min(1).max(40)).min(1).max(8)]),
    /** A change in percent of the amount before the circumstances (−35 for a 35 % reduction). */
    pct: decimalSchema().optional(),
    /** A change in the method's currency (signed). */
    amount: decimalSchema().optional(),
    reason: z.string().max(1000).optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    if ((a.pct === undefined) === (a.amount === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['pct'],
        message: 'give either pct (a change in percent) or amount (a change in money), not both or neither',
      });
    }
  });

/** The infringement a five-step method is asked about, with the authority's chosen points if known. */
export function infringementSchema<L extends string>(
  levels: readonly [L, ...L[]],
  aliases: Readonly<Record<string, L>> = {},
) {
  const words = [...levels, ...Object.keys(aliases)] as [string, ...string[]];
  return z
    .object({
      articles: z.array(z.string().min(1).max(120)).min(1, 'name at least one infringed article').max(50),
      /** The method's own level, or the common word it stands for (the ICO's "lower" is also "low"). */
      seriousness: z.enum(words).transform((w) => (aliases[w] ?? w) as L),
      /** The point within the seriousness band, in percent of the legal maximum. */
      seriousnessPct: decimalSchema({ min: 'zero' }).optional(),
      /** The point within the turnover band, in percent of the starting amount. */
      sizePct: decimalSchema({ min: 'zero' }).optional(),
      adjustments: z.array(adjustmentSchema).max(20).optional(),
      /** The last step as a percentage of the amount before it (70 for a 30 % reduction). */
      finalFactorPct: decimalSchema({ min: 'positive' }).optional(),
      /** The last step as the amount the authority set. */
      finalAmount: decimalSchema({ min: 'zero' }).optional(),
    })
    .strict()
    .superRefine((i, ctx) => {
      if (i.finalFactorPct !== undefined && i.finalAmount !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['finalAmount'],
          message: 'give either finalFactorPct or finalAmount for the last step, not both',
        });
      }
    });
}

export type MethodInfringement = z.output<ReturnType<typeof infringementSchema<string>>>;

/** { profile, asOf, fx?, turnover?, infringement, rounding? } */
export function methodArgs<L extends string>(
  levels: readonly [L, ...L[]],
  aliases: Readonly<Record<string, L>> = {},
) {
  return z
    .object({
      ...commonOptionsShape,
      infringement: infringementSchema(levels, aliases),
      /**
       * `exact` keeps every figure exact; `unit` rounds the legal maximum and each step's result
       * half-up to whole units, as authorities publish their figures.
       */
      rounding: z.enum(['exact', 'unit']).default('exact'),
    })
    .strict();
}
