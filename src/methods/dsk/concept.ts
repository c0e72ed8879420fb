import type { Citation } from '../../core/citation.js';
import type { IsoDate } from '../../core/dates.js';
import { deepFreeze } from '../../core/freeze.js';
import { type Band, band } from '../band.js';

const URL = 'https://www.datenschutzkonferenz-online.de/media/ah/20191016_bu%C3%9Fgeldkonzept.pdf';

/** A citation of the DSK's fining concept for proceedings against undertakings (14 October 2019). */
export function dsk(provision: string, text?: string): Citation {
  return Object.freeze({
    instrument:
      'Konferenz der unabhängigen Datenschutzaufsichtsbehörden des Bundes und der Länder (DSK), Konzept zur Bußgeldzumessung in Verfahren gegen Unternehmen, 14. Oktober 2019',
    provision,
    url: URL,
    ...(text ? { text } : {}),
  });
}

export const DSK_CONCEPT = {
  id: 'DSK 2019',
  adopted: '2019-10-14' as IsoDate,
  /**
   * The concept was interim guidance "until the EDPB guidelines"; EDPB Guidelines 04/2022 v2.1 were
   * adopted on 24 May 2023. Using the concept after that date shows a warning.
   */
  supersededBy: { id: 'EDPB 04/2022 v2.1', date: '2023-05-24' as IsoDate },
  citation: dsk(
    'Vorbemerkung',
    'The concept applies to fines on undertakings under Art. 83(4)-(6) GDPR; it is not binding on courts and applies until the EDPB adopts final guidelines on the calculation of fines.',
  ),
} as const;

/** One subgroup of the size classes: its turnover band, mean turnover, and whether it was verified. */
export interface DskSubgroup {
  /** "A.I" … "D.VII". */
  readonly id: string;
  /** "über … bis …": lower edge exclusive, upper edge inclusive. */
  readonly turnover: Band;
  /** The mean annual turnover (mittlerer Jahresumsatz); null for D.VII, where the actual turnover is used. */
  readonly mean: string | null;
  readonly verified: boolean;
}

const row = (
  id: string,
  from: string,
  to: string | null,
  mean: string | null,
  verified: boolean,
): DskSubgroup => ({
  id,
  turnover: band(from, to, from === '0', to !== null),
  mean,
  verified,
});

/**
 * Step 1 and 2: size classes A (micro), B (small), C (medium) and D (large) in 20 subgroups by the
 * worldwide annual turnover of the preceding year; the means are the midpoints of the bands. The A
 * and B bands and the 3 + 3 + 7 + 7 structure are confirmed by several secondary sources; the C and
 * D bands and means come from a single third-party source (verified: false) and carry a warning.
 */
export const DSK_SUBGROUPS: readonly DskSubgroup[] = [
  row('A.I', '0', '700000', '350000', true),
  row('A.II', '700000', '1400000', '1050000', true),
  row('A.III', '1400000', '2000000', '1700000', true),
  row('B.I', '2000000', '5000000', '3500000', true),
  row('B.II', '5000000', '7500000', '6250000', true),
  row('B.III', '7500000', '10000000', '8750000', true),
  row('C.I', '10000000', '12500000', '11250000', false),
  row('C.II', '12500000', '15000000', '13750000', false),
  row('C.III', '15000000', '20000000', '17500000', false),
  row('C.IV', '20000000', '25000000', '22500000', false),
  row('C.V', '25000000', '30000000', '27500000', false),
  row('C.VI', '30000000', '40000000', '35000000', false),
  row('C.VII', '40000000', '50000000', '45000000', false),
  row('D.I', '50000000', '75000000', '62500000', false),
  row('D.II', '75000000', '100000000', '87500000', false),
  row('D.III', '100000000', '200000000', '150000000', false),
  row('D.IV', '200000000', '300000000', '250000000', false),
  row('D.V', '300000000', '400000000', '350000000', false),
  row('D.VI', '400000000', '500000000', '450000000', false),
  row('D.VII', '500000000', null, null, true),
];

export const DSK_SIZE_CITATION = /* @__PURE__ */ dsk(
  'Schritte 1 und 2, Tabellen 1 bis 3',
  'The undertaking is assigned to a size class (A to D) and a subgroup by its total worldwide annual turnover of the preceding year; the mean annual turnover of the subgroup is the basis. Above €500m the actual turnover is used.',
);

export const DSK_DAILY_RATE_CITATION = /* @__PURE__ */ dsk(
  'Schritt 3',
  'The economic base value (wirtschaftlicher Grundwert) is the mean annual turnover divided by 360: a daily rate (Tagessatz).',
);

export type DskSeverity = 'leicht' | 'mittel' | 'schwer' | 'sehr schwer';

/**
 * Step 4 (Table 4): the daily rate is multiplied by a factor by the severity of the offence, on a
 * scale for formal infringements (Art. 83(4)) and one for material infringements (Art. 83(5), (6)).
 * "Sehr schwer" is open above, up to the legal maximum. Read in several secondary sources.
 */
export const DSK_SEVERITY_FACTORS: Readonly<
  Record<'formal' | 'material', Readonly<Record<DskSeverity, Band>>>
> = {
  formal: {
    leicht: band('1', '2', true, true),
    mittel: band('2', '4', true, true),
    schwer: band('4', '6', true, true),
    'sehr schwer': band('6', null, false, false),
  },
  material: {
    leicht: band('1', '4', true, true),
    mittel: band('4', '8', true, true),
    schwer: band('8', '12', true, true),
    'sehr schwer': band('12', null, false, false),
  },
};

export const DSK_SEVERITY_CITATION = /* @__PURE__ */ dsk(
  'Schritt 4, Tabelle 4',
  'The base value is multiplied by a factor chosen by the offence-related circumstances of Art. 83(2): formal infringements (Art. 83(4)) leicht 1–2, mittel 2–4, schwer 4–6, sehr schwer above 6; material infringements (Art. 83(5), (6)) leicht 1–4, mittel 4–8, schwer 8–12, sehr schwer above 12.',
);

export const DSK_ADJUSTMENT_CITATION = /* @__PURE__ */ dsk(
  'Schritt 5',
  'The amount is adjusted for offender-related circumstances (Art. 83(2)) and other circumstances not yet considered, such as a long duration of proceedings or an imminent insolvency.',
);

// The tables above are the library's: frozen, so that no result sharing a part of them can change them.
deepFreeze(DSK_CONCEPT);
deepFreeze(DSK_SUBGROUPS);
deepFreeze(DSK_SEVERITY_FACTORS);
