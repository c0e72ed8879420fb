import { Decimal } from '../../core/decimal.js';
import type { FineProvision, PeriodicPenaltyProvision } from '../types.js';
import { DSA_APPLICATION_DATE, DSA_ENTRY_INTO_FORCE, dsa } from './regulation.js';

/** Art. 52(3): the maximum is set "for a failure to comply with an obligation": one per failure. */
const PER_FAILURE = {
  rule: 'per infringement',
  citation: dsa(
    'Art. 52(3)',
    'the maximum amount of fines that may be imposed for a failure to comply with an obligation laid down in this Regulation shall be 6 %',
  ),
} as const;

/** Art. 74(1): "In the decision referred to in Article 73 ... fines not exceeding 6 %": one maximum a decision. */
const IN_THE_DECISION = {
  rule: 'per decision',
  citation: dsa(
    'Art. 74(1)',
    'In the decision referred to in Article 73, the Commission may impose on the provider of the very large online platform or of the very large online search engine concerned fines not exceeding 6 % of its total worldwide annual turnover',
  ),
} as const;

/** Art. 74(2): "a decision imposing ... fines not exceeding 1 %": one maximum a decision. */
const IN_A_DECISION = {
  rule: 'per decision',
  citation: dsa('Art. 74(2)', 'The Commission may adopt a decision imposing ... fines not exceeding 1 %'),
} as const;

const PROVIDER_TURNOVER = {
  whose: 'provider',
  year: 'preceding financial year',
  wording:
    'the annual worldwide turnover of the provider of intermediary services concerned in the preceding financial year',
  citations: [
    dsa(
      'Art. 52(3)',
      'the annual worldwide turnover of the provider of intermediary services concerned in the preceding financial year',
    ),
  ],
} as const;

const VLOP_PROVIDER_TURNOVER = {
  whose: 'provider',
  year: 'preceding financial year',
  wording: 'the total worldwide annual turnover of the provider in the preceding financial year',
  citations: [
    dsa(
      'Art. 74(1)',
      'fines not exceeding 6 % of its total worldwide annual turnover in the preceding financial year',
    ),
  ],
} as const;

function shareOnly(validFrom: string, share: string, provision: string, text: string) {
  return {
    validFrom,
    validTo: null,
    currency: 'EUR',
    fixed: null,
    turnoverShare: new Decimal(share),
    combination: 'higher',
    citation: dsa(provision, text),
  } as const;
}

/** Art. 52(3), first sentence: Member States' maximum for failing to comply with an obligation. */
export const DSA_52_3: FineProvision = {
  id: 'DSA 52(3)',
  regime: 'DSA',
  title: 'Failure to comply with an obligation laid down in this Regulation (penalties of the Member States)',
  nature: 'maximum',
  imposedBy: 'national authority',
  cumulation: PER_FAILURE,
  turnoverBasis: PROVIDER_TURNOVER,
  versions: [
    shareOnly(
      DSA_APPLICATION_DATE,
      '0.06',
      'Art. 52(3)',
      'Member States shall ensure that the maximum amount of fines that may be imposed for a failure to comply with an obligation laid down in this Regulation shall be 6 % of the annual worldwide turnover of the provider of intermediary services concerned in the preceding financial year.',
    ),
  ],
};

/** Art. 52(3), second sentence: information and inspection failures, national penalties. */
export const DSA_52_3_INFORMATION: FineProvision = {
  id: 'DSA 52(3) information',
  regime: 'DSA',
  title:
    'Supply of incorrect, incomplete or misleading information, failure to reply or rectify, and failure to submit to an inspection (penalties of the Member States)',
  nature: 'maximum',
  imposedBy: 'national authority',
  cumulation: PER_FAILURE,
  turnoverBasis: {
    ...PROVIDER_TURNOVER,
    wording:
      'the annual income or worldwide turnover of the provider of intermediary services or other person concerned in the preceding financial year',
  },
  versions: [
    shareOnly(
      DSA_APPLICATION_DATE,
      '0.01',
      'Art. 52(3)',
      'Member States shall ensure that the maximum fine that may be imposed for the supply of incorrect, incomplete or misleading information, failure to reply or rectify incorrect, incomplete or misleading information and failure to submit to an inspection shall be 1 % of the annual income or worldwide turnover of the provider of intermediary services or other persons referred to in Article 51(1) in the preceding financial year.',
    ),
  ],
};

