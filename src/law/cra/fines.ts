import { Decimal } from '../../core/decimal.js';
import { money } from '../../core/money.js';
import type { FineCapVersion, FineProvision } from '../types.js';
import { PENALTIES_FROM } from './application.js';
import { cra } from './regulation.js';

/**
 * The three maxima of Art. 64(2) to (4). Member States lay down the penalties (Art. 64(1)); the
 * Regulation bounds the administrative fines ("up to"), on the offender's total worldwide annual
 * turnover for the preceding financial year where the offender is an undertaking, whichever of
 * the two is higher. Each paragraph sets one maximum per infringement.
 *
 * Read from the Official Journal wording as known; the EUR-Lex text was not re-read in this
 * review (`verified: false`, listed as pending by `lawStatus`).
 */
const PER_INFRINGEMENT = {
  rule: 'per infringement',
  citation: cra(
    'Art. 64(2)-(4)',
    'shall be subject to administrative fines of up to ... or, if the offender is an undertaking, up to ... of its total worldwide annual turnover for the preceding financial year, whichever is higher',
  ),
} as const;

const TURNOVER = (paragraph: string) =>
  ({
    whose: 'undertaking',
    year: 'preceding financial year',
    wording:
      'if the offender is an undertaking, its total worldwide annual turnover for the preceding financial year',
    citations: [cra(`Art. 64(${paragraph})`)],
  }) as const;

function version(fixed: string, share: string, paragraph: string, text: string): FineCapVersion {
  return {
    validFrom: PENALTIES_FROM,
    validTo: null,
    currency: 'EUR',
    fixed: Object.freeze(money(fixed, 'EUR')),
    turnoverShare: new Decimal(share),
    combination: 'higher',
    verified: false,
    citation: cra(`Art. 64(${paragraph})`, text),
  };
}

/** Art. 64(2): the essential cybersecurity requirements of Annex I and the obligations of Arts 13 and 14. */
export const CRA_64_2: FineProvision = {
  id: 'CRA 64(2)',
  regime: 'CRA',
  title:
    'Non-compliance with the essential cybersecurity requirements set out in Annex I and the obligations set out in Articles 13 and 14',
  nature: 'maximum',
  imposedBy: 'national authority',
  cumulation: PER_INFRINGEMENT,
  turnoverBasis: TURNOVER('2'),
  versions: [
    version(
      '15000000',
      '0.025',
      '2',
      'The non-compliance with the essential cybersecurity requirements set out in Annex I and the obligations set out in Articles 13 and 14 shall be subject to administrative fines of up to EUR 15 000 000 or, if the offender is an undertaking, up to 2,5 % of its total worldwide annual turnover for the preceding financial year, whichever is higher.',
    ),
  ],
};

/** Art. 64(3): the other obligations of economic operators (Arts 18 to 23, 28, 30 to 33, 39, 41, 47, 49, 53). */
export const CRA_64_3: FineProvision = {
  id: 'CRA 64(3)',
  regime: 'CRA',
  title:
    'Non-compliance with the obligations set out in Articles 18 to 23, Article 28, Article 30(1) to (3), Article 31(1) to (4), Article 32(1), (2) and (3), Article 33(5), and Articles 39, 41, 47, 49 and 53',
  nature: 'maximum',
  imposedBy: 'national authority',
  cumulation: PER_INFRINGEMENT,
  turnoverBasis: TURNOVER('3'),
  versions: [
    version(
      '10000000',
      '0.02',
      '3',
      'The non-compliance with the obligations set out in Articles 18 to 23, Article 28, Article 30(1) to (3), Article 31(1) to (4), Article 32(1), (2) and (3), Article 33(5), and Articles 39, 41, 47, 49 and 53 shall be subject to administrative fines of up to EUR 10 000 000 or, if the offender is an undertaking, up to 2 % of its total worldwide annual turnover for the preceding financial year, whichever is higher.',
    ),
  ],
};

/** Art. 64(4): incorrect, incomplete or misleading information to notified bodies and authorities. */
export const CRA_64_4: FineProvision = {
  id: 'CRA 64(4)',
  regime: 'CRA',
  title:
    'The supply of incorrect, incomplete or misleading information to notified bodies and market surveillance authorities in reply to a request',
  nature: 'maximum',
  imposedBy: 'national authority',
  cumulation: PER_INFRINGEMENT,
  turnoverBasis: TURNOVER('4'),
  versions: [
    version(
      '5000000',
      '0.01',
      '4',
      'The supply of incorrect, incomplete or misleading information to notified bodies and market surveillance authorities in reply to a request shall be subject to administrative fines of up to EUR 5 000 000 or, if the offender is an undertaking, up to 1 % of its total worldwide annual turnover for the preceding financial year, whichever is higher.',
    ),
  ],
};

export const CRA_FINE_PROVISIONS: readonly FineProvision[] = [CRA_64_2, CRA_64_3, CRA_64_4];

/**
 * Art. 64(10): the fines of paragraphs 2 to 4 do not apply (a) to manufacturers that are micro or
 * small enterprises for a missed deadline of Art. 14(2)(a) or 14(4)(a), the 24-hour early
 * warnings; (b) to any infringement by open-source software stewards.
 */
export const EXEMPTIONS_CITATION = /* @__PURE__ */ cra(
  'Art. 64(10)',
  'Without prejudice to paragraph 9, the administrative fines referred to in paragraphs 2 to 4 shall not apply to the following: (a) manufacturers that qualify as microenterprises or small enterprises with regard to any failure to meet the deadline referred to in Article 14(2), point (a), or Article 14(4), point (a); (b) any infringement of this Regulation by open-source software stewards.',
);
