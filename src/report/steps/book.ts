import type { StepWordBook } from '../../core/steps.js';
import { EU_SME_WORDS } from '../../law/eu-sme/words.js';
import { ACTS } from '../../law/registry.js';
import { UNION_WORDS } from '../../law/union/words.js';
import { COMPLIANCE_WORDS } from './compliance.js';
import { DEADLINE_WORDS } from './deadline.js';
import { EXPOSURE_WORDS } from './exposure.js';
import { FINE_WORDS } from './fines.js';
import { LEGAL_MAXIMUM_WORDS } from './legal-maximum.js';
import { METHOD_WORDS } from './methods.js';

/**
 * Every book of step words: the generic engines' (here, one file a family), the Union-wide rules'
 * and the enterprise size's (in their folders of `law/`), and each registered act's own
 * (`ActModule.stepWords`, in `law/<act>/words.ts`), so that an act brings its words with it.
 */
export const STEP_WORD_BOOKS: readonly StepWordBook[] = /* @__PURE__ */ Object.freeze([
  LEGAL_MAXIMUM_WORDS,
  FINE_WORDS,
  METHOD_WORDS,
  EXPOSURE_WORDS,
  COMPLIANCE_WORDS,
  DEADLINE_WORDS,
  UNION_WORDS,
  EU_SME_WORDS,
  ...ACTS.flatMap((a) => (a.stepWords === undefined ? [] : [a.stepWords])),
]);

/** The words of every step id, from all the books (the step-ids test checks no id is in two). */
export const STEP_WORDS: StepWordBook = /* @__PURE__ */ Object.freeze(Object.assign({}, ...STEP_WORD_BOOKS));
