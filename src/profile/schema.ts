import { z } from 'zod';
import { isCountryCode } from '../core/country.js';
import { daysBetween, yearOf } from '../core/dates.js';
import { twelveMonthStart } from '../core/financial-year.js';
import { currencySchema, decimalSchema, isoDateSchema } from '../core/validation.js';
import { DORA_FINANCIAL_ENTITY_TYPES, type DoraFinancialEntity } from '../law/dora/regulation.js';
import { isObligationId, OBLIGATION_IDS } from '../law/obligation-catalogue.js';
import { REGIMES, type Regime } from '../law/registry.js';

export const moneyInputSchema = z
  .object({ amount: decimalSchema({ min: 'zero' }), currency: currencySchema })
  .strict();

const countrySchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code in capitals, such as "LU"')
  .superRefine((v, ctx) => {
    if (/^[A-Z]{2}$/.test(v) && !isCountryCode(v))
      ctx.addIssue({
        code: 'custom',
        message: `${JSON.stringify(v)} is not an ISO 3166-1 alpha-2 country code`,
      });
  });

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
    /** The act (a regime of the registry), or the ePrivacy rules, or another law. */
    regime: z.enum([...REGIMES, 'ePrivacy', 'other'] as unknown as [
      Regime | 'ePrivacy' | 'other',
      ...(Regime | 'ePrivacy' | 'other')[],
    ]),
    authority: z.string().min(1).max(300).optional(),
    decision: z.string().min(1).max(300).optional(),
    articles: z.array(z.string().min(1).max(120)).max(100).optional(),
    /** The service the decision concerned (its name or kind), for DMA Art. 30(2). */
    service: z.string().min(1).max(300).optional(),
    amount: moneyInputSchema.optional(),
  })
  .strict();

/** GDPR Art. 46(2)-(3) and Art. 47: the appropriate safeguards a transfer can rest on. */
export const TRANSFER_SAFEGUARDS = [
  'standard data protection clauses',
  'binding corporate rules',
  'approved code of conduct',
  'approved certification mechanism',
  'legally binding instrument between public authorities',
  'authorised contractual clauses',
] as const;

/** GDPR Art. 49(1): the derogations for specific situations. */
export const TRANSFER_DEROGATIONS = [
  'explicit consent',
  'contract with the data subject',
  'contract in the interest of the data subject',
  'important reasons of public interest',
  'legal claims',
  'vital interests',
  'public register',
  'compelling legitimate interests',
] as const;

/** A transfer of personal data to a third country or an international organisation (GDPR Chapter V). */
export const transferSchema = z
  .object({
    /** The third country (ISO 3166-1 alpha-2), or... */
    country: countrySchema.optional(),
    /** ...the international organisation ("European Patent Organisation"). */
    organisation: z.string().trim().min(1).max(300).optional(),
    /** The recipient is certified under the framework an adequacy decision requires (the EU-US DPF). */
    certified: z.boolean().optional(),
    safeguard: z.enum(TRANSFER_SAFEGUARDS).optional(),
    derogation: z.enum(TRANSFER_DEROGATIONS).optional(),
  })
  .strict()
  .refine((t) => (t.country === undefined) !== (t.organisation === undefined), {
    message: 'give either country or organisation',
  });

/**
 * What the company does with personal data, in the GDPR's terms: the facts its applicability rules
 * turn on. Every field is optional; a rule that needs a missing fact answers "undetermined" and names it.
 */
export const processingSchema = z
  .object({
    /** Art. 3(2)(a): offers goods or services to data subjects in the Union. */
    offersGoodsOrServicesInUnion: z.boolean().optional(),
    /** Art. 3(2)(b): monitors the behaviour of data subjects as far as it takes place in the Union. */
    monitorsBehaviourInUnion: z.boolean().optional(),
    /** Art. 9(1): processes special categories of personal data. */
    specialCategories: z.boolean().optional(),
    /** Art. 10: processes personal data relating to criminal convictions and offences. */
    criminalConvictionsData: z.boolean().optional(),
    /** Arts 27(2)(a), 35(3)(b): processes special categories or Art. 10 data on a large scale. */
    largeScaleSpecialCategories: z.boolean().optional(),
    /** Arts 27(2)(a), 30(5): the processing is occasional. */
    occasional: z.boolean().optional(),
    /** Arts 27(2)(a), 30(5): the processing is likely to result in a risk to the rights and freedoms of data subjects. */
    likelyToResultInRisk: z.boolean().optional(),
    /** Art. 35(1): a type of processing likely to result in a high risk (including the national lists of Art. 35(4)). */
    likelyToResultInHighRisk: z.boolean().optional(),
    /** Arts 22, 35(3)(a): decisions based solely on automated processing, including profiling, with legal or similarly significant effects. */
    automatedDecisions: z.boolean().optional(),
    /** Art. 35(3)(c): systematic monitoring of a publicly accessible area on a large scale. */
    publicAreaMonitoring: z.boolean().optional(),
    /** Art. 37(1)(b): core activities that require regular and systematic monitoring of data subjects on a large scale. */
    coreActivityMonitoring: z.boolean().optional(),
    /** Art. 37(1)(c): core activities of large-scale processing of special categories or Art. 10 data. */
    coreActivitySpecialCategories: z.boolean().optional(),
    /** Art. 37(4): Union or Member State law requires a data protection officer (e.g. § 38 BDSG). */
    dpoRequiredByLaw: z.boolean().optional(),
    /** Art. 7: relies on consent for some processing. */
    consent: z.boolean().optional(),
    /** Art. 8: offers information society services directly to children on the basis of consent. */
    servicesToChildren: z.boolean().optional(),
    /** Art. 26: determines purposes and means jointly with another controller. */
    jointControllers: z.boolean().optional(),
    /** Art. 28(1): has processing carried out on its behalf by processors. */
    usesProcessors: z.boolean().optional(),
    /** Chapter V: transfers to third countries or international organisations; [] for none. */
    transfers: z.array(transferSchema).max(300).optional(),
  })
  .strict();

