import * as z from 'zod';
import { currencySchema, decimalSchema } from '../../core/validation.js';

/** An amount as a profile gives it: a non-negative decimal string and an ISO 4217 currency. */
export const moneyInputSchema = z
  .object({ amount: decimalSchema({ min: 'zero' }), currency: currencySchema })
  .strict();
