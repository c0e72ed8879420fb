// The report layer writes the words of every step (issue 17): the engines record traces (rule id,
// inputs, value, citation); here each trace gets the label and rule its rule's words give.
import { weakMemo } from '../../core/memo.js';
import { STEP_ID, type Step, type StepInputs, type StepWords, type Trace } from '../../core/steps.js';
import { STEP_WORDS } from './book.js';

const NO_INPUTS: StepInputs = /* @__PURE__ */ Object.freeze({});

/** The words of a rule, or `undefined` for an id no book holds. */
export function wordsFor(id: string): StepWords | undefined {
  return Object.hasOwn(STEP_WORDS, id) ? STEP_WORDS[id as keyof typeof STEP_WORDS] : undefined;
}

/**
 * A trace with its words: the label and rule of its rule's words, the figures as recorded. A step
 * that already has its words (one read back from a result) is returned as it is. A trace whose id
 * no book holds is labelled by its id (the step-ids test keeps every id in a book).
 */
export function stepOf(trace: Trace | Step): Step {
  if ('label' in trace) return trace;
  return Object.isFrozen(trace) ? renderedStep(trace) : renderStep(trace);
}

/** A trace with its words, the label and rule of its rule's words. */
function renderStep(trace: Trace): Step {
  const words = wordsFor(trace.id);
  const inputs = trace.inputs ?? NO_INPUTS;
  const label =
    words === undefined
      ? trace.id
      : typeof words.label === 'string'
        ? words.label
        : words.label(inputs, trace);
  const rule =
    words?.rule === undefined
      ? undefined
      : typeof words.rule === 'string'
        ? words.rule
        : words.rule(inputs, trace);
  return Object.freeze({
    id: trace.id,
    label,
    value: words?.value === undefined ? trace.value : words.value(inputs, trace),
    ...(rule === undefined ? {} : { rule }),
    ...(trace.citation === undefined ? {} : { citation: trace.citation }),
    ...(trace.severity === undefined ? {} : { severity: trace.severity }),
    ...(trace.inputs === undefined ? {} : { inputs: trace.inputs }),
  });
}

/**
 * Remembered per frozen trace: such a trace is shared between results (a remembered rule's step),
 * and its words are written once.
 */
const renderedStep = /* @__PURE__ */ weakMemo(renderStep);

/** Steps with their words. */
export function stepsOf(steps: readonly (Trace | Step)[]): Step[] {
  return steps.map(stepOf);
}

const TRACE_KEYS = new Set(['id', 'value', 'citation', 'severity', 'inputs']);

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A trace as results hold it: a plain object of a step id, a value and nothing but a trace's fields. */
function isTrace(value: object): value is Trace {
  const record = value as Record<string, unknown>;
  if (typeof record.id !== 'string' || !Object.hasOwn(value, 'value') || !STEP_ID.test(record.id))
    return false;
  for (const key of Object.keys(value)) if (!TRACE_KEYS.has(key)) return false;
  return true;
}

/** A result as the public entry points return it: every trace in it a `Step` with its words. */
export type Explained<T> = T extends Trace
  ? Step
  : T extends string | number | boolean | bigint | symbol | null | undefined
    ? T
    : T extends (...args: never[]) => unknown
      ? T
      : T extends readonly (infer U)[]
        ? T extends unknown[]
          ? Explained<U>[]
          : readonly Explained<U>[]
        : T extends object
          ? { [K in keyof T]: Explained<T[K]> }
          : T;

// Results are trees of plain objects and arrays (each serialises to JSON), so the walk ends.
function explained(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item = explained(value[i]);
      if (item !== value[i]) {
        copy ??= value.slice();
        copy[i] = item;
      }
    }
    return copy ?? value;
  }
  if (!isPlain(value)) return value;
  if (isTrace(value)) return stepOf(value);
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(value)) {
    const field = (value as Record<string, unknown>)[key];
    const rendered = explained(field);
    if (rendered !== field) {
      copy ??= { ...(value as Record<string, unknown>) };
      copy[key] = rendered;
    }
  }
  return copy ?? value;
}

/**
 * A result with its words: each trace in it (at any depth) becomes a `Step` with its label and
 * rule. Parts that hold no trace are the same objects; a part that holds one is copied, never
 * changed, so that a cached or frozen part of a result stays as it was.
 */
export function withWords<T>(result: T): Explained<T> {
  return explained(result) as Explained<T>;
}
