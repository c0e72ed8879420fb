import * as z from 'zod';
import { checkSeverity, severityOptions } from './distributions.js';
import { estimatedSeveritySchema } from './estimated-severity.js';
import { frequencySchema } from './frequency.js';

/**
 * One way a company could be fined, for simulation: the provision whose maximum caps each fine
 * ("GDPR 83(5)"), how often a fine comes, and how large it is before the cap.
 */
export const simulationScenarioSchema = z
  .object({
    id: z.string().trim().min(1, 'must not be empty').max(100),
    provision: z.string().trim().min(1, 'must not be empty').max(100),
    frequency: frequencySchema,
    /** A distribution, or `{ kind: 'estimate', source, regime, articles }` from the company's estimate. */
    severity: z
      .discriminatedUnion('kind', [...severityOptions, estimatedSeveritySchema])
      .superRefine((s, ctx) => {
        if (s.kind !== 'estimate') checkSeverity(s, ctx);
      }),
  })
  .strict();

export type SimulationScenario = z.output<typeof simulationScenarioSchema>;
