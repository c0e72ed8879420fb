import type { Citation } from '../../core/citation.js';
import type { IsoDate } from '../../core/dates.js';
import { deepFreeze } from '../../core/freeze.js';
import { type Band, band } from '../band.js';

const URL = 'https://zoek.officielebekendmakingen.nl/stcrt-2019-14586.html';

/** A citation of the Dutch AP's fining policy rules 2019 (Staatscourant 2019, 14586). */
export function ap(provision: string, text?: string): Citation {
  return Object.freeze({
    instrument:
      'Beleidsregels van de Autoriteit Persoonsgegevens van 19 februari 2019 met betrekking tot het bepalen van de hoogte van bestuurlijke boetes (Boetebeleidsregels Autoriteit Persoonsgegevens 2019), Stcrt. 2019, 14586',
    provision,
    url: URL,
    ...(text ? { text } : {}),
  });
}

/** Adopted 19 February 2019, published 14 March 2019, in force 15 March 2019. */
export const AP_RULES = {
  id: 'AP Boetebeleidsregels 2019',
  adopted: '2019-02-19' as IsoDate,
  inForce: '2019-03-15' as IsoDate,
  citation: ap(
    'title and entry into force',
    'Adopted 19 February 2019; published in the Staatscourant of 14 March 2019; applied from 15 March 2019.',
  ),
} as const;

export type ApCategory = 'I' | 'II' | 'III' | 'IV';
export const AP_CATEGORIES: readonly ApCategory[] = ['I', 'II', 'III', 'IV'];

export interface ApCategoryBand {
  readonly category: ApCategory;
  /** The fine bandwidth (boetebandbreedte), in euros. */
  readonly band: Band;
  /** The basic fine (basisboete), the neutral starting point of Art. 6. */
  readonly basicFine: string;
}

/**
 * Art. 2.3 (and 3.3): the categories, their bandwidths and basic fines, as quoted in AP decisions
 * (Booking.com, Haga, KNLTB and others) and practitioners' summaries of the rules.
 */
export const AP_CATEGORY_BANDS: Readonly<Record<ApCategory, ApCategoryBand>> = {
  I: { category: 'I', band: band('0', '200000', true, true), basicFine: '100000' },
  II: { category: 'II', band: band('120000', '500000', true, true), basicFine: '310000' },
  III: { category: 'III', band: band('300000', '750000', true, true), basicFine: '525000' },
  IV: { category: 'IV', band: band('450000', '1000000', true, true), basicFine: '725000' },
};

export const AP_BANDS_CITATION = /* @__PURE__ */ ap(
  'Art. 2.3',
  'Categorie I: € 0 tot € 200.000, basisboete € 100.000; categorie II: € 120.000 tot € 500.000, basisboete € 310.000; categorie III: € 300.000 tot € 750.000, basisboete € 525.000; categorie IV: € 450.000 tot € 1.000.000, basisboete € 725.000.',
);

/**
 * The article → category classifications of Annexes 1 (Art. 83(4) GDPR: categories I–III) and 2
 * (Art. 83(5)-(6): categories I–IV) that AP decisions confirm. Every other article's category must
 * be given by the caller: the annexes were not read here in full (the Staatscourant text is stored
 * only in part; December 2026 review). Art. 32 is classified as a whole ("In Annex 1, Article 32 of
 * the GDPR is classified in category II": Haga, OLVG), so "32" and "32(1)" read the same.
 * Annex 2 holds the Art. 83(5)-(6) provisions, not the UAVG's: the AP's decisions say so.
 */
export const AP_CONFIRMED_CATEGORIES: Readonly<Record<string, { category: ApCategory; source: string }>> = {
  '6': { category: 'III', source: 'Annex 2, applied in AP decisions (e.g. Kruidvat, z-2021-14274)' },
  '9': { category: 'IV', source: 'Annex 2, applied in AP decisions' },
  '12(1)': { category: 'III', source: 'Annex 2, applied in an AP decision (one machine-translated source)' },
  '27(1)': { category: 'III', source: 'Annex 1, applied in AP decisions' },
  '32': {
    category: 'II',
    source:
      'Annex 1, the article as a whole, as AP decisions state it (Haga, OLVG 26 November 2020, CP&A for Art. 32(1))',
  },
  '33(1)': { category: 'III', source: 'Annex 1, applied in AP decisions (e.g. Booking.com)' },
  '35(1)': { category: 'II', source: 'Annex 1, applied in AP decisions' },
};

export const AP_CITATIONS = {
  annexes: ap(
    'Art. 2.1, 2.2 and Annexes 1 and 2',
    'Provisions fined under Art. 83(4) GDPR are classified in categories I to III (Annex 1); provisions fined under Art. 83(5) and (6) in categories I to IV (Annex 2).',
  ),
  principle: ap(
    'Annex 2, Art. 5(1)(a) GDPR',
    'A breach of the lawfulness, fairness and transparency principle takes the category of the provision it rests on.',
  ),
  basicFine: ap(
    'Art. 6 and 7',
    'The basic fine is the neutral starting point; it is raised towards the maximum of the band or lowered towards its minimum according to the factors of Art. 7 (the nature, seriousness and duration of the infringement, intent or negligence, and the other circumstances of Art. 83(2) GDPR).',
  ),
  nextCategory: ap(
    'Art. 8',
    'Where the bandwidth of the category does not allow an appropriate fine, the AP may apply the bandwidth of the next higher or next lower category.',
  ),
  belowBand: ap(
    'Art. 9 (numbering not verified)',
    'The AP may set the fine below the bandwidth where the offender cannot pay it, or where proportionality requires it.',
  ),
} as const;

// The tables above are the library's: frozen, so that no result sharing a part of them can change them.
deepFreeze(AP_RULES);
deepFreeze(AP_CATEGORY_BANDS);
deepFreeze(AP_CONFIRMED_CATEGORIES);
deepFreeze(AP_CITATIONS);
