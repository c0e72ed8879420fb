import type { Citation } from '../../core/citation.js';
import type { IsoDate } from '../../core/dates.js';
import { deepFreeze } from '../../core/freeze.js';
import { type Band, band } from '../band.js';
import type { SizeBand } from '../five-step/method.js';

const URL =
  'https://ico.org.uk/about-the-ico/our-information/policies-and-procedures/data-protection-fining-guidance/';
/** The ICO's monetary penalty notice to DPP Law Ltd (April 2025), on ico.org.uk. */
const DPP_LAW_URL = 'https://ico.org.uk/media2/pr4bg5hq/dpp-law-ltd-monetary-penalty-notice.pdf';

/** A citation of the ICO's data protection fining guidance (published 18 March 2024). */
export function ico(provision: string, text?: string): Citation {
  return Object.freeze({
    instrument: 'Information Commissioner’s Office, Data protection fining guidance (March 2024)',
    provision,
    url: URL,
    ...(text ? { text } : {}),
  });
}

/** The DPP Law Ltd penalty notice of 14 April 2025, which applies and quotes the guidance. */
export function dppLawNotice(paragraph: string, text: string): Citation {
  return Object.freeze({
    instrument: 'ICO, Penalty Notice, DPP Law Ltd, 14 April 2025',
    provision: paragraph,
    url: DPP_LAW_URL,
    text,
  });
}

export const ICO_GUIDANCE = {
  id: 'ICO 2024',
  version: 'March 2024',
  published: '2024-03-18' as IsoDate,
} as const;

export type IcoSeriousness = 'lower' | 'medium' | 'high';

/**
 * Step 1: the starting point is a share of the statutory maximum by the seriousness of the
 * infringement: lower 0–10 %, medium 10–20 %, high 20–100 %. Read here for the medium band in the
 * DPP Law notice (para. 140: "between 10% and 20% of the relevant legal maximum"); the lower and
 * high bands from the guidance as summarised by practitioners and applied in ICO notices.
 */
export const ICO_SERIOUSNESS_BANDS: Readonly<Record<IcoSeriousness, Band>> = {
  lower: band('0', '10', true, true),
  medium: band('10', '20', true, true),
  high: band('20', '100', true, true),
};

export const ICO_SERIOUSNESS_CITATION = /* @__PURE__ */ ico(
  'paras 109 to 115 (Step 1)',
  'The Commissioner categorises the infringement according to its degree of seriousness and then chooses a starting point based on a percentage of the relevant applicable statutory maximum: lower 0–10 %, medium 10–20 %, high 20–100 %.',
);

const DRAFT =
  'the ICO’s draft fining guidance (2023), Table C, read; the final guidance (its Table B, "Ranges for adjustment based on the turnover of the undertaking", 23andMe notice fn. 330) is taken to keep it, but the row was not read in it nor in any penalty notice (December 2026 review)';

/**
 * Step 2: for an undertaking, the starting point is adjusted by its turnover, in bands that do not
 * overlap (unlike the EDPB's). The table stops where the statutory maximum becomes turnover-based:
 * £435m for the standard maximum (2 % of £435m = £8.7m) and £437.5m for the higher (4 % of
 * £437.5m = £17.5m); the last row is taken to run to £437.5m.
 */
export const ICO_SIZE_BANDS: readonly SizeBand[] = [
  {
    turnover: band('0', '2000000', true, true),
    adjustment: band('0.2', '0.4', true, true),
    verified: true,
    source:
      'Birthlink penalty notice (2025), para. 190: "a micro-enterprise with an annual turnover of up to £2 million … an adjustment factor of between 0.2% and 0.4%" (final guidance, Table B)',
  },
  {
    turnover: band('2000000', '10000000', false, true),
    adjustment: band('0.4', '2', true, true),
    verified: true,
    source:
      'DPP Law penalty notice, para. 147: "an undertaking with an annual turnover of between £2 million and £10 million … an adjustment factor of 0.4% to 2%"',
  },
  {
    turnover: band('10000000', '50000000', false, true),
    adjustment: band('2', '10', true, true),
    verified: false,
    source: DRAFT,
  },
  {
    turnover: band('50000000', '100000000', false, true),
    adjustment: band('10', '20', true, true),
    verified: false,
    source: DRAFT,
  },
  {
    turnover: band('100000000', '250000000', false, true),
    adjustment: band('20', '50', true, true),
    verified: true,
    source:
      '23andMe penalty notice (June 2025), paras 388 and 390: "the range of adjustment based on the turnover of the undertaking is between 20% and 50%", "the applicable range (£100 million to £250 million)" (final guidance, Table B)',
  },
  {
    turnover: band('250000000', '437500000', false, true),
    adjustment: band('50', '100', true, true),
    verified: false,
    source: `${DRAFT}; the draft's row ends at £435m (standard maximum), the edge for the higher maximum is not confirmed`,
  },
];

export const ICO_SIZE_CITATION = /* @__PURE__ */ ico(
  'Step 2: accounting for turnover',
  'Where the recipient is an undertaking, the Commissioner may adjust the starting point by reference to its turnover; the adjustment is discretionary.',
);

export const ICO_TURNOVER_BASED_CITATION = /* @__PURE__ */ ico(
  'Step 3: calculation of the starting point',
  'Where the statutory maximum is turnover-based, the starting point is the turnover × the percentage maximum × the seriousness percentage, with no further adjustment; otherwise the fixed maximum × the seriousness percentage × the turnover adjustment.',
);

export const ICO_STEP_CITATIONS = {
  conduct: dppLawNotice(
    'paras 136 to 138',
    'Infringements in the same or linked processing operations: a single penalty within the maximum for the gravest infringement (Art. 83(3) UK GDPR).',
  ),
  circumstances: ico(
    'Step 4',
    'Adjustment to take into account any aggravating or mitigating factors of Art. 83(2)(c)–(f) and (h)–(k) UK GDPR; a factor counted in the seriousness is not counted again (DPP Law notice, para. 154).',
  ),
  legalMaximum: ico('Statutory maximum', 'The fine may not exceed the statutory maximum (s.157 DPA 2018).'),
  final: ico(
    'Step 5',
    'Assessment of whether the fine is effective, proportionate and dissuasive; the Commissioner may raise or lower the amount.',
  ),
} as const;

// The tables above are the library's: frozen, so that no result sharing a part of them can change them.
deepFreeze(ICO_GUIDANCE);
deepFreeze(ICO_SERIOUSNESS_BANDS);
deepFreeze(ICO_SIZE_BANDS);
deepFreeze(ICO_STEP_CITATIONS);
