import { Decimal } from '../../core/decimal.js';
import { type Money, money } from '../../core/money.js';
import type { FineCapVersion, FineProvision } from '../types.js';
import {
  AI_ACT_AMENDMENT,
  aiAct,
  aiActAmendment,
  GPAI_FINES_APPLY_FROM,
  PENALTIES_APPLY_FROM,
} from './regulation.js';

/** Art. 99(3)-(5): each non-compliance "shall be subject to administrative fines of up to"; no rule on their sum. */
const PER_NON_COMPLIANCE = {
  rule: 'per infringement',
  citation: aiAct(
    'Art. 99(3)-(5)',
    'Non-compliance with ... shall be subject to administrative fines of up to ...; the Article sets no rule on several infringements found together.',
  ),
} as const;

/** Art. 101(1): the Commission "may impose ... fines not exceeding 3 %", with no rule on several infringements. */
const PER_NON_COMPLIANCE_101 = {
  rule: 'per infringement',
  citation: aiAct(
    'Art. 101(1)',
    'The Commission may impose on providers of general-purpose AI models fines not exceeding 3 % ... where the Commission finds that the provider intentionally or negligently: (a) infringed the relevant provisions of this Regulation; ...',
  ),
} as const;

function fixedAmount(amount: string): Money {
  return Object.freeze(money(amount, 'EUR'));
}

const OFFENDER_TURNOVER = {
  whose: 'undertaking',
  year: 'preceding financial year',
  wording:
    'the total worldwide annual turnover for the preceding financial year (if the offender is an undertaking)',
  citations: [
    aiAct(
      'Art. 99(3)',
      'if the offender is an undertaking, up to 7 % of its total worldwide annual turnover for the preceding financial year',
    ),
  ],
} as const;

/** Art. 99(8): each Member State decides on fines for public authorities and bodies. */
const PUBLIC_AUTHORITIES = /* @__PURE__ */ aiAct(
  'Art. 99(8)',
  'Each Member State shall lay down rules on to what extent administrative fines may be imposed on public authorities and bodies established in that Member State.',
);

/** Art. 99(6): for SMEs, including start-ups, the lower of the two amounts. */
export const SME_RULE = /* @__PURE__ */ aiAct(
  'Art. 99(6)',
  'In the case of SMEs, including start-ups, each fine referred to in this Article shall be up to the percentages or amount referred to in paragraphs 3, 4 and 5, whichever thereof is lower.',
);

/**
 * Art. 99(6a), inserted by Regulation (EU) 2026/1744, Art. 1(38)(c): for small mid-cap enterprises
 * the fines of Art. 99(4) and (5) are up to the percentage or the amount, whichever is lower.
 */
export const SMC_RULE = /* @__PURE__ */ aiActAmendment(
  'Art. 1(38)(c), inserting Art. 99(6a) into Regulation (EU) 2024/1689',
  'Paraphrase (the Official Journal wording was not read): in the case of small mid-cap enterprises (SMCs), each fine referred to in paragraphs 4 and 5 is up to the percentage or the amount referred to there, whichever is lower.',
);

/** The last day of the text as adopted, the day before Regulation (EU) 2026/1744 entered into force. */
const ADOPTED_UNTIL = '2026-07-26';

function version(
  fixed: string,
  share: string,
  provision: string,
  text: string,
  window: { readonly from: string; readonly to: string | null } = { from: PENALTIES_APPLY_FROM, to: null },
): FineCapVersion {
  return {
    validFrom: window.from,
    validTo: window.to,
    currency: 'EUR',
    fixed: fixedAmount(fixed),
    turnoverShare: new Decimal(share),
    combination: 'higher',
    smeCombination: 'lower',
    citation: aiAct(provision, text),
  };
}

/**
 * A provision of Art. 99(4) or (5) in its two versions: as adopted to 26 July 2026, and from
 * 27 July 2026 with the small mid-cap rule of Art. 99(6a). The amounts and shares are unchanged.
 */
function amendedForSmallMidCaps(adopted: FineCapVersion): FineCapVersion[] {
  return [
    adopted,
    {
      ...adopted,
      validFrom: AI_ACT_AMENDMENT.entryIntoForce,
      validTo: null,
      smcCombination: 'lower',
      verified: AI_ACT_AMENDMENT.verified,
      citation: { ...adopted.citation, text: `${adopted.citation.text} [${SMC_RULE.text}]` },
    },
  ];
}

