import { Decimal } from '../../core/decimal.js';
import { money } from '../../core/money.js';
import type { FineProvision } from '../types.js';
import { NIS2_ACT, nis2 } from './directive.js';

/** Art. 34: a maximum for each infringement of Art. 21 or 23; national law may add a rule on several. */
const PER_INFRINGEMENT = {
  rule: 'per infringement',
  citation: nis2(
    'Art. 34(4)-(5)',
    'Member States shall ensure that, where they infringe Article 21 or 23, essential [important] entities are subject ... to administrative fines of a maximum of at least ...',
  ),
} as const;

const GROUP_TURNOVER = {
  whose: 'undertaking',
  year: 'preceding financial year',
  wording:
    'the total worldwide annual turnover in the preceding financial year of the undertaking to which the entity belongs',
  citations: [
    nis2(
      'Art. 34(4)',
      'a maximum of at least 2 % of the total worldwide annual turnover in the preceding financial year of the undertaking to which the essential entity belongs',
    ),
  ],
} as const;

/** Art. 34(4): essential entities infringing Art. 21 or 23. */
export const NIS2_34_4: FineProvision = {
  id: 'NIS2 34(4)',
  regime: 'NIS2',
  title:
    'Essential entity infringing Article 21 (cybersecurity risk-management measures) or Article 23 (reporting obligations)',
  nature: 'minimum-of-maximum',
  imposedBy: 'national authority',
  cumulation: PER_INFRINGEMENT,
  turnoverBasis: GROUP_TURNOVER,
  versions: [
    {
      validFrom: NIS2_ACT.applicationDate,
      validTo: null,
      currency: 'EUR',
      fixed: Object.freeze(money('10000000', 'EUR')),
      turnoverShare: new Decimal('0.02'),
      combination: 'higher',
      citation: nis2(
        'Art. 34(4)',
        'Member States shall ensure that where they infringe Article 21 or 23, essential entities are subject to administrative fines of a maximum of at least EUR 10 000 000 or of a maximum of at least 2 % of the total worldwide annual turnover in the preceding financial year of the undertaking to which the essential entity belongs, whichever is higher.',
      ),
    },
  ],
};

/** Art. 34(5): important entities infringing Art. 21 or 23. */
export const NIS2_34_5: FineProvision = {
  id: 'NIS2 34(5)',
  regime: 'NIS2',
  title:
    'Important entity infringing Article 21 (cybersecurity risk-management measures) or Article 23 (reporting obligations)',
  nature: 'minimum-of-maximum',
  imposedBy: 'national authority',
  cumulation: PER_INFRINGEMENT,
  turnoverBasis: { ...GROUP_TURNOVER, citations: [nis2('Art. 34(5)')] },
  versions: [
    {
      validFrom: NIS2_ACT.applicationDate,
      validTo: null,
      currency: 'EUR',
      fixed: Object.freeze(money('7000000', 'EUR')),
      turnoverShare: new Decimal('0.014'),
      combination: 'higher',
      citation: nis2(
        'Art. 34(5)',
        'Member States shall ensure that where they infringe Article 21 or 23, important entities are subject to administrative fines of a maximum of at least EUR 7 000 000 or of a maximum of at least 1,4 % of the total worldwide annual turnover in the preceding financial year of the undertaking to which the important entity belongs, whichever is higher.',
      ),
    },
  ],
};

export const NIS2_FINE_PROVISIONS: readonly FineProvision[] = [NIS2_34_4, NIS2_34_5];
