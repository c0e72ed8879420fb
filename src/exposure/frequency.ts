import * as z from 'zod';
import { decimalSchema } from '../core/validation.js';
import type { Random } from './random.js';

/**
 * How often a scenario's fine comes in a year: at most once with an annual `probability`, or a
 * Poisson number of times with an annual `rate` (mean fines a year).
 */
/** The largest Poisson rate sampled (Knuth's method needs e^-rate far from underflow). */
export const MAX_POISSON_RATE = 50;

export const frequencySchema = /* @__PURE__ */ z.union([
  z
    .object({
      probability: decimalSchema({ min: 'zero' }).refine(
        (p) => p.lte(1),
        'an annual probability is at most 1',
      ),
    })
    .strict(),
  z
    .object({
      rate: decimalSchema({ min: 'zero' }).refine(
        (rate) => rate.lte(MAX_POISSON_RATE),
        `an annual rate is at most ${MAX_POISSON_RATE} fines a year`,
      ),
    })
    .strict(),
]);

export type Frequency = z.output<typeof frequencySchema>;

export function frequencySampler(frequency: Frequency): (random: Random) => number {
  if ('probability' in frequency) {
    const p = frequency.probability.toNumber();
    return (r) => (r.next() < p ? 1 : 0);
  }
  const limit = Math.exp(-frequency.rate.toNumber());
  // Knuth's multiplication method: the number of uniforms whose product stays above e^-rate.
  return (r) => {
    let count = 0;
    let product = r.next();
    while (product > limit) {
      count++;
      product *= r.next();
    }
    return count;
  };
}
