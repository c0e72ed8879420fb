import * as z from 'zod';
import { REGIMES, type Regime } from '../law/registry.js';
import type { ExposureEstimate } from './estimate.js';

/**
 * An estimateExposure result given back to the library (riskScore's `estimate`): its figures are
 * read again, so each is checked as one the library writes: plain decimal amounts of at most 40
 * characters, probabilities in [0, 1], finite non-negative rates and losses. A forged or corrupted
 * result (NaN, a negative or a 10 MB amount) is a ValidationError naming the field.
 */
export const amount = z
  .object({
    amount: z
      .string()
      .max(40)
      .regex(/^(0|[1-9]\d*)(\.\d+)?$/, 'a plain non-negative decimal, as the library writes it'),
    currency: z.string().length(3),
  })
  .loose();

const regime = z
  .object({
    // One of the registry's acts: a forged name ("__proto__") would otherwise reach a lookup.
    regime: z.enum(REGIMES as [Regime, ...Regime[]]),
    applies: z.boolean().nullable().optional(),
    scenario: z.unknown().optional(),
    // A step as the public functions give it (with its words) or as the engines record it (a trace):
    // the risk score reads its id and severity.
    steps: z
      .array(
        z
          .object({
            id: z.string().max(200),
            label: z.string().max(1000).optional(),
            severity: z.string().max(20).optional(),
          })
          .loose(),
      )
      .max(1000),
    legalMaximum: amount.nullable().optional(),
    frequency: z
      .object({
        probability: z.number().min(0).max(1),
        rate: z.number().min(0).max(1e6),
        expectedAnnualLoss: amount,
        expectedAnnualLossValue: z.number().min(0).max(1e15),
      })
      .loose()
      .nullable()
      .optional(),
    model: z
      .object({
        low: amount,
        likely: amount,
        high: amount,
        case: z.object({ logTurnover: z.number().min(-10).max(20).nullable() }).loose(),
      })
      .loose()
      .nullable()
      .optional(),
  })
  .loose();

export const estimateInputSchema = z
  .object({
    company: z.string().max(1000),
    asOf: z.string().max(10),
    profileKey: z.string().max(100),
    regimes: z.array(regime).max(50),
  })
  .loose()
  .transform((e) => e as unknown as ExposureEstimate);
