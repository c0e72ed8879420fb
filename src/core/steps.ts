import * as z from 'zod';
import type { Citation } from './citation.js';
import type { SerializedMoney } from './money.js';

/**
 * One line of the explanation every result carries: what was determined, its value, and why.
 *
 * `id` names the rule that made the step, stable across releases and independent of the words:
 * `<act or engine>.<rule>` in lower case ("gdpr.art-3.territorial-scope", "legal-maximum.turnover-share",
 * "five-step.seriousness"), so that a test or a tool can find a step without reading its label.
 * `inputs`, where given, are the figures the rule read (amounts as decimal strings).
 */
export interface Step {
  readonly id: StepId;
  readonly label: string;
  readonly value: string | number | boolean | SerializedMoney | null;
  /** The rule applied, in words. */
  readonly rule?: string;
  readonly citation?: Citation;
  /** `warning` marks an assumption or a fallback the reader must know about. */
  readonly severity?: 'info' | 'warning';
  readonly inputs?: Readonly<Record<string, string | number | boolean | null>>;
}

/** A rule's id: lower-case words joined by `-`, in two or more parts joined by `.`. */
export type StepId = `${string}.${string}`;

/** The pattern every step id follows (checked on every result in the tests). */
export const STEP_ID = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+$/;

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