/** Art. 99(3): non-compliance with the prohibition of AI practices (Art. 5). */
export const AI_ACT_99_3: FineProvision = {
  id: 'AI Act 99(3)',
  regime: 'AI Act',
  title: 'Non-compliance with the prohibition of the AI practices referred to in Article 5',
  nature: 'maximum',
  imposedBy: 'national authority',
  cumulation: PER_NON_COMPLIANCE,
  turnoverBasis: OFFENDER_TURNOVER,
  publicAuthorities: PUBLIC_AUTHORITIES,
  versions: [
    version(
      '35000000',
      '0.07',
      'Art. 99(3)',
      'Non-compliance with the prohibition of the AI practices referred to in Article 5 shall be subject to administrative fines of up to EUR 35 000 000 or, if the offender is an undertaking, up to 7 % of its total worldwide annual turnover for the preceding financial year, whichever is higher.',
    ),
  ],
};

/** Art. 99(4): obligations of operators and notified bodies, and the transparency duties of Art. 50. */
export const AI_ACT_99_4: FineProvision = {
  id: 'AI Act 99(4)',
  regime: 'AI Act',
  title:
    'Non-compliance with obligations of providers (Art. 16), authorised representatives (Art. 22), importers (Art. 23), distributors (Art. 24), deployers (Art. 26), notified bodies (Arts 31, 33(1), (3), (4), 34), or the transparency obligations of Art. 50',
  nature: 'maximum',
  imposedBy: 'national authority',
  cumulation: PER_NON_COMPLIANCE,
  turnoverBasis: { ...OFFENDER_TURNOVER, citations: [aiAct('Art. 99(4)')] },
  publicAuthorities: PUBLIC_AUTHORITIES,
  versions: amendedForSmallMidCaps(
    version(
      '15000000',
      '0.03',
      'Art. 99(4)',
      'Non-compliance with any of the following provisions related to operators or notified bodies, other than those laid down in Article 5, shall be subject to administrative fines of up to EUR 15 000 000 or, if the offender is an undertaking, up to 3 % of its total worldwide annual turnover for the preceding financial year, whichever is higher.',
      { from: PENALTIES_APPLY_FROM, to: ADOPTED_UNTIL },
    ),
  ),
};

/** Art. 99(5): incorrect, incomplete or misleading information to notified bodies or authorities. */
export const AI_ACT_99_5: FineProvision = {
  id: 'AI Act 99(5)',
  regime: 'AI Act',
  title:
    'Supply of incorrect, incomplete or misleading information to notified bodies or national competent authorities in reply to a request',
  nature: 'maximum',
  imposedBy: 'national authority',
  cumulation: PER_NON_COMPLIANCE,
  turnoverBasis: { ...OFFENDER_TURNOVER, citations: [aiAct('Art. 99(5)')] },
  publicAuthorities: PUBLIC_AUTHORITIES,
  versions: amendedForSmallMidCaps(
    version(
      '7500000',
      '0.01',
      'Art. 99(5)',
      'The supply of incorrect, incomplete or misleading information to notified bodies or national competent authorities in reply to a request shall be subject to administrative fines of up to EUR 7 500 000 or, if the offender is an undertaking, up to 1 % of its total worldwide annual turnover for the preceding financial year, whichever is higher.',
      { from: PENALTIES_APPLY_FROM, to: ADOPTED_UNTIL },
    ),
  ),
};

/** Art. 101(1): the Commission's fines on providers of general-purpose AI models. */
export const AI_ACT_101: FineProvision = {
  id: 'AI Act 101',
  regime: 'AI Act',
  title:
    'Provider of a general-purpose AI model that, intentionally or negligently, infringed the Regulation, failed a request for documents or information (Art. 91) or gave incorrect information, failed a measure requested under Art. 93, or refused access to the model (Art. 92)',
  nature: 'maximum',
  imposedBy: 'European Commission',
  cumulation: PER_NON_COMPLIANCE_101,
  turnoverBasis: {
    whose: 'undertaking',
    year: 'preceding financial year',
    wording: 'the annual total worldwide turnover in the preceding financial year',
    citations: [aiAct('Art. 101(1)')],
  },
  versions: [
    {
      validFrom: GPAI_FINES_APPLY_FROM,
      validTo: null,
      currency: 'EUR',
      fixed: fixedAmount('15000000'),
      turnoverShare: new Decimal('0.03'),
      combination: 'higher',
      citation: aiAct(
        'Art. 101(1)',
        'The Commission may impose on providers of general-purpose AI models fines not exceeding 3 % of their annual total worldwide turnover in the preceding financial year or EUR 15 000 000, whichever is higher.',
      ),
    },
  ],
};

export const AI_ACT_FINE_PROVISIONS: readonly FineProvision[] = [
  AI_ACT_99_3,
  AI_ACT_99_4,
  AI_ACT_99_5,
  AI_ACT_101,
];
