import type { StepWordBook } from '../../core/steps.js';

/** The words of the AI Act's steps, by step id. */
export const AI_ACT_WORDS: StepWordBook = /* @__PURE__ */ Object.freeze({
  'ai-act.art-50-2.systems-on-market': {
    label: 'Art. 50(2): systems already on the market',
    rule: 'for a system generating synthetic content placed on the market before 2 August 2026, the marking duty of Art. 50(2) applies only from 2 December 2026 (Art. 111(4), inserted by Regulation (EU) 2026/1744)',
  },
  'ai-act.provision': {
    label: (i) => `${i.article} applies`,
    rule: (i) =>
      `${i.part} applies from ${i.from} (Art. 113 ${i.version})${i.annexAssumed ? '; the date read is the earlier one, for Annex III systems: pass highRiskAnnex: "I" for a product of Annex I, whose date is 2 August 2028' : ''}`,
  },
});
