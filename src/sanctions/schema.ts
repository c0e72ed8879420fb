import * as z from 'zod';
import { currencySchema, decimalSchema, isoDateSchema } from '../core/validation.js';
import { NACE_SECTIONS } from '../law/facts/nace.js';
import { REGIMES, type Regime } from '../law/registry.js';

/** The regimes a sanction can be imposed under: the acts of the registry, and the US FTC Act. */
export type SanctionRegime = Regime | 'FTC Act';

export const SANCTION_REGIMES: readonly [SanctionRegime, ...SanctionRegime[]] = /* @__PURE__ */ Object.freeze(
  [...REGIMES, 'FTC Act'] as unknown as [SanctionRegime, ...SanctionRegime[]],
);

const moneySchema = /* @__PURE__ */ z
  .object({ amount: decimalSchema({ min: 'zero' }), currency: currencySchema })
  .strict();

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

/** A turnover figure of a record: the entity's or the group's, for one financial year, with its source. */
export const turnoverFigureSchema = z
  .object({
    amount: decimalSchema({ min: 'zero' }),
    currency: currencySchema,
    /** The financial year the figure belongs to (ideally the one before the decision). */
    year: z.number().int().min(1990).max(2100),
    /** The last day of that financial year, where it is not 31 December (a year to 31 March). */
    fyEnd: isoDateSchema.optional(),
    /** Where exactly: the decision's paragraph, the annual report's statement. */
    source: z.string().min(1).max(1000),
    /** Where it is published; null where the decision itself is the source. */
    url: z.string().url().max(2000).nullable().optional(),
    /** Whether the decision itself states the figure. */
    statedInDecision: z.boolean(),
  })
  .strict();

export { NACE_SECTIONS };

/**
 * A real sanction, as a record of the dataset. Unknown facts are null with a note, never guessed:
 * a record without any turnover needs `turnoverNote`, and so on.
 *
 * The fields of the first release (`turnover`, `sector`, `size`) stay accepted for users' own data;
 * the bundled records carry the richer fields: the authority's id and case number, the kind of
 * date, the entity's identifiers and country, the NACE section, whether it serves consumers, the
 * procedure, and the entity's and the group's turnover, each with its source.
 */
export const sanctionSchema = z
  .object({
    /** Stable id: authority, company, year, subject ("cnpd-amazon-2021-07-advertising"). */
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by hyphens')
      .max(200),
    /** The decision date (see `dateKind`). */
    date: isoDateSchema,
    /** What the date is: the decision's adoption (signature), its notification, or its publication. */
    dateKind: z.enum(['adoption', 'notification', 'publication']).nullable().optional(),
    authority: z.string().min(1).max(300),
    /** The authority's id in the dataset ("FR-CNIL", "ES-AEPD"): `sanctions.authorities()` lists them. */
    authorityId: z
      .string()
      .regex(/^[A-Z]{2}-[A-Z0-9-]+$/, 'CC-NAME, e.g. FR-CNIL')
      .max(40)
      .optional(),
    /** ISO 3166-1 alpha-2, or "EU" for the European Commission. */
    country: z.string().regex(/^(?:[A-Z]{2}|EU)$/, 'an ISO 3166-1 alpha-2 code or EU'),
    regime: z.enum(SANCTION_REGIMES),
    /** The authority's case number ("SAN-2022-021", "PS/00059/2020"); null where none is published. */
    caseNumber: z.string().min(1).max(200).nullable().optional(),
    /** The entity fined (its legal name, or "[anonymised] …" where the decision withholds it). */
    entity: z.string().min(1).max(300),
    /** The entity's country (ISO 3166-1 alpha-2); null where unknown. */
    entityCountry: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .nullable()
      .optional(),
    /** The entity's LEI and national register number ("FR SIREN 552081317"), where known. */
    entityIds: z
      .object({ lei: z.string().max(40).nullable(), register: z.string().max(200).nullable() })
      .strict()
      .nullable()
      .optional(),
    /** The undertaking (group) it belongs to; null if it is standalone or unknown (say which in notes). */
    undertaking: z.string().min(1).max(300).nullable(),
    /** The amount imposed, in the currency imposed. */
    amount: moneySchema,
    /** Infringed articles in the library's form: "GDPR Art. 6(1)", "LIL Art. 82", "ES LOPDGDD Art. 21". */
    articles: z.array(z.string().min(1).max(120)).min(1).max(80),
    /** One sentence in our own words. */
    summary: z.string().min(1).max(600),
    /** The sanction's history, first event first: it starts with `imposed`. */
    status: z.array(statusEventSchema).min(1).max(40),
    /** First release: the turnover of the preceding financial year, where known. */
    turnover: z
      .object({
        amount: decimalSchema({ min: 'zero' }),
        currency: currencySchema,
        year: z.number().int().min(1990).max(2100),
        scope: z.enum(['undertaking', 'entity']),
        source: z.string().min(1).max(1000),
      })
      .strict()
      .nullable()
      .optional(),
    /** The turnover of the legal entity fined. */
    entityTurnover: turnoverFigureSchema.nullable().optional(),
    /** The consolidated turnover of the group (the undertaking's ultimate parent). */
    groupTurnover: turnoverFigureSchema.nullable().optional(),
    turnoverNote: z.string().min(1).max(2000).nullable().optional(),
    /** The NACE Rev. 2 section of the entity's main activity. */
    nace: z.enum(NACE_SECTIONS).nullable().optional(),
    sector: z.string().min(1).max(200).nullable().optional(),
    /** Whether the entity serves consumers (customers, patients, users, members); null where unknown. */
    consumerFacing: z.boolean().nullable().optional(),
    /** National, cross-border (GDPR Art. 60, with the lead authority's id) or by the Commission. */
    procedure: z
      .object({
        kind: z.enum(['national', 'cross-border', 'commission']),
        leadAuthority: z.string().max(40).nullable().optional(),
        simplified: z.boolean().nullable().optional(),
      })
      .strict()
      .nullable()
      .optional(),
    /** Under Recommendation 2003/361/EC, where it can be established. */
    size: z.enum(['micro', 'small', 'medium', 'large']).nullable().optional(),
    /** The facts the size class rests on. */
    sizeBasis: z.string().min(1).max(2000).nullable().optional(),
    /** The headcount the decision states. */
    employees: z.number().int().min(0).max(10_000_000).nullable().optional(),
    /** Where the record was checked: the decision, the authority's release, the court. */
    sources: z.array(z.string().url().max(2000)).min(1).max(20),
    /** How the record was checked (what was read, where). */
    verification: z.string().min(1).max(2000).optional(),
    /** Why the fine exceeds the legal maximum computed from this record, where it does. */
    capNote: z.string().min(1).max(2000).optional(),
    notes: z.string().min(1).max(4000).optional(),
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
    const anyTurnover = Boolean(s.turnover || s.entityTurnover || s.groupTurnover);
    if (!anyTurnover && !s.turnoverNote) {
      ctx.addIssue({ code: 'custom', path: ['turnoverNote'], message: 'say why the turnover is unknown' });
    }
    if (s.size && !s.sizeBasis && s.sizeBasis !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['sizeBasis'], message: 'say what the size class rests on' });
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
export type TurnoverFigure = z.output<typeof turnoverFigureSchema>;
