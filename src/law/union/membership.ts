import type { Citation } from '../../core/citation.js';
import type { IsoDate } from '../../core/dates.js';
import { deepFreeze } from '../../core/freeze.js';

/**
 * Who counts as "in the Union" for Union law on a date: the one dated table the library asks
 * whenever a rule says "established in the Union", "a Member State" or "outside the EEA".
 *
 * - Member States, from their accession (and the United Kingdom to 31 January 2020);
 * - the United Kingdom during the transition period, 1 February to 31 December 2020: Union law
 *   applied to and in it, and a reference to Member States included it (Withdrawal Agreement,
 *   Arts 126 and 127(1), (6));
 * - the EEA EFTA States (Iceland, Liechtenstein, Norway), which apply the GDPR through the EEA
 *   Agreement from 20 July 2018 (EEA Joint Committee Decision No 154/2018); other Union acts reach
 *   them only once incorporated, so they count as "in the Union" only where a rule says EEA.
 */
export type UnionStatus = 'member state' | 'withdrawal transition' | 'eea efta';

export interface Membership {
  readonly country: string;
  readonly status: UnionStatus;
  readonly from: IsoDate;
  /** The last day, or null while it lasts. */
  readonly to: IsoDate | null;
  readonly citation: Citation;
}

const TEU: Citation = {
  instrument: 'Treaty on European Union and the Treaties and Acts of Accession',
  provision: 'Art. 52 TEU',
  url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:12016M052',
  text: 'The Treaties shall apply to the Member States; each acceding State is a Member State from the date its Treaty of Accession enters into force.',
};

const WITHDRAWAL: Citation = {
  instrument:
    'Agreement on the withdrawal of the United Kingdom of Great Britain and Northern Ireland from the European Union and the European Atomic Energy Community',
  provision: 'Arts 126, 127(1) and 127(6)',
  celex: '12020W/TXT',
  url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:12020W/TXT',
  text: 'There shall be a transition or implementation period, which shall start on the date of entry into force of this Agreement and end on 31 December 2020 (Art. 126). Unless otherwise provided, Union law shall be applicable to and in the United Kingdom during the transition period (Art. 127(1)); references to Member States in the Union law applicable pursuant to paragraph 1 shall be understood as including the United Kingdom (Art. 127(6)).',
};

const WITHDRAWAL_DATE: Citation = {
  ...WITHDRAWAL,
  provision: 'Art. 185',
  text: 'This Agreement shall enter into force on 1 February 2020 [the United Kingdom left the Union at the end of 31 January 2020].',
};

export const EEA_GDPR_CITATION: Citation = {
  instrument:
    'Decision of the EEA Joint Committee No 154/2018 of 6 July 2018 amending Annex XI (Electronic communication, audiovisual services and information society) and Protocol 37 to the EEA Agreement',
  celex: '22018D1022',
  url: 'https://eur-lex.europa.eu/eli/dec/2018/1022/oj',
  text: 'Incorporates Regulation (EU) 2016/679 into the EEA Agreement; in force on 20 July 2018, from which date the GDPR applies in Iceland, Liechtenstein and Norway.',
};

const member = (country: string, from: IsoDate, to: IsoDate | null = null): Membership => ({
  country,
  status: 'member state',
  from,
  to,
  citation: country === 'GB' ? WITHDRAWAL_DATE : TEU,
});

/** The table, by country: accession dates from the Treaties of Accession. */
export const MEMBERSHIPS: readonly Membership[] = /* @__PURE__ */ Object.freeze([
  ...['BE', 'DE', 'FR', 'IT', 'LU', 'NL'].map((c) => member(c, '1958-01-01')),
  ...['DK', 'IE'].map((c) => member(c, '1973-01-01')),
  member('GB', '1973-01-01', '2020-01-31'),
  {
    country: 'GB',
    status: 'withdrawal transition',
    from: '2020-02-01',
    to: '2020-12-31',
    citation: WITHDRAWAL,
  },
  member('GR', '1981-01-01'),
  ...['ES', 'PT'].map((c) => member(c, '1986-01-01')),
  ...['AT', 'FI', 'SE'].map((c) => member(c, '1995-01-01')),
  ...['CY', 'CZ', 'EE', 'HU', 'LT', 'LV', 'MT', 'PL', 'SI', 'SK'].map((c) => member(c, '2004-05-01')),
  ...['BG', 'RO'].map((c) => member(c, '2007-01-01')),
  member('HR', '2013-07-01'),
  ...['IS', 'LI', 'NO'].map(
    (c): Membership => ({
      country: c,
      status: 'eea efta',
      from: '2018-07-20',
      to: null,
      citation: EEA_GDPR_CITATION,
    }),
  ),
] satisfies Membership[]).map((m) => Object.freeze(m)) as readonly Membership[];

const byCountry = new Map<string, Membership[]>();
for (const m of MEMBERSHIPS) byCountry.set(m.country, [...(byCountry.get(m.country) ?? []), m]);

/** The country's standing on `asOf`, or null where it is outside the Union and the EEA then. */
export function membershipOn(country: string, asOf: IsoDate): Membership | null {
  for (const m of byCountry.get(country) ?? []) {
    if (asOf >= m.from && (m.to === null || asOf <= m.to)) return m;
  }
  return null;
}

/**
 * "In the Union" for a rule of Union law on `asOf`: a Member State, or the United Kingdom in the
 * transition period (Art. 127(6)). The EEA EFTA States count only with `eea: true` (the GDPR).
 */
export function inUnion(country: string, asOf: IsoDate, options: { readonly eea?: boolean } = {}): boolean {
  const m = membershipOn(country, asOf);
  if (!m) return false;
  return m.status !== 'eea efta' || options.eea === true;
}

/** The countries in the Union (and, with `eea`, the EEA) on `asOf`. */
export function countriesInUnion(asOf: IsoDate, options: { readonly eea?: boolean } = {}): string[] {
  return [...byCountry.keys()].filter((c) => inUnion(c, asOf, options));
}

// The tables above are the library's: frozen, so that no result sharing a part of them can change them.
deepFreeze(MEMBERSHIPS);
