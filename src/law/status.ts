import table from '../../fixtures/fx/ecb-euro-reference-rates.json';
import type { IsoDate } from '../core/dates.js';
import { AI_ACT_AMENDMENT } from './ai-act/regulation.js';
import { US_PER_VIOLATION_PROVISIONS } from './us/penalties.js';

/**
 * Which text of each act the library read, when it was last checked, how far its dated parameters
 * reach, and what is known to be pending — in OpenFisca's spirit (`last_value_still_valid_on`): a
 * figure for a date after `checkedOn` may miss an amendment adopted since.
 */
export interface ActStatus {
  readonly act: string;
  /** The text read: the Official Journal act or its consolidated version (CELEX, URL). */
  readonly textRead: { readonly title: string; readonly celex: string | null; readonly url: string };
  /** The last day the rules were checked against that text. */
  readonly checkedOn: IsoDate;
  /** The last date the act's dated data cover, where it has data beyond its rules (rates, adjustments). */
  readonly dataCoverUntil: IsoDate | null;
  /** Known changes and checks not yet encoded or verified. */
  readonly pending: readonly string[];
}

const LAST_REVIEW: IsoDate = '2026-12-01';

const fxUntil = `${table.annualAverage.coverage.latestYear}-12-31` as IsoDate;
const usUntil = US_PER_VIOLATION_PROVISIONS.map((p) => p.checkedUntil).sort()[0] as IsoDate;

export const LAW_STATUS: readonly ActStatus[] = Object.freeze([
  {
    act: 'GDPR',
    textRead: {
      title: 'Regulation (EU) 2016/679, with the corrigendum of 23 May 2018 (not amended since)',
      celex: '32016R0679',
      url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    },
    checkedOn: LAST_REVIEW,
    dataCoverUntil: fxUntil,
    pending: [
      'The Commission proposals to amend the GDPR (small mid-caps, COM(2025) 501; the Digital Omnibus, COM(2025) 837) are not law and are not encoded.',
    ],
  },
  {
    act: 'UK GDPR',
    textRead: {
      title: 'UK GDPR and Data Protection Act 2018, s.155-157 (legislation.gov.uk)',
      celex: null,
      url: 'https://www.legislation.gov.uk/ukpga/2018/12/section/157',
    },
    checkedOn: LAST_REVIEW,
    dataCoverUntil: fxUntil,
    pending: [
      'The Data (Use and Access) Act 2025 amends the UK GDPR and the Data Protection Act 2018 by commencement regulations; its changes are not encoded.',
    ],
  },
  {
    act: 'FR LIL',
    textRead: {
      title: 'Loi n° 78-17 du 6 janvier 1978, as amended by loi n° 2022-52 (Légifrance)',
      celex: null,
      url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000886460',
    },
    checkedOn: LAST_REVIEW,
    dataCoverUntil: null,
    pending: [],
  },
  {
    act: 'DSA',
    textRead: {
      title: 'Regulation (EU) 2022/2065 (not amended)',
      celex: '32022R2065',
      url: 'https://eur-lex.europa.eu/eli/reg/2022/2065/oj',
    },
    checkedOn: LAST_REVIEW,
    dataCoverUntil: null,
    pending: [],
  },
  {
    act: 'DMA',
    textRead: {
      title: 'Regulation (EU) 2022/1925 (not amended)',
      celex: '32022R1925',
      url: 'https://eur-lex.europa.eu/eli/reg/2022/1925/oj',
    },
    checkedOn: LAST_REVIEW,
    dataCoverUntil: null,
    pending: [],
  },
  {
    act: 'AI Act',
    textRead: {
      title:
        'Regulation (EU) 2024/1689 as adopted, and Regulation (EU) 2026/1744 as reported in a consolidated reading',
      celex: '32024R1689',
      url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
    },
    checkedOn: LAST_REVIEW,
    dataCoverUntil: null,
    pending: [
      `Regulation (EU) 2026/1744 (OJ L of ${AI_ACT_AMENDMENT.published}, in force ${AI_ACT_AMENDMENT.entryIntoForce}): its dates, Art. 99(6a) and Art. 25(2), (4) in Art. 99(4) are encoded but not yet read in the Official Journal (verified: false).`,
      'Recommendation (EU) 2025/1099 (small mid-caps): the ceilings are encoded, the Annex wording on consecutive periods was not read.',
      'The duties of operators under the AI Act (Arts 16, 26, 50 ...) are fined here; they are not yet listed by obligationsFor.',
    ],
  },
  {
    act: 'NIS2',
    textRead: {
      title: 'Directive (EU) 2022/2555 (minimum maxima; the fines come from national law)',
      celex: '32022L2555',
      url: 'https://eur-lex.europa.eu/eli/dir/2022/2555/oj',
    },
    checkedOn: LAST_REVIEW,
    dataCoverUntil: null,
    pending: [
      'National transposition laws (their own maxima, above the Directive’s floors) are not encoded.',
      'DORA, Regulation (EU) 2022/2554, displaces NIS2 for financial entities from 17 January 2025: its Art. 2 list and Art. 64 are encoded from the Official Journal wording as known; the EUR-Lex text was not re-read in this review.',
    ],
  },
  {
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
  },
] satisfies ActStatus[]);

/** The status of every act the library models: what was read, when checked, what is pending. */
export function lawStatus(): { readonly checkedOn: IsoDate; readonly acts: readonly ActStatus[] } {
  return { checkedOn: LAST_REVIEW, acts: LAW_STATUS };
}

/** The date after which a result may miss a later amendment: the last review. */
export const LAW_CHECKED_ON = LAST_REVIEW;
