import type { Citation } from '../../core/citation.js';
import { Decimal } from '../../core/decimal.js';
import { type Money, money } from '../../core/money.js';
import type { FineProvision } from '../types.js';
import { GDPR_ACT, gdpr, UNDERTAKING_CITATIONS } from './regulation.js';

/** Art. 83(3): several infringements in the same or linked processing operations. */
export const LINKED_PROCESSING_RULE: Citation = /* @__PURE__ */ gdpr(
  'Art. 83(3)',
  'If a controller or processor intentionally or negligently, for the same or linked processing operations, infringes several provisions of this Regulation, the total amount of the administrative fine shall not exceed the amount specified for the gravest infringement.',
);

const LINKED = { rule: 'linked operations', citation: LINKED_PROCESSING_RULE } as const;

/** A constant amount of the act: frozen, so its serialised form is computed once. */
function fixedAmount(amount: string): Money {
  return Object.freeze(money(amount, 'EUR'));
}

const TURNOVER_BASIS = {
  whose: 'undertaking',
  year: 'preceding financial year',
  wording: 'the total worldwide annual turnover of the preceding financial year',
  citations: UNDERTAKING_CITATIONS,
} as const;

/** Art. 83(7): whether and how far public authorities can be fined is for national law. */
export const PUBLIC_AUTHORITIES_RULE: Citation = /* @__PURE__ */ gdpr(
  'Art. 83(7)',
  'Without prejudice to the corrective powers of supervisory authorities pursuant to Article 58(2), each Member State may lay down the rules on whether and to what extent administrative fines may be imposed on public authorities and bodies established in that Member State.',
);

/** Art. 83(4): €10 000 000 or 2 % of turnover, whichever is higher. */
export const GDPR_83_4: FineProvision = {
  id: 'GDPR 83(4)',
  regime: 'GDPR',
  title:
    'Obligations of the controller and the processor (Arts 8, 11, 25 to 39, 42 and 43), of the certification body (Arts 42 and 43) and of the monitoring body (Art. 41(4))',
  nature: 'maximum',
  imposedBy: 'national authority',
  cumulation: LINKED,
  turnoverBasis: TURNOVER_BASIS,
  publicAuthorities: PUBLIC_AUTHORITIES_RULE,
  versions: [
    {
      validFrom: GDPR_ACT.applicationDate,
      validTo: null,
      currency: 'EUR',
      fixed: fixedAmount('10000000'),
      turnoverShare: new Decimal('0.02'),
      combination: 'higher',
      citation: gdpr(
        'Art. 83(4)',
        'administrative fines up to 10 000 000 EUR, or in the case of an undertaking, up to 2 % of the total worldwide annual turnover of the preceding financial year, whichever is higher',
      ),
    },
  ],
};

/** Art. 83(5): €20 000 000 or 4 % of turnover, whichever is higher. */
export const GDPR_83_5: FineProvision = {
  id: 'GDPR 83(5)',
  regime: 'GDPR',
  title:
    "Basic principles for processing, including conditions for consent (Arts 5, 6, 7 and 9); data subjects' rights (Arts 12 to 22); transfers to third countries (Arts 44 to 49); Member State law under Chapter IX; orders, limitations and access under Art. 58(1) and (2)",
  nature: 'maximum',
  imposedBy: 'national authority',
  cumulation: LINKED,
  turnoverBasis: TURNOVER_BASIS,
  publicAuthorities: PUBLIC_AUTHORITIES_RULE,
  versions: [
    {
      validFrom: GDPR_ACT.applicationDate,
      validTo: null,
      currency: 'EUR',
      fixed: fixedAmount('20000000'),
      turnoverShare: new Decimal('0.04'),
      combination: 'higher',
      citation: gdpr(
        'Art. 83(5)',
        'administrative fines up to 20 000 000 EUR, or in the case of an undertaking, up to 4 % of the total worldwide annual turnover of the preceding financial year, whichever is higher',
      ),
    },
  ],
};

/** Art. 83(6): non-compliance with an order of the supervisory authority (Art. 58(2)). */
export const GDPR_83_6: FineProvision = {
  id: 'GDPR 83(6)',
  regime: 'GDPR',
  title: 'Non-compliance with an order by the supervisory authority as referred to in Article 58(2)',
  nature: 'maximum',
  imposedBy: 'national authority',
  cumulation: LINKED,
  turnoverBasis: TURNOVER_BASIS,
  publicAuthorities: PUBLIC_AUTHORITIES_RULE,
  versions: [
    {
      validFrom: GDPR_ACT.applicationDate,
      validTo: null,
      currency: 'EUR',
      fixed: fixedAmount('20000000'),
      turnoverShare: new Decimal('0.04'),
      combination: 'higher',
      citation: gdpr(
        'Art. 83(6)',
        'Non-compliance with an order by the supervisory authority as referred to in Article 58(2) shall ... be subject to administrative fines up to 20 000 000 EUR, or in the case of an undertaking, up to 4 % of the total worldwide annual turnover of the preceding financial year, whichever is higher.',
      ),
    },
  ],
};

export const GDPR_FINE_PROVISIONS: readonly FineProvision[] = [GDPR_83_4, GDPR_83_5, GDPR_83_6];
