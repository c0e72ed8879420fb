import * as z from 'zod';
import { currencySchema, decimalSchema, isoDateSchema } from '../validation.js';
import type { ConversionOptions } from './convert.js';
import type { ExchangeRate } from './rate.js';

/** An exchange rate a caller passes: "EUR 1 = USD 1.1422", or the inverse "USD 1 = EUR 0.8755". */
export const exchangeRateSchema = z
  .object({
    base: currencySchema,
    quote: currencySchema,
    rate: decimalSchema({ min: 'positive' }),
    kind: z.enum(['average', 'spot']),
    /** The observation date of a spot rate; the last day of the period of an average. */
    date: isoDateSchema,
    /** The period an average covers. */
    period: z.object({ start: isoDateSchema, end: isoDateSchema }).strict().optional(),
    source: z.union([
      z.string().min(1).max(500),
      z.object({ title: z.string().min(1).max(500), url: z.string().max(2000).optional() }).strict(),
    ]),
  })
  .strict()
  .superRefine((rate, ctx) => {
    if (rate.base !== 'EUR' && rate.quote !== 'EUR') {
      ctx.addIssue({
        code: 'custom',
        path: ['base'],
        message: 'rates must be quoted against the euro (base or quote EUR)',
      });
    }
    if (rate.base === rate.quote)
      ctx.addIssue({ code: 'custom', path: ['quote'], message: 'base and quote are the same' });
    if (rate.kind === 'average' && !rate.period) {
      ctx.addIssue({
        code: 'custom',
        path: ['period'],
        message: 'an average rate needs the period it covers',
      });
    }
    if (rate.period && rate.period.start > rate.period.end) {
      ctx.addIssue({ code: 'custom', path: ['period'], message: 'period start is after its end' });
    }
  })
  .transform(
    (rate): ExchangeRate => ({
      base: rate.base,
      quote: rate.quote,
      rate: rate.rate,
      kind: rate.kind,
      date: rate.date,
      period: rate.period ?? null,
      source: typeof rate.source === 'string' ? { title: rate.source } : rate.source,
      verified: true,
    }),
  );

export const fxOptionsSchema = z
  .object({
    basis: z.enum(['annual-average', 'year-end']).default('annual-average'),
    rates: z.array(exchangeRateSchema).max(100_000).default([]),
    /**
     * A financial year after the last annual average bundled or given: 'latest-average' converts at
     * the latest average there is and says so in a warning step; 'none' refuses (MissingRateError).
     */
    fallback: z.enum(['latest-average', 'none']).default('latest-average'),
  })
  .strict()
  .transform((fx): ConversionOptions => fx);

export const DEFAULT_FX: ConversionOptions = /* @__PURE__ */ Object.freeze({
  basis: 'annual-average',
  rates: [],
  fallback: 'latest-average',
});
