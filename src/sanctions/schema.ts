import { z } from 'zod';
import { currencySchema, decimalSchema, isoDateSchema } from '../core/validation.js';

/** The regimes a sanction can be imposed under: the library's, and the US FTC Act. */
export const SANCTION_REGIMES = [
  'GDPR',
  'UK GDPR',
  'FR LIL',
  'DSA',
  'DMA',
  'AI Act',
  'NIS2',
  'FTC Act',
] as const;
export type SanctionRegime = (typeof SANCTION_REGIMES)[number];

const moneySchema = z.object({ amount: decimalSchema({ min: 'zero' }), currency: currencySchema }).strict();

/** One step of a sanction's life: imposed, appealed, upheld, reduced to X, annulled, paid… */
export const statusEventSchema = z
  .object({
    date: isoDateSchema.nullable(),
    state: z.enum(['imposed', 'appealed', 'upheld', 'reduced', 'annulled', 'final', 'settled', 'approved']),
    /** Who decided (a court, the authority itself). */
    by: z.string().min(1).max(300).optional(),
    /** The amount after this step, where it changed it (reduced to X). */
    amount: moneySchema.optional(),
    note: z.string().min(1).max(2000).optional(),
  })
  .strict();

/**
 * A real sanction, as a record of the dataset. Unknown facts are null with a note, never guessed:
 * `turnover: null` needs `turnoverNote`, and so on.
 */
export const sanctionSchema = z
  .object({
    /** Stable id: authority, company, year, subject ("cnpd-amazon-2021-07-advertising"). */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'),
    /** The decision date. */
    date: isoDateSchema,
    authority: z.string().min(1).max(300),
    /** ISO 3166-1 alpha-2, or "EU" for the European Commission. */
    country: z.string().regex(/^(?:[A-Z]{2}|EU)$/, 'an ISO 3166-1 alpha-2 code or EU'),
    regime: z.enum(SANCTION_REGIMES),
    /** The entity fined. */
    entity: z.string().min(1).max(300),
    /** The undertaking (group) it belongs to; null if it is standalone or unknown (say which in notes). */
    undertaking: z.string().min(1).max(300).nullable(),
    /** The amount imposed, in the currency imposed. */
    amount: moneySchema,
    /** Infringed articles in the library's form: "GDPR Art. 6(1)", "LIL Art. 82". */
    articles: z.array(z.string().min(1).max(120)).min(1).max(40),
    summary: z.string().min(1).max(600),
    /** The sanction's history, first event first: it starts with `imposed`. */
    status: z.array(statusEventSchema).min(1),
    /** The turnover of the preceding financial year, where known. */
    turnover: z
      .object({
        amount: decimalSchema({ min: 'zero' }),
        currency: currencySchema,
        year: z.number().int().min(1990).max(2100),
        scope: z.enum(['undertaking', 'entity']),
        source: z.string().min(1).max(1000),
      })
      .strict()
      .nullable(),
    turnoverNote: z.string().min(1).max(1000).optional(),
    sector: z.string().min(1).max(200).nullable(),
    size: z.enum(['micro', 'small', 'medium', 'large']).nullable(),
    /** Where the record was checked: the decision, the authority's release, the court. */
    sources: z.array(z.string().url().max(2000)).min(1).max(20),
    /** Why the fine exceeds the legal maximum computed from this record, where it does. */
    capNote: z.string().min(1).max(2000).optional(),
    notes: z.string().min(1).max(2000).optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.status[0]?.state !== 'imposed') {
      ctx.addIssue({
        code: 'custom',
        path: ['status', 0, 'state'],
        message: 'the history starts with "imposed"',
      });
    }
    if (s.turnover === null && !s.turnoverNote) {
      ctx.addIssue({ code: 'custom', path: ['turnoverNote'], message: 'say why the turnover is unknown' });
    }
    for (const [i, event] of s.status.entries()) {
      if (event.date !== null && event.date < s.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['status', i, 'date'],
          message: `before the decision date ${s.date}`,
        });
      }
    }
  });

export type SanctionInput = z.input<typeof sanctionSchema>;
export type Sanction = z.output<typeof sanctionSchema>;
export type StatusEvent = z.output<typeof statusEventSchema>;
