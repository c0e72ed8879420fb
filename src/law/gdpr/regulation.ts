import type { Citation } from '../../core/citation.js';
import { eurLexAct } from '../eur-lex.js';
import type { Act } from '../types.js';

const INSTRUMENT = 'Regulation (EU) 2016/679 (General Data Protection Regulation)';
const URL = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj';

/** A citation of a provision of the GDPR, pointing at the Official Journal text on EUR-Lex. */
export const gdpr = /* @__PURE__ */ eurLexAct(INSTRUMENT, '32016R0679', URL);

/**
 * The GDPR: published in OJ L 119 of 4 May 2016, in force on the twentieth day after publication
 * (24 May 2016), applicable from 25 May 2018 (Art. 99).
 */
export const GDPR_ACT: Act = {
  regime: 'GDPR',
  title: INSTRUMENT,
  citation: gdpr('Art. 99', 'It shall apply from 25 May 2018.'),
  entryIntoForce: '2016-05-24',
  applicationDate: '2018-05-25',
};

/** Recital 150 and the Court of Justice: "undertaking" has its competition-law meaning (the group). */
export const UNDERTAKING_CITATIONS: readonly Citation[] = [
  gdpr(
    'Recital 150',
    'Where administrative fines are imposed on an undertaking, an undertaking should be understood to be an undertaking in accordance with Articles 101 and 102 TFEU for those purposes.',
  ),
  {
    instrument: 'Judgment of the Court (Grand Chamber), Deutsche Wohnen, C-807/21',
    provision: 'operative part',
    ecli: 'ECLI:EU:C:2023:950',
    url: 'https://curia.europa.eu/juris/liste.jsf?num=C-807/21',
    text: 'Where the addressee of a fine is or forms part of an undertaking, the maximum is calculated on the basis of a percentage of the total worldwide annual turnover of the undertaking concerned in the preceding business year.',
  },
  {
    instrument: 'Judgment of the Court (Fifth Chamber), ILVA, C-383/23',
    provision: 'operative part',
    ecli: 'ECLI:EU:C:2025:84',
    url: 'https://curia.europa.eu/juris/liste.jsf?num=C-383/23',
    text: '"Undertaking" in Art. 83(4) to (6) GDPR is the concept of Arts 101 and 102 TFEU: the maximum is calculated on the total worldwide annual turnover of the undertaking (the economic unit) in the preceding financial year.',
  },
];
