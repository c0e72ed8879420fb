import * as z from 'zod';
import { isoDateSchema } from '../../core/validation.js';
import { REGIMES, type Regime } from '../registry.js';
import { moneyInputSchema } from './money.js';

/** An earlier decision against the company (DMA Art. 30(2) reads the repeat of an infringement). */
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
