import * as z from 'zod';
import { isCountryCode } from '../../core/country.js';

/** A country as the facts name it: an ISO 3166-1 alpha-2 code in capitals. */
export const countrySchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code in capitals, such as "LU"')
  .superRefine((v, ctx) => {
    if (/^[A-Z]{2}$/.test(v) && !isCountryCode(v))
      ctx.addIssue({
        code: 'custom',
        message: `${JSON.stringify(v)} is not an ISO 3166-1 alpha-2 country code`,
      });
  });
