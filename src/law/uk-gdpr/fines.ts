import type { Citation } from '../../core/citation.js';
import { Decimal } from '../../core/decimal.js';
import { money } from '../../core/money.js';
import type { Act, FineProvision } from '../types.js';

const DPA_URL = 'https://www.legislation.gov.uk/ukpga/2018/12/section/157';

/** A citation of the Data Protection Act 2018 on legislation.gov.uk. */
export function dpa2018(provision: string, text?: string): Citation {
  return Object.freeze({
    instrument: 'Data Protection Act 2018 (c. 12)',
    provision,
    url: DPA_URL,
    ...(text ? { text } : {}),
  });
}

/**
 * The UK GDPR (the GDPR as retained in UK law) applies from the end of the transition period,
 * 1 January 2021; its maximum fines are those of s.157 of the Data Protection Act 2018, in pounds.
 */
export const UK_GDPR_ACT: Act = {
  regime: 'UK GDPR',
  title: 'UK GDPR and Data Protection Act 2018',
  citation: dpa2018(
    's.157',
    'Maximum amount of penalty: the maximum amount of a penalty in relation to an infringement of the UK GDPR is the amount specified in Article 83 of the UK GDPR, read with the standard and higher maximum amounts of this section.',
  ),
  entryIntoForce: '2021-01-01',
  applicationDate: '2021-01-01',
};

/** UK GDPR Art. 83(3), retained with the same words as the GDPR's. */
const LINKED = {
  rule: 'linked operations',
  citation: {
    instrument: 'UK GDPR (Regulation (EU) 2016/679 as retained in UK law)',
    provision: 'Art. 83(3)',
    url: 'https://www.legislation.gov.uk/eur/2016/679/article/83',
    text: 'If a controller or processor intentionally or negligently, for the same or linked processing operations, infringes several provisions of this Regulation, the total amount of the administrative fine shall not exceed the amount specified for the gravest infringement.',
  },
} as const;

const UNDERTAKING_TURNOVER = {
  whose: 'undertaking',
  year: 'preceding financial year',
  wording: "the undertaking's total annual worldwide turnover in the preceding financial year",
  citations: [
    dpa2018(
      's.157(5)-(6)',
      "4 % (higher) or 2 % (standard) of the undertaking's total annual worldwide turnover in the preceding financial year",
    ),
  ],
} as const;

/** s.157(6): the standard maximum amount (UK GDPR Art. 83(4)). */
export const UK_GDPR_STANDARD: FineProvision = {
  id: 'UK GDPR standard',
  regime: 'UK GDPR',
  title:
    'Infringements of UK GDPR Art. 83(4) (obligations of the controller and processor, certification and monitoring bodies): the "standard maximum amount"',
  nature: 'maximum',
  imposedBy: 'national authority',
  cumulation: LINKED,
  turnoverBasis: UNDERTAKING_TURNOVER,
  versions: [
    {
      validFrom: UK_GDPR_ACT.applicationDate,
      validTo: null,
      currency: 'GBP',
      fixed: Object.freeze(money('8700000', 'GBP')),
      turnoverShare: new Decimal('0.02'),
      combination: 'higher',
      citation: dpa2018(
        's.157(6)',
        'The standard maximum amount is (a) in the case of an undertaking, £8,700,000 or 2% of the undertaking’s total annual worldwide turnover in the preceding financial year, whichever is higher, or (b) in any other case, £8,700,000.',
      ),
    },
  ],
};

/** s.157(5): the higher maximum amount (UK GDPR Art. 83(5) and (6)). */
export const UK_GDPR_HIGHER: FineProvision = {
  id: 'UK GDPR higher',
  regime: 'UK GDPR',
  title:
    'Infringements of UK GDPR Art. 83(5) and (6) (principles, data subjects’ rights, transfers, orders of the Commissioner): the "higher maximum amount"',
  nature: 'maximum',
  imposedBy: 'national authority',
  cumulation: LINKED,
  turnoverBasis: UNDERTAKING_TURNOVER,
  versions: [
    {
      validFrom: UK_GDPR_ACT.applicationDate,
      validTo: null,
      currency: 'GBP',
      fixed: Object.freeze(money('17500000', 'GBP')),
      turnoverShare: new Decimal('0.04'),
      combination: 'higher',
      citation: dpa2018(
        's.157(5)',
        'The higher maximum amount is (a) in the case of an undertaking, £17,500,000 or 4% of the undertaking’s total annual worldwide turnover in the preceding financial year, whichever is higher, or (b) in any other case, £17,500,000.',
      ),
    },
  ],
};

export const UK_GDPR_FINE_PROVISIONS: readonly FineProvision[] = [UK_GDPR_STANDARD, UK_GDPR_HIGHER];

/** UK GDPR Art. 83 keeps the tiers of the EU text: 83(4) → standard, 83(5) and (6) → higher. */
export const UK_TIER_OF_GDPR_PROVISION: Readonly<Record<string, string>> = {
  'GDPR 83(4)': UK_GDPR_STANDARD.id,
  'GDPR 83(5)': UK_GDPR_HIGHER.id,
  'GDPR 83(6)': UK_GDPR_HIGHER.id,
};
