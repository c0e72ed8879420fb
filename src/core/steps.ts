import * as z from 'zod';
import type { Citation } from './citation.js';
import type { SerializedMoney } from './money.js';

/** What a step's value may be: a figure, a flag, a word, or an amount. */
export type StepValue = string | number | boolean | SerializedMoney | null;

/** One figure or fact a rule read: amounts as decimal strings, lists as arrays of words. */
export type StepInput = string | number | boolean | null | readonly string[];

/** The figures and facts a rule read, by name (frozen where the library builds them). */
export type StepInputs = Readonly<Record<string, StepInput>>;

/**
 * What a rule records when it decides (OpenFisca's tracer): which rule (`id`), what it read
 * (`inputs`), what it found (`value`), where the law says so (`citation`), and whether the reader
 * must know of an assumption (`severity: 'warning'`). No words: the engines record traces, and
 * `report/steps/` writes each rule's words from them, so that a result can be had without prose
 * and prose never restates a figure the trace holds.
 *
 * `id` names the rule that made the step, stable across releases and independent of the words:
 * `<act or engine>.<rule>` in lower case ("gdpr.art-3.territorial-scope", "legal-maximum.turnover-share",
 * "five-step.seriousness"), so that a test or a tool can find a step without reading its label.
 */
export interface Trace {
  readonly id: StepId;
  readonly value: StepValue;
  readonly citation?: Citation;
  /** `warning` marks an assumption or a fallback the reader must know about. */
  readonly severity?: 'info' | 'warning';
  readonly inputs?: StepInputs;
}

/**
 * One line of the explanation every result carries: what was determined, its value, and why. It
 * is a trace with its words (`label`, `rule`), rendered by `report/steps/` from the rule's words.
 */
export interface Step extends Trace {
  readonly label: string;
  /** The rule applied, in words. */
  readonly rule?: string;
}

/**
 * The words of one rule's steps, written once beside the rule's other words: its label, and the
 * rule as applied, each a fixed text or a function of the trace's inputs (and the trace).
 */
export interface StepWords {
  readonly label: string | ((inputs: StepInputs, trace: Trace) => string);
  readonly rule?: string | ((inputs: StepInputs, trace: Trace) => string | undefined);
  /**
   * The value as the reader sees it, where the rule records a figure and its inputs and the words
   * put them together ("2024 (ended 2024-12-31)", "12 to 48 EUR (likely 24)"): the trace keeps
   * the figure, the step shows the words.
   */
  readonly value?: (inputs: StepInputs, trace: Trace) => StepValue;
}

/** The words of a family of rules, by step id. */
export type StepWordBook = Readonly<Record<StepId, StepWords>>;

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
export function stepsKept<T extends Trace = Step>(explain: boolean, first: readonly T[] = []): T[] {
  if (explain) return [...first];
  const none: T[] = [];
  Object.defineProperty(none, 'push', { value: () => 0, enumerable: false });
  return none;
}
