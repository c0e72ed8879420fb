import type { StepWordBook } from '../../core/steps.js';

/** The words of the GDPR's steps, by step id. */
export const GDPR_WORDS: StepWordBook = /* @__PURE__ */ Object.freeze({
  'gdpr.duties.no-role': {
    label: 'GDPR duties',
    rule: 'the profile names no role (controller or processor, Art. 4(7)-(8)): no GDPR duty is assessed',
  },
  'gdpr.art-3.territorial-scope': {
    label: 'GDPR territorial scope',
    rule: (i) => i.reason as string,
  },
  'gdpr.duties': {
    label: 'GDPR duties',
    rule: (i) =>
      `of ${i.count} duties of Arts 5 to 49 borne by a ${(i.roles as readonly string[]).join(' and ')}, from ${i.from}`,
  },
});
