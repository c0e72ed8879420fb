import type { Citation } from '../../core/citation.js';
import type { IsoDate } from '../../core/dates.js';
import { deepFreeze } from '../../core/freeze.js';
import { type Band, band } from '../band.js';
import type { SizeBand } from '../five-step/method.js';

const URL =
  'https://www.edpb.europa.eu/system/files/documents/2023-06/edpb_guidelines_042022_calculationofadministrativefines_en.pdf';

/** A citation of EDPB Guidelines 04/2022 on the calculation of administrative fines under the GDPR, v2.1. */
export function edpb(provision: string, text?: string): Citation {
  return Object.freeze({
    instrument:
      'EDPB Guidelines 04/2022 on the calculation of administrative fines under the GDPR, version 2.1',
    provision,
    url: URL,
    ...(text ? { text } : {}),
  });
}

/** Version 2.1 was adopted on 24 May 2023 (corrected 29 June 2023) after the public consultation. */
export const EDPB_GUIDELINES = {
  id: 'EDPB 04/2022',
  version: '2.1',
  adopted: '2023-05-24' as IsoDate,
  citation: edpb('version 2.1, adopted 24 May 2023'),
} as const;

export type Seriousness = 'low' | 'medium' | 'high';

/**
 * Para. 60: the starting amount is a share of the applicable legal maximum by the seriousness of
 * the infringement: "between 0 and 10 %", "between 10 and 20 %", "between 20 and 100 %" of it.
 * The bands share their edges, so both edges are inclusive.
 */
export const SERIOUSNESS_BANDS: Readonly<Record<Seriousness, Band>> = {
  low: band('0', '10', true, true),
  medium: band('10', '20', true, true),
  high: band('20', '100', true, true),
};

export const SERIOUSNESS_CITATION = /* @__PURE__ */ edpb(
  'para. 60',
  'For infringements of a low level of seriousness, the starting amount is determined between 0 and 10 % of the applicable legal maximum; medium, between 10 and 20 %; high, between 20 and 100 %.',
);

/**
 * Para. 65: for undertakings with a turnover up to €500m, "supervisory authorities may consider
 * calculations on the basis of X % to Y % of the identified starting amount". The bands overlap on
 * purpose. "≤ €2m" is the text's own edge; the other upper edges are taken as inclusive in the same
 * way ("up to"), which the text read here does not settle.
 */
export const SIZE_BANDS: readonly SizeBand[] = [
  {
    turnover: band('0', '2000000', true, true),
    adjustment: band('0.2', '0.4', true, true),
    verified: true,
    source:
      'the guidelines PDF ("annual turnover of ≤ €2m", "between 0.2% and 0.4% of the identified starting amount"), as read by a third-party test suite; applied in APD (BE) 108/2024',
  },
  {
    turnover: band('2000000', '10000000', false, true),
    adjustment: band('0.3', '2', true, true),
    verified: false,
    source:
      'band edges in AT DSB 2024-0.641.771 ("a turnover of between EUR 2 million and EUR 10 million"); the 0.3–2 % could not be read in a published text here',
  },
  {
    turnover: band('10000000', '50000000', false, true),
    adjustment: band('1.5', '10', true, true),
    verified: true,
    source: 'UODO (PL) DKN.5131.29.2023 and other UODO decisions quoting para. 65',
  },
  {
    turnover: band('50000000', '100000000', false, true),
    adjustment: band('8', '20', true, true),
    verified: true,
    source: 'UODO (PL) DKN.5112.14.2022, DKN.5131.28.2023',
  },
  {
    turnover: band('100000000', '250000000', false, true),
    adjustment: band('15', '50', true, true),
    verified: true,
    source: 'UODO (PL) DKN.5112.35.2021',
  },
  {
    turnover: band('250000000', '500000000', false, true),
    adjustment: band('40', '100', true, true),
    verified: true,
    source: 'BVwG (AT) W256 2246230-1 (turnover €265,364,038: 40–100 %, 50 % chosen)',
  },
];

export const SIZE_CITATION = /* @__PURE__ */ edpb(
  'para. 65',
  'For undertakings with an annual turnover up to €500m, supervisory authorities may consider calculations on the basis of a percentage of the identified starting amount, by turnover band.',
);

/** Para. 66: above €500m there is no adjustment; the dynamic maximum already reflects the size. */
export const NO_SIZE_ADJUSTMENT_ABOVE = '500000000';
export const LARGE_UNDERTAKING_CITATION = /* @__PURE__ */ edpb(
  'para. 66',
  'For undertakings with an annual turnover above €500m, the size of the undertaking is already reflected in the dynamic legal maximum; no adjustment applies.',
);

export const STEP_CITATIONS = {
  conduct: edpb(
    'chapter 3',
    'Identify the processing operations and the sanctionable conduct; where the same or linked processing operations infringe several provisions, Art. 83(3) caps the total at the amount for the gravest infringement.',
  ),
  classification: edpb('chapter 4.1', 'Classification of the infringement under Art. 83(4), (5) or (6).'),
  circumstances: edpb(
    'chapter 5',
    'Aggravating and mitigating circumstances of Art. 83(2)(c)-(f) and (h)-(k); each circumstance is taken into account once only.',
  ),
  legalMaximum: edpb('chapter 6', 'The fine may not exceed the applicable legal maximum.'),
  effectiveness: edpb(
    'chapter 7, paras 137 and 139',
    'The fine must be effective, proportionate and dissuasive; the authority may adjust the amount accordingly.',
  ),
} as const;

// The tables above are the library's: frozen, so that no result sharing a part of them can change them.
deepFreeze(EDPB_GUIDELINES);
deepFreeze(SERIOUSNESS_BANDS);
deepFreeze(SIZE_BANDS);
deepFreeze(STEP_CITATIONS);
