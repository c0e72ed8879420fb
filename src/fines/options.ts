import * as z from 'zod';
import { profileOnDateShape } from '../core/arguments.js';

/** Which turnover to use: the rule's scope unless the caller overrides it, and whether to fall back. */
export const turnoverOptionsSchema = z
  .object({
    /** Override the scope the rule takes (e.g. to reproduce a decision that used the entity's turnover). */
    scope: z.enum(['undertaking', 'entity']).optional(),
    /** Use the latest earlier financial year if the preceding one is missing; shown as a warning step. */
    allowFallback: z.boolean().default(false),
  })
  .strict();

export const commonOptionsShape = {
  ...profileOnDateShape,
  turnover: turnoverOptionsSchema.optional().transform((t) => t ?? { allowFallback: false }),
};
