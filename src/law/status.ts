import type { IsoDate } from '../core/dates.js';
import type { ActStatus } from './act-module.js';
import { ACTS } from './registry.js';
import { LAST_REVIEW } from './review.js';
import { US_PER_VIOLATION_PROVISIONS } from './us/penalties.js';

export type { ActStatus };

const usUntil = /* @__PURE__ */ US_PER_VIOLATION_PROVISIONS.map((p) => p.checkedUntil).sort()[0] as IsoDate;

/** The US penalties are data beside the acts (per-violation amounts), not an act of the registry. */
const US_STATUS: ActStatus = {
  act: 'US (FTC Act, CCPA)',
  textRead: {
    title: '16 CFR 1.98 (Federal Register adjustments) and Cal. Civ. Code §1798.155',
    celex: null,
    url: 'https://www.ecfr.gov/current/title-16/chapter-I/subchapter-A/part-1/subpart-L/section-1.98',
  },
  checkedOn: LAST_REVIEW,
  dataCoverUntil: usUntil,
  pending: [
    'No FTC adjustment for 2026 was found; several amounts rest on the FTC’s releases rather than the FR text (each version says which).',
  ],
};

/** Every act's status, in the registry's order, and the US penalties' last. */
export const LAW_STATUS: readonly ActStatus[] = /* @__PURE__ */ Object.freeze([
  ...ACTS.map((a) => a.status),
  US_STATUS,
]);

/** The status of every act the library models: what was read, when checked, what is pending. */
export function lawStatus(): { readonly checkedOn: IsoDate; readonly acts: readonly ActStatus[] } {
  return { checkedOn: LAST_REVIEW, acts: LAW_STATUS };
}

/** The date after which a result may miss a later amendment: the last review. */
export const LAW_CHECKED_ON = LAST_REVIEW;
