import { groupDigits } from '../../core/group-digits.js';
import type { StepInputs, StepWordBook } from '../../core/steps.js';
import {
  BUSINESS_USERS_THRESHOLD,
  END_USERS_THRESHOLD,
  MARKET_CAP_THRESHOLD,
  MEMBER_STATES_THRESHOLD,
  UNION_TURNOVER_THRESHOLD,
} from './regulation.js';

/** A threshold as the steps write it, digits grouped by spaces: "7 500 000 000". */
const spaced = (n: string | number) => groupDigits(n).replaceAll(',', ' ');

/** An amount against an Art. 3(2)(a) threshold: "at or above EUR 7 500 000 000". */
const againstThreshold = (i: StepInputs) =>
  `${i.atOrAbove ? 'at or above' : 'below'} EUR ${spaced(i.threshold as string)}`;

/** The words of the DMA's steps, by step id. */
export const DMA_WORDS: StepWordBook = /* @__PURE__ */ Object.freeze({
  'dma.art-3-2-a.union-turnover': {
    label: (i) => `Annual Union turnover, financial year ${i.year}`,
    rule: againstThreshold,
  },
  'dma.art-3-2-a.market-capitalisation': {
    label: (i) => `Average market capitalisation, financial year ${i.year}`,
    rule: againstThreshold,
  },
  'dma.art-3-2-b.users': {
    label: (i) => `${i.service} (${i.corePlatformService}): users in financial year ${i.year ?? '?'}`,
    rule: (_, t) =>
      t.value === null
        ? 'the profile gives no DMA user figures for that year'
        : `${t.value ? 'at least' : 'not both of'} ${spaced(END_USERS_THRESHOLD)} monthly active end users and ${spaced(BUSINESS_USERS_THRESHOLD)} yearly active business users in the Union`,
  },
  'dma.art-3-2-c.users-three-years': {
    label: (i) =>
      `${i.service}: the same thresholds in each of financial years ${(i.years as readonly string[]).join(', ')}`,
    rule: (i) => (i.complete ? 'Art. 3(2)(c)' : 'fewer than three closed financial years in the profile'),
  },
  'dma.art-3-9.designated': {
    label: (i) => `${i.service}: designated`,
    rule: (i) =>
      `listed in the designation decision of ${i.designated}; the six months to comply with Arts 5, 6 and 7 end on ${i.obligationsFrom}`,
  },
  'dma.art-3-2-a.size': {
    label: 'Art. 3(2)(a): size',
    rule: `Union turnover of EUR ${spaced(UNION_TURNOVER_THRESHOLD)} in each of the last three financial years, or EUR ${spaced(MARKET_CAP_THRESHOLD)} of average market capitalisation in the last one, and the same core platform service in at least ${MEMBER_STATES_THRESHOLD} Member States`,
  },
  'dma.art-3-2-b.gateway': {
    label: 'Art. 3(2)(b): gateway',
    rule: 'a core platform service with the user thresholds in the last financial year',
  },
  'dma.art-3-2-c.entrenched': {
    label: 'Art. 3(2)(c): entrenched position',
    rule: 'the user thresholds met in each of the last three financial years',
  },
  'dma.art-3-2.presumed': {
    label: 'Presumed gatekeeper',
    rule: (_, t) =>
      t.value === null
        ? 'the profile lacks figures to decide every limb'
        : t.value
          ? 'all three limbs met: the undertaking must notify the Commission within two months (Art. 3(3)); designation is the Commission’s'
          : 'not all limbs met',
  },
  'dma.art-18.systematic-non-compliance': {
    label: 'Systematic non-compliance (Art. 18)',
    rule: (i) =>
      `${i.decisions} DMA non-compliance decision${i.decisions === 1 ? '' : 's'} from ${i.from} to the day before ${i.asOf}; three or more open the way to a market investigation and further remedies`,
  },
  'dma.art-30-2.repeat': {
    label: (i) => `Repeat infringement of ${i.article}`,
    rule: (i) =>
      `a non-compliance decision of ${i.decided}${i.decision ? ` (${i.decision})` : ''} found the same infringement within the 8 years before ${i.asOf}: up to 20 %`,
  },
});
