import type { StepWordBook } from '../../core/steps.js';

/** The words of the gap analysis, by step id. */
export const COMPLIANCE_WORDS: StepWordBook = /* @__PURE__ */ Object.freeze({
  'gap-analysis.legal-maximum': {
    label: (i) => `Legal maximum, ${i.provision}`,
    rule: (i) =>
      i.outcome === 'refused'
        ? String(i.reason)
        : `for this company on ${i.asOf}${i.note ? ` (${i.note})` : ''}`,
  },
  'gap-analysis.gaps': {
    label: 'Gaps',
    rule: (i) =>
      `of ${i.applicable} obligations that apply on ${i.asOf}: ${i.met} met, ${i.partlyMet} partly met, ${i.notMet} not met, ${i.unknown} unknown${i.postureGiven ? '' : ' (the profile carries no posture)'}; ranked by the legal maximum their breach exposes, then not met before partly met before unknown`,
  },
});
