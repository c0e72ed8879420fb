import * as z from 'zod';
import { isoDateSchema } from '../../core/validation.js';
import { countrySchema } from './country.js';

/**
 * A service the company provides, in the terms of the DSA (intermediary services, Art. 3(g)) and
 * the DMA (core platform services, Art. 2(2)): both acts read the same list.
 */
export const SERVICE_KINDS = /* @__PURE__ */ Object.freeze([
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
] as const);

const userCount = /* @__PURE__ */ z.number().int().min(0).max(10_000_000_000);

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

export type Service = z.output<typeof serviceSchema>;
