import * as z from 'zod';
import { isoDateSchema } from '../core/validation.js';
import { COMMON_FACTS } from '../law/facts/company.js';
import { NACE_SECTIONS } from '../law/facts/nace.js';
import { isObligationId, OBLIGATION_IDS } from '../law/obligation-catalogue.js';
import { ACT_FACTS } from '../law/registry.js';

export { countrySchema } from '../law/facts/country.js';
export { type FinancialYear, financialYearSchema } from '../law/facts/financial-year.js';
export { moneyInputSchema } from '../law/facts/money.js';
export { sanctionHistoryEntrySchema } from '../law/facts/sanction-history.js';
export { dmaUsersSchema, SERVICE_KINDS, serviceSchema } from '../law/facts/service.js';
export {
  processingSchema,
  TRANSFER_DEROGATIONS,
  TRANSFER_SAFEGUARDS,
  transferSchema,
} from '../law/gdpr/facts.js';

export const POSTURE_STATUSES = /* @__PURE__ */ Object.freeze([
  'met',
  'partly met',
  'not met',
  'unknown',
] as const);
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

/**
 * A company profile: the facts every act reads (`COMMON_FACTS`), each act's own (`ACT_FACTS`, from
 * the registry), and what the fine model and the compliance posture read.
 */
export const profileSchema = z
  .object({
    ...COMMON_FACTS,
    ...ACT_FACTS,
    /** The NACE Rev. 2 section of the main activity ("J" for information and communication): the fine model reads it. */
    nace: z.enum(NACE_SECTIONS).optional(),
    /** Whether the company serves consumers (natural persons as customers, patients, users): the fine model reads it. */
    consumerFacing: z.boolean().optional(),
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
