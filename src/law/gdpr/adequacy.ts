import type { Citation } from '../../core/citation.js';
import type { IsoDate } from '../../core/dates.js';
import { deepFreeze, frozenSet } from '../../core/freeze.js';
import { EEA_GDPR_CITATION, MEMBERSHIPS } from '../union/membership.js';

/**
 * A decision of the Commission that a third country, a territory or an international organisation
 * ensures an adequate level of protection (GDPR Art. 45(3); decisions under Directive 95/46/EC stay
 * in force under Art. 45(9) until amended, replaced or repealed). Dated: `validTo` is the last day it
 * could be relied on (the day before a judgment that annulled it, or its expiry).
 */
export interface AdequacyDecision {
  /**
   * `adequacy decision` under Art. 45 (or Art. 25(6) of Directive 95/46/EC); `not a third country`
   * where a treaty treated the recipient as within the Union for a time (the United Kingdom until the
   * adequacy decisions of 28 June 2021).
   */
  readonly kind: 'adequacy decision' | 'not a third country';
  /** ISO 3166-1 alpha-2 code, or null for an international organisation. */
  readonly country: string | null;
  /** The country, territory or organisation, as the decision names it. */
  readonly recipient: string;
  readonly decision: string;
  readonly validFrom: IsoDate;
  readonly validTo: IsoDate | null;
  /** Where the decision covers only some recipients (certified organisations, one sector). */
  readonly scope: string | null;
  /** The recipient must be certified under the framework the decision sets (Safe Harbour, Privacy Shield, DPF). */
  readonly requiresCertification: boolean;
  /** What ended it, or what a reader must know about it. */
  readonly note?: string;
  /** False where the date or number was read in secondary sources only. */
  readonly verified: boolean;
  readonly citations: readonly Citation[];
}

const eli = (kind: 'dec' | 'dec_impl', year: number, number: number) =>
  `https://eur-lex.europa.eu/eli/${kind}/${year}/${number}/oj`;

const COMMISSION_PAGE =
  'https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en';

function decision(instrument: string, celex: string, url: string, text?: string): Citation {
  return Object.freeze({ instrument, provision: 'Art. 1', celex, url, ...(text ? { text } : {}) });
}

const SCHREMS_I: Citation = {
  instrument: 'Judgment of the Court (Grand Chamber), Schrems, C-362/14',
  provision: 'operative part, point 2',
  ecli: 'ECLI:EU:C:2015:650',
  url: 'https://curia.europa.eu/juris/liste.jsf?num=C-362/14',
  text: 'Decision 2000/520 is invalid. (Judgment of 6 October 2015.)',
};

const SCHREMS_II: Citation = {
  instrument:
    'Judgment of the Court (Grand Chamber), Data Protection Commissioner v Facebook Ireland and Maximillian Schrems, C-311/18',
  provision: 'operative part, point 5',
  ecli: 'ECLI:EU:C:2020:559',
  url: 'https://curia.europa.eu/juris/liste.jsf?num=C-311/18',
  text: 'Commission Implementing Decision (EU) 2016/1250 of 12 July 2016 ... on the adequacy of the protection provided by the EU-U.S. Privacy Shield is invalid. (Judgment of 16 July 2020.)',
};

function entry(
  country: string | null,
  recipient: string,
  decisionName: string,
  validFrom: IsoDate,
  citations: readonly Citation[],
  options: Partial<
    Pick<AdequacyDecision, 'kind' | 'validTo' | 'scope' | 'requiresCertification' | 'note' | 'verified'>
  > = {},
): AdequacyDecision {
  return {
    kind: options.kind ?? 'adequacy decision',
    country,
    recipient,
    decision: decisionName,
    validFrom,
    validTo: options.validTo ?? null,
    scope: options.scope ?? null,
    requiresCertification: options.requiresCertification ?? false,
    ...(options.note ? { note: options.note } : {}),
    verified: options.verified ?? true,
    citations,
  };
}

/**
 * The adequacy decisions, dated by the day they were adopted (each took effect on notification or
 * adoption; the DPF decision "entered into force with its adoption"). The Commission's list:
 * https://commission.europa.eu/.../adequacy-decisions_en.
 */
