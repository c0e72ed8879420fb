import { z } from 'zod';
import { severitySchema } from './distributions.js';
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
    severity: severitySchema,
  })
  .strict();

export type SimulationScenario = z.output<typeof simulationScenarioSchema>;
