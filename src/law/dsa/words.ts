import type { StepInputs, StepWordBook } from '../../core/steps.js';
import { VLOP_THRESHOLD } from './regulation.js';

/**
 * Why a micro or small enterprise exclusion holds or not, from its step's inputs (also the reason
 * an excluded duty gives).
 */
export function microSmallExclusionRule(i: StepInputs): string {
  switch (i.outcome) {
    case 'very-large':
      return 'never for a very large online platform';
    case 'size-unknown':
      return 'the enterprise size is unknown (no headcount in the profile): the exclusion is not assumed';
    case 'continued':
      return `ceased to qualify as a small enterprise on ${i.ceased}; the exclusion runs for ${i.months} months, until ${i.until}`;
    case 'continuation-ended':
      return `ceased to qualify as a small enterprise on ${i.ceased}; the ${i.months} months of continued exclusion ended on ${i.until}`;
    default:
      return `a ${i.category} enterprise`;
  }
}

/** The words of the DSA's steps, by step id. */
export const DSA_WORDS: StepWordBook = /* @__PURE__ */ Object.freeze({
  'dsa.art-33.recipients': {
    label: (i) => `${i.service}: average monthly active recipients in the Union`,
    rule: (i) =>
      typeof i.recipients !== 'number'
        ? 'the profile gives no figure (Art. 24(2))'
        : `${i.recipients.toLocaleString('en')} is ${i.recipients >= VLOP_THRESHOLD ? 'at or above' : 'below'} the threshold of 45 million`,
  },
  'dsa.art-33.very-large': {
    label: (i) => `${i.service}: very large online ${i.searchEngine ? 'search engine' : 'platform'}`,
    rule: (i, t) =>
      i.notified !== null
        ? `designated; the designation was notified on ${i.notified}, so Section 5 applies from ${i.section5From}${t.value ? '' : `, after ${i.asOf}`}`
        : i.meetsThreshold
          ? 'the threshold is met but the Commission has not designated the service: the duties of Section 5 apply only from four months after a designation is notified'
          : 'not designated',
  },
  'dsa.vlop-provision': {
    label: (i) => `${i.article}: a designated very large online platform or search engine`,
    rule: 'the Commission has the powers to supervise and enforce every obligation of the Regulation against such a provider (Art. 56(3)) and fines it under Art. 74(1); a Digital Services Coordinator may instead apply the national penalties of Art. 52(3) only while the Commission has not initiated proceedings for the same infringement (Art. 56(4))',
  },
  'dsa.micro-small-exclusion': {
    label: (i) => `Micro or small enterprise exclusion (${i.exclusion})`,
    rule: microSmallExclusionRule,
  },
});