export const POSTURE_STATUSES = ['met', 'partly met', 'not met', 'unknown'] as const;
export type PostureStatus = (typeof POSTURE_STATUSES)[number];

/** The company's own account of one obligation, as a vendor questionnaire records it. */
export const postureEntrySchema = z
  .object({
    /** The obligation id, "GDPR Art. 30", "DSA Art. 16" (see OBLIGATION_IDS). */
    obligation: z
      .string()
      .meta({ enum: [...OBLIGATION_IDS] })
      .superRefine((id, ctx) => {
        if (!isObligationId(id))
          ctx.addIssue({
            code: 'custom',
            message: `unknown obligation ${JSON.stringify(id.slice(0, 60))}; ids are the regime and the article as OBLIGATION_IDS lists them, e.g. ${OBLIGATION_IDS.slice(
              0,
              3,
            )
              .map((o) => `"${o}"`)
              .join(', ')}`,
          });
      }),
    /** For a duty attached to one service (DSA, DMA): its name; absent, the entry covers every service. */
    service: z.string().min(1).max(300).optional(),
    status: z.enum(POSTURE_STATUSES),
    /** Where the answer comes from (a policy, an audit report, a questionnaire answer). */
    evidence: z.string().max(2000).optional(),
    /** When it was assessed. */
    assessed: isoDateSchema.optional(),
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
    /** The NACE Rev. 2 section of the main activity ("J" for information and communication): the fine model reads it. */
    nace: z
      .enum([
        'A',
        'B',
        'C',
        'D',
        'E',
        'F',
        'G',
        'H',
        'I',
        'J',
        'K',
        'L',
        'M',
        'N',
        'O',
        'P',
        'Q',
        'R',
        'S',
        'T',
        'U',
      ])
      .optional(),
    /** Whether the company serves consumers (natural persons as customers, patients, users): the fine model reads it. */
    consumerFacing: z.boolean().optional(),
    /**
     * A financial entity of DORA, Regulation (EU) 2022/2554, Art. 2(1)(a)-(t) ("credit-institution",
     * "insurance-undertaking"...): from 17 January 2025 DORA displaces NIS2's risk-management,
     * reporting and enforcement provisions for it (NIS2 Art. 4(1)). The NIS2 sectors "banking" and
     * "financial-market-infrastructure" imply one.
     */
    financialEntity: z
      .enum(DORA_FINANCIAL_ENTITY_TYPES as [DoraFinancialEntity, ...DoraFinancialEntity[]])
      .optional(),
    /** The entity is one DORA Art. 2(3) excludes (a small insurance intermediary, a small IORP...). */
    doraExcluded: z.boolean().optional(),
    /** A public authority or body (GDPR Art. 83(7)). */
    publicAuthority: z.boolean().default(false),
    sanctionHistory: z.array(sanctionHistoryEntrySchema).max(1000).default([]),
    /** What the company does with personal data (GDPR applicability). */
    processing: processingSchema.default({}),
    /** The compliance posture, obligation by obligation; absent when none was given. */
    posture: z.array(postureEntrySchema).max(2000).optional(),
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
    const answered = new Map<string, number>();
    profile.posture?.forEach((entry, index) => {
      const key = `${entry.obligation}/${entry.service ?? ''}`;
      const first = answered.get(key);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['posture', index],
          message: `a second answer for ${entry.obligation}${entry.service ? ` (${entry.service})` : ''} (the first is posture[${first}])`,
        });
      } else answered.set(key, index);
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
