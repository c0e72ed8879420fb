import type { StepWordBook } from '../../core/steps.js';

/** The words of the CRA's steps, by step id. */
export const CRA_WORDS: StepWordBook = /* @__PURE__ */ Object.freeze({
  'cra.steward': {
    label: 'Open-source software steward',
    rule: 'an infringement committed as open-source software steward cannot be fined (Art. 64(10)(b)); the maximum shown is for one committed in its other roles',
  },
  'cra.art-64-10-a': {
    label: 'Art. 64(10)(a)',
    rule: 'a micro or small manufacturer cannot be fined for a missed early-warning deadline; the profile does not establish the enterprise size, so the maximum is shown',
  },
  'cra.provision': {
    label: (i) => `${i.article} applies`,
    rule: (i) =>
      `${i.part} applies from ${i.from}, and the penalties of Art. 64 from 2027-12-11 (Art. 71(2))`,
  },
});
