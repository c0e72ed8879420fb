import * as z from 'zod';
import type { Citation } from './citation.js';
import type { SerializedMoney } from './money.js';

/** One line of the explanation every result carries: what was determined, its value, and why. */
export interface Step {
  readonly label: string;
  readonly value: string | number | boolean | SerializedMoney | null;
  /** The rule applied, in words. */
  readonly rule?: string;
  readonly citation?: Citation;
  /** `warning` marks an assumption or a fallback the reader must know about. */
  readonly severity?: 'info' | 'warning';
}

/**
 * The `explain` option of the estimate, the risk score and the gap analysis: `false` returns the
 * figures alone, every `steps` list empty (a kept result is then a few kilobytes, and a supplier
 * base is scored without writing prose no one reads). The figures are the same either way.
 */
export const explainOption = z
  .boolean()
  .default(true)
  .describe('false: the figures without their explanation steps');

/**
 * A list of steps that keeps none, for a result asked for with `explain: false`. Its `push` is
 * not enumerable, so the list the result carries reads, compares and serialises as `[]`.
 */
export function stepsKept(explain: boolean, first: readonly Step[] = []): Step[] {
  if (explain) return [...first];
  const none: Step[] = [];
  Object.defineProperty(none, 'push', { value: () => 0, enumerable: false });
  return none;
}
