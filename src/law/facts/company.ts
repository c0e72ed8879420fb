import * as z from 'zod';
import { countrySchema } from './country.js';
import { financialYearSchema } from './financial-year.js';
import { sanctionHistoryEntrySchema } from './sanction-history.js';
import { serviceSchema } from './service.js';

/**
 * The facts about a company that more than one act reads: who it is, its financial years, where
 * it is established, the services it provides, whether it is a public body, its earlier
 * sanctions. Each act adds the facts only it reads (`ActModule.facts`); the profile is their union.
 */
export const COMMON_FACTS = {
  name: z.string().trim().min(1, 'must not be empty').max(300),
  /** The undertaking (group) the company belongs to, in the sense of Arts 101 and 102 TFEU. */
  undertaking: z.string().trim().min(1, 'must not be empty').max(300).optional(),
  financialYears: z.array(financialYearSchema).max(200).default([]),
  establishments: z
    .array(z.object({ country: countrySchema, main: z.boolean().optional() }).strict())
    .max(300)
    .default([]),
  services: z.array(serviceSchema).max(500).default([]),
  /** A public authority or body (GDPR Art. 83(7)). */
  publicAuthority: z.boolean().default(false),
  sanctionHistory: z.array(sanctionHistoryEntrySchema).max(1000).default([]),
};

export type CommonFacts = z.output<z.ZodObject<typeof COMMON_FACTS>>;
