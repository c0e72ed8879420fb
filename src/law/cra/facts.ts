import * as z from 'zod';

/**
 * The roles the CRA gives economic operators in relation to products with digital elements made
 * available on the Union market (Art. 3(12)-(18) and (14) for stewards).
 */
export const CRA_ROLES = [
  'manufacturer',
  'authorised representative',
  'importer',
  'distributor',
  'open-source software steward',
] as const;

export type CraRole = (typeof CRA_ROLES)[number];

/** What the CRA's rules read of a company, beyond the common facts. */
export const CRA_FACTS = {
  /**
   * The company's roles for products with digital elements made available on the Union market
   * (an empty list: none; absent: not known, so the CRA's reach is undetermined).
   */
  craRoles: z
    .array(z.enum(CRA_ROLES as unknown as [CraRole, ...CraRole[]]))
    .max(CRA_ROLES.length)
    .optional(),
};

export type CraFacts = z.output<z.ZodObject<typeof CRA_FACTS>>;