export const ADEQUACY_DECISIONS: readonly AdequacyDecision[] = [
  entry('CH', 'Switzerland', 'Commission Decision 2000/518/EC', '2000-07-26', [
    decision('Commission Decision 2000/518/EC of 26 July 2000', '32000D0518', eli('dec', 2000, 518)),
  ]),
  entry(
    'CA',
    'Canada',
    'Commission Decision 2002/2/EC',
    '2001-12-20',
    [decision('Commission Decision 2002/2/EC of 20 December 2001', '32002D0002', eli('dec', 2002, 2))],
    {
      scope:
        'commercial organisations subject to the Personal Information Protection and Electronic Documents Act (PIPEDA)',
    },
  ),
  entry('AR', 'Argentina', 'Commission Decision 2003/490/EC', '2003-06-30', [
    decision('Commission Decision 2003/490/EC of 30 June 2003', '32003D0490', eli('dec', 2003, 490)),
  ]),
  entry('GG', 'Guernsey', 'Commission Decision 2003/821/EC', '2003-11-21', [
    decision('Commission Decision 2003/821/EC of 21 November 2003', '32003D0821', eli('dec', 2003, 821)),
  ]),
  entry('IM', 'Isle of Man', 'Commission Decision 2004/411/EC', '2004-04-28', [
    decision('Commission Decision 2004/411/EC of 28 April 2004', '32004D0411', eli('dec', 2004, 411)),
  ]),
  entry('JE', 'Jersey', 'Commission Decision 2008/393/EC', '2008-05-08', [
    decision('Commission Decision 2008/393/EC of 8 May 2008', '32008D0393', eli('dec', 2008, 393)),
  ]),
  entry('FO', 'Faroe Islands', 'Commission Decision 2010/146/EU', '2010-03-05', [
    decision('Commission Decision 2010/146/EU of 5 March 2010', '32010D0146', eli('dec', 2010, 146)),
  ]),
  entry('AD', 'Andorra', 'Commission Decision 2010/625/EU', '2010-10-19', [
    decision('Commission Decision 2010/625/EU of 19 October 2010', '32010D0625', eli('dec', 2010, 625)),
  ]),
  entry('IL', 'Israel', 'Commission Decision 2011/61/EU', '2011-01-31', [
    decision('Commission Decision 2011/61/EU of 31 January 2011', '32011D0061', eli('dec', 2011, 61)),
  ]),
  entry('UY', 'Uruguay', 'Commission Implementing Decision 2012/484/EU', '2012-08-21', [
    decision(
      'Commission Implementing Decision 2012/484/EU of 21 August 2012',
      '32012D0484',
      eli('dec_impl', 2012, 484),
    ),
  ]),
  entry('NZ', 'New Zealand', 'Commission Implementing Decision 2013/65/EU', '2012-12-19', [
    decision(
      'Commission Implementing Decision 2013/65/EU of 19 December 2012',
      '32013D0065',
      eli('dec_impl', 2013, 65),
    ),
  ]),
  entry(
    'JP',
    'Japan',
    'Commission Implementing Decision (EU) 2019/419',
    '2019-01-23',
    [
      decision(
        'Commission Implementing Decision (EU) 2019/419 of 23 January 2019',
        '32019D0419',
        eli('dec_impl', 2019, 419),
      ),
    ],
    {
      scope:
        'personal information handling business operators under the Act on the Protection of Personal Information, with the Supplementary Rules',
    },
  ),
  entry(
    'GB',
    'United Kingdom',
    'Commission Implementing Decision (EU) 2021/1772, renewed on 19 December 2025',
    '2021-06-28',
    [
      decision(
        'Commission Implementing Decision (EU) 2021/1772 of 28 June 2021',
        '32021D1772',
        eli('dec_impl', 2021, 1772),
        'Adopted for four years, to 27 June 2025 (Art. 4); extended by six months to 27 December 2025.',
      ),
      {
        instrument: 'European Commission, adequacy decisions',
        url: COMMISSION_PAGE,
        text: 'Renewed on 19 December 2025 for six years, to 27 December 2031.',
      },
    ],
    {
      validTo: '2031-12-27',
      note: 'renewed on 19 December 2025 until 27 December 2031 (the renewal date and term from the Commission announcement as reported; the renewal decision number is not recorded here)',
    },
  ),
  // Until 31 December 2020 the United Kingdom was in the Union for the GDPR (the membership table,
  // law/union/membership.ts): a transfer there was no transfer to a third country.
  entry(
    'GB',
    'United Kingdom (bridging period)',
    'EU-UK Trade and Cooperation Agreement, Art. FINPROV.10A',
    '2021-01-01',
    [
      {
        instrument:
          'Trade and Cooperation Agreement between the European Union and the European Atomic Energy Community, of the one part, and the United Kingdom of Great Britain and Northern Ireland, of the other part',
        provision: 'Art. FINPROV.10A',
        celex: '22020A1231(01)',
        url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:22020A1231(01)',
        text: 'For the duration of the specified period, transmission of personal data from the Union to the United Kingdom shall not be considered as transfer to a third country; the period ends on the day the Commission adopts adequacy decisions in relation to the United Kingdom, or four to six months after entry into force.',
      },
    ],
    {
      kind: 'not a third country',
      validTo: '2021-06-27',
      note: 'the specified period of the Trade and Cooperation Agreement, which ended with the adequacy decisions of 28 June 2021',
    },
  ),
  entry('KR', 'Republic of Korea', 'Commission Implementing Decision (EU) 2022/254', '2021-12-17', [
    decision(
      'Commission Implementing Decision (EU) 2022/254 of 17 December 2021',
      '32022D0254',
      eli('dec_impl', 2022, 254),
    ),
  ]),
  entry(
    null,
    'European Patent Organisation',
    'Commission adequacy decision of 15 July 2025',
    '2025-07-15',
    [
      {
        instrument: 'European Commission, adequacy decisions',
        url: COMMISSION_PAGE,
        text: 'The first adequacy decision for an international organisation, adopted on 15 July 2025.',
      },
    ],
    {
      verified: false,
      note: 'the date from the Commission announcement as reported (Agence Europe, EPO); the decision number is not recorded here',
    },
  ),
  entry(
    'BR',
    'Brazil',
    'Commission adequacy decision of January 2026',
    '2026-01-27',
    [
      {
        instrument: 'European Commission, adequacy decisions',
        url: COMMISSION_PAGE,
        text: 'Mutual adequacy decisions with Brazil, announced on 27 January 2026.',
      },
    ],
    {
      verified: false,
      note: 'reported as adopted on 26 January and announced and published on 27 January 2026; the later date is used, so a transfer on 26 January 2026 is not treated as covered',
    },
  ),
  entry(
    'US',
    'United States (Safe Harbour)',
    'Commission Decision 2000/520/EC',
    '2000-07-26',
    [
      decision('Commission Decision 2000/520/EC of 26 July 2000', '32000D0520', eli('dec', 2000, 520)),
      SCHREMS_I,
    ],
    {
      validTo: '2015-10-05',
      requiresCertification: true,
      scope: 'organisations self-certified under the Safe Harbour Privacy Principles',
      note: 'declared invalid by the Court of Justice on 6 October 2015 (Schrems, C-362/14)',
    },
  ),
  entry(
    'US',
    'United States (EU-U.S. Privacy Shield)',
    'Commission Implementing Decision (EU) 2016/1250',
    '2016-07-12',
    [
      decision(
        'Commission Implementing Decision (EU) 2016/1250 of 12 July 2016',
        '32016D1250',
        eli('dec_impl', 2016, 1250),
      ),
      SCHREMS_II,
    ],
    {
      validTo: '2020-07-15',
      requiresCertification: true,
      scope: 'organisations certified under the EU-U.S. Privacy Shield',
      note: 'declared invalid by the Court of Justice on 16 July 2020 (Schrems II, C-311/18), with no transition period',
    },
  ),
  entry(
    'US',
    'United States (EU-U.S. Data Privacy Framework)',
    'Commission Implementing Decision (EU) 2023/1795',
    '2023-07-10',
    [
      decision(
        'Commission Implementing Decision (EU) 2023/1795 of 10 July 2023',
        '32023D1795',
        eli('dec_impl', 2023, 1795),
        'The United States ensures an adequate level of protection for personal data transferred from the Union to organisations in the United States that are included in the Data Privacy Framework List. It entered into force with its adoption on 10 July 2023.',
      ),
    ],
    {
      requiresCertification: true,
      scope: 'organisations on the Data Privacy Framework List kept by the US Department of Commerce',
      note: 'an action for annulment (Latombe v Commission, T-553/23) was dismissed by the General Court on 3 September 2025',
    },
  ),
];

/** The decisions that could be relied on for a recipient on `date`. */
export function adequacyOn(
  recipient: { country?: string; organisation?: string },
  date: IsoDate,
): AdequacyDecision[] {
  return ADEQUACY_DECISIONS.filter(
    (d) =>
      (recipient.country !== undefined
        ? d.country === recipient.country
        : d.recipient === recipient.organisation) &&
      date >= d.validFrom &&
      (d.validTo === null || date <= d.validTo),
  );
}

/**
 * The third countries of the European Economic Area that apply the GDPR (EEA Joint Committee
 * Decision No 154/2018, in force 20 July 2018); from the dated membership table.
 */
export const EEA_EFTA_STATES: ReadonlySet<string> = /* @__PURE__ */ frozenSet(
  MEMBERSHIPS.filter((m) => m.status === 'eea efta').map((m) => m.country),
);

export const EEA_CITATION: Citation = EEA_GDPR_CITATION;

// The tables above are the library's: frozen, so that no result sharing a part of them can change them.
deepFreeze(ADEQUACY_DECISIONS);
