import * as z from 'zod';
import { DEFAULT_FX, fxOptionsSchema } from './fx/schema.js';
import { isoDateSchema } from './validation.js';

/**
 * The arguments most functions share: the company profile (validated by parseProfile), the date
 * asked about, and the exchange-rate options (the bundled ECB table by default).
 */
export const profileOnDateShape = {
  profile: z.unknown(),
  asOf: isoDateSchema,
  fx: fxOptionsSchema.optional().transform((fx) => fx ?? DEFAULT_FX),
};

export const profileOnDateArgs = /* @__PURE__ */ z.object(profileOnDateShape).strict();
