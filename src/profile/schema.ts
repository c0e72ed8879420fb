import { z } from 'zod';
import { daysBetween, yearOf } from '../core/dates.js';
import { twelveMonthStart } from '../core/financial-year.js';
import { currencySchema, decimalSchema, isoDateSchema } from '../core/validation.js';

export const moneyInputSchema = z
  .object({ amount: decimalSchema({ min: 'zero' }), currency: currencySchema })
  .strict();

const countrySchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code in capitals, such as "LU"');

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

export const SERVICE_KINDS = [
  'mere-conduit',
  'caching',
  'hosting',
  'online-platform',
  'online-marketplace',
  'online-search-engine',
  'social-network',
  'video-sharing-platform',
  'app-store',
  'number-independent-messaging',
  'operating-system',
  'web-browser',
  'virtual-assistant',
  'cloud-computing',
  'online-advertising',
  'software-as-a-service',
  'other',
] as const;

const userCount = z.number().int().min(0).max(10_000_000_000);

/** DMA Art. 3(2)(b)-(c): the users of a core platform service in one financial year (Annex methodology). */
export const dmaUsersSchema = z
  .object({
    /** The financial year the figures are for (its label, as in financialYears). */
    year: z.number().int().min(1900).max(2200),
    monthlyActiveEndUsers: userCount,
    yearlyActiveBusinessUsers: userCount,
  })
  .strict();

export const serviceSchema = z
  .object({
    kind: z.enum(SERVICE_KINDS),
    name: z.string().min(1).max(300).optional(),
    /** Average monthly active recipients in the Union (DSA Art. 24(2), 33(1)). */
    euMonthlyActiveRecipients: userCount.optional(),
    /** Yearly active business users established in the Union (DMA Art. 3(2)(b)). */
    euBusinessUsers: userCount.optional(),
    /** Member States the service is provided in (DMA Art. 3(2)(a)). */
    memberStates: z.array(countrySchema).max(40).optional(),
    /** DSA Art. 33(4)-(6): the Commission's designation as a very large online platform or search engine. */
    dsaDesignation: z
      .object({ decision: isoDateSchema.optional(), notified: isoDateSchema })
      .strict()
      .optional(),
    /** DMA Art. 3(4), (9): the date of the designation decision listing this core platform service. */
    dmaDesignation: z.object({ date: isoDateSchema }).strict().optional(),
    /** DMA end and business users, year by year. */
    dmaUsers: z.array(dmaUsersSchema).max(50).optional(),
  })
  .strict();

export const sanctionHistoryEntrySchema = z
  .object({
    date: isoDateSchema,
    regime: z.enum(['GDPR', 'DSA', 'DMA', 'AI Act', 'NIS2', 'UK GDPR', 'ePrivacy', 'other']),
    authority: z.string().min(1).max(300).optional(),
    decision: z.string().min(1).max(300).optional(),
    articles: z.array(z.string().min(1).max(120)).max(100).optional(),
    /** The service the decision concerned (its name or kind), for DMA Art. 30(2). */
    service: z.string().min(1).max(300).optional(),
    amount: moneyInputSchema.optional(),
  })
  .strict();

export const profileSchema = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(300),
    /** The undertaking (group) the company belongs to, in the sense of Arts 101 and 102 TFEU. */
    undertaking: z.string().trim().min(1, 'must not be empty').max(300).optional(),
    financialYears: z.array(financialYearSchema).max(200).default([]),
    establishments: z
      .array(z.object({ country: countrySchema, main: z.boolean().optional() }).strict())
      .max(300)
      .default([]),
    roles: z
      .array(z.enum(['controller', 'processor']))
      .max(2)
      .default([]),
    services: z.array(serviceSchema).max(500).default([]),
    sector: z.string().min(1).max(200).optional(),
    /** A public authority or body (GDPR Art. 83(7)). */
    publicAuthority: z.boolean().default(false),
    sanctionHistory: z.array(sanctionHistoryEntrySchema).max(1000).default([]),
  })
  .strict()
  .superRefine((profile, ctx) => {
    const seen = new Map<string, number>();
    profile.financialYears.forEach((fy, index) => {
      const key = `${fy.year}/${fy.scope}`;
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['financialYears', index],
          message: `a second ${fy.scope} figure for financial year ${fy.year} (the first is financialYears[${first}])`,
        });
      } else seen.set(key, index);
    });
    if (profile.establishments.filter((e) => e.main).length > 1) {
      ctx.addIssue({ code: 'custom', path: ['establishments'], message: 'more than one main establishment' });
    }
  });

/** A profile as callers write it (JSON). */
export type CompanyProfileInput = z.input<typeof profileSchema>;
/** A profile as the library holds it after validation: amounts are Decimals, defaults filled in. */
export type CompanyProfile = z.output<typeof profileSchema>;
export type FinancialYear = CompanyProfile['financialYears'][number];
