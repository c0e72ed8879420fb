import * as z from 'zod';
import { daysBetween, yearOf } from '../../core/dates.js';
import { twelveMonthStart } from '../../core/financial-year.js';
import { isoDateSchema } from '../../core/validation.js';
import { moneyInputSchema } from './money.js';

/** The longest financial year company law allows in practice (a first year of up to 18 months). */
const MAX_FINANCIAL_YEAR_DAYS = 549;

export const financialYearSchema = z
  .object({
    /** The label the company gives the year (usually the calendar year it ends in). */
    year: z.number().int().min(1900).max(2200),
    /** The last day of the financial year. */
    end: isoDateSchema,
    /** The first day; defaults to that of a twelve-month year ending on `end`. */
    start: isoDateSchema.optional(),
    /** `undertaking`: the group (consolidated) figure; `entity`: the legal person alone. */
    scope: z.enum(['undertaking', 'entity']),
    turnover: moneyInputSchema,
    employees: z.number().int().min(0).max(10_000_000).optional(),
    balanceSheetTotal: moneyInputSchema.optional(),
    /** Average market capitalisation over the year (DMA Art. 3(2)(a)). */
    marketCap: moneyInputSchema.optional(),
    /** Annual turnover achieved in the Union (DMA Art. 3(2)(a)). */
    euTurnover: moneyInputSchema.optional(),
    /** Where the figure comes from (annual report, filing). */
    source: z.string().max(1000).optional(),
  })
  .strict()
  .superRefine((fy, ctx) => {
    const endYear = yearOf(fy.end);
    if (fy.year !== endYear && fy.year !== endYear - 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['year'],
        message: `year ${fy.year} does not match a financial year ending ${fy.end} (expected ${endYear} or ${endYear - 1})`,
      });
    }
    if (fy.start !== undefined) {
      if (fy.start >= fy.end) {
        ctx.addIssue({
          code: 'custom',
          path: ['start'],
          message: `start ${fy.start} is not before end ${fy.end}`,
        });
      } else if (daysBetween(fy.start, fy.end) + 1 > MAX_FINANCIAL_YEAR_DAYS) {
        ctx.addIssue({
          code: 'custom',
          path: ['start'],
          message: `a financial year from ${fy.start} to ${fy.end} is longer than 18 months`,
        });
      }
    }
  })
  .transform((fy) => ({ ...fy, start: fy.start ?? twelveMonthStart(fy.end) }));

export type FinancialYear = z.output<typeof financialYearSchema>;