/** Art. 74(1): the Commission's fines on providers of very large online platforms and search engines. */
export const DSA_74_1: FineProvision = {
  id: 'DSA 74(1)',
  regime: 'DSA',
  title:
    'Provider of a very large online platform or search engine that, intentionally or negligently, infringes the relevant provisions of this Regulation, fails to comply with interim measures (Art. 70) or with binding commitments (Art. 71)',
  nature: 'maximum',
  imposedBy: 'European Commission',
  cumulation: IN_THE_DECISION,
  turnoverBasis: VLOP_PROVIDER_TURNOVER,
  versions: [
    shareOnly(
      DSA_ENTRY_INTO_FORCE,
      '0.06',
      'Art. 74(1)',
      'In the decision referred to in Article 73, the Commission may impose on the provider of the very large online platform or of the very large online search engine concerned fines not exceeding 6 % of its total worldwide annual turnover in the preceding financial year where it finds that the provider, intentionally or negligently: (a) infringes the relevant provisions of this Regulation; (b) fails to comply with a decision ordering interim measures under Article 70; or (c) fails to comply with commitments made binding by a decision pursuant to Article 71.',
    ),
  ],
};

/** Art. 74(2): the Commission's fines for information, inspection and procedural failures. */
export const DSA_74_2: FineProvision = {
  id: 'DSA 74(2)',
  regime: 'DSA',
  title:
    'Incorrect, incomplete or misleading information, failure to reply or rectify, refusal of an inspection, failure to comply with Art. 72 measures or with the conditions of access to the file (Commission)',
  nature: 'maximum',
  imposedBy: 'European Commission',
  cumulation: IN_A_DECISION,
  turnoverBasis: {
    ...VLOP_PROVIDER_TURNOVER,
    wording: 'the total annual income or worldwide turnover in the preceding financial year',
  },
  versions: [
    shareOnly(
      DSA_ENTRY_INTO_FORCE,
      '0.01',
      'Art. 74(2)',
      'The Commission may adopt a decision imposing on the provider or other person referred to in Article 67(1) fines not exceeding 1 % of the total annual income or worldwide turnover in the preceding financial year, where they intentionally or negligently supply incorrect, incomplete or misleading information, fail to reply or rectify, fail to submit to an inspection, fail to comply with the measures adopted under Article 72, or fail to comply with the conditions for access to the file under Article 79(4).',
    ),
  ],
};

export const DSA_FINE_PROVISIONS: readonly FineProvision[] = [
  DSA_52_3,
  DSA_52_3_INFORMATION,
  DSA_74_1,
  DSA_74_2,
];

/** Art. 52(4): Member States' periodic penalty payments. */
export const DSA_52_4: PeriodicPenaltyProvision = {
  id: 'DSA 52(4)',
  regime: 'DSA',
  title: 'Periodic penalty payment (Member States)',
  imposedBy: 'national authority',
  nature: 'maximum',
  validFrom: DSA_APPLICATION_DATE,
  validTo: null,
  currency: 'EUR',
  dailyShare: new Decimal('0.05'),
  turnoverBasis: {
    ...PROVIDER_TURNOVER,
    wording:
      'the average daily worldwide turnover or income of the provider of intermediary services concerned in the preceding financial year',
  },
  citation: dsa(
    'Art. 52(4)',
    'Member States shall ensure that the maximum amount of a periodic penalty payment shall be 5 % of the average daily worldwide turnover or income of the provider of intermediary services concerned in the preceding financial year per day, calculated from the date specified in the decision concerned.',
  ),
};

/** Art. 76(1): the Commission's periodic penalty payments. */
export const DSA_76: PeriodicPenaltyProvision = {
  id: 'DSA 76',
  regime: 'DSA',
  title:
    'Periodic penalty payment to compel information, submission to an inspection, or compliance with interim measures, commitments or a non-compliance decision (Commission)',
  imposedBy: 'European Commission',
  nature: 'maximum',
  validFrom: DSA_ENTRY_INTO_FORCE,
  validTo: null,
  currency: 'EUR',
  dailyShare: new Decimal('0.05'),
  turnoverBasis: {
    ...VLOP_PROVIDER_TURNOVER,
    wording: 'the average daily income or worldwide annual turnover in the preceding financial year per day',
  },
  citation: dsa(
    'Art. 76(1)',
    'The Commission may adopt a decision imposing periodic penalty payments not exceeding 5 % of the average daily income or worldwide annual turnover in the preceding financial year per day, calculated from the date appointed by the decision, in order to compel compliance with Articles 67, 69, 70(1), 71(1) and 73(1).',
  ),
};

export const DSA_PERIODIC_PENALTIES: readonly PeriodicPenaltyProvision[] = [DSA_52_4, DSA_76];
