import * as z from 'zod';
import type { CommonFacts } from '../facts/company.js';
import { countrySchema } from '../facts/country.js';

/** GDPR Art. 46(2)-(3) and Art. 47: the appropriate safeguards a transfer can rest on. */
export const TRANSFER_SAFEGUARDS = /* @__PURE__ */ Object.freeze([
  'standard data protection clauses',
  'binding corporate rules',
  'approved code of conduct',
  'approved certification mechanism',
  'legally binding instrument between public authorities',
  'authorised contractual clauses',
] as const);

/** GDPR Art. 49(1): the derogations for specific situations. */
export const TRANSFER_DEROGATIONS = /* @__PURE__ */ Object.freeze([
  'explicit consent',
  'contract with the data subject',
  'contract in the interest of the data subject',
  'important reasons of public interest',
  'legal claims',
  'vital interests',
  'public register',
  'compelling legitimate interests',
] as const);

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

/**
 * What the GDPR's rules read of a company, beyond the common facts: its roles (Art. 4(7), (8)) and
 * what it does with personal data.
 */
export const GDPR_FACTS = {
  roles: z
    .array(z.enum(['controller', 'processor']))
    .max(2)
    .default([]),
  /** What the company does with personal data (GDPR applicability). */
  processing: processingSchema.default({}),
};

export type GdprFacts = z.output<z.ZodObject<typeof GDPR_FACTS>>;

/** A company as the GDPR's rules read it: the common facts and the GDPR's own. */
export type GdprCompany = CommonFacts & GdprFacts;
export type Processing = GdprFacts['processing'];
export type Transfer = NonNullable<Processing['transfers']>[number];
