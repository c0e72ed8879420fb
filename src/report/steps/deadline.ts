import type { StepWordBook } from '../../core/steps.js';

/** The words of the deadline and lateness steps, by step id. */
export const DEADLINE_WORDS: StepWordBook = /* @__PURE__ */ Object.freeze({
  'deadline.time-limit': {
    label: 'Time limit',
    value: (i, t) => `${t.value} ${i.unit}`,
    rule: (i) => `${i.timeLimit}: ${i.duty}, counted from ${i.from}`,
  },
  'deadline.lateness': {
    label: (i) => (i.late === true ? 'Late' : 'In time'),
    rule: (i) => {
      // A period in hours ends at a moment (`endsAt`); any other at the end of its last day.
      if (i.endsAt !== null)
        return i.late === true
          ? `after the period expired at ${i.endsAt}`
          : `by ${i.endsAt}, when the period expired`;
      return i.late === true
        ? `after ${i.lastDay}, the last day of the period`
        : `on or before ${i.lastDay}, the last day of the period`;
    },
  },
});
