import type { Duty } from '../act-module.js';
import { ARTICLE_14_FROM } from './application.js';
import type { CraRole } from './facts.js';
import { CRA_ACT, cra } from './regulation.js';

/** A duty of the CRA and the role of economic operator it is laid on. */
export interface CraDuty extends Duty {
  readonly role: CraRole;
}

/**
 * The duties of economic operators the CRA fines (Art. 64(2)-(3)). Open-source software stewards
 * have the duties of Art. 24, but are never fined (Art. 64(10)(b)), so none is listed for them.
 */
export const CRA_DUTIES: readonly CraDuty[] = [
  {
    regime: 'CRA',
    article: 'Art. 13',
    role: 'manufacturer',
    tier: 'manufacturer',
    appliesFrom: CRA_ACT.applicationDate,
    title:
      'Place on the market only products designed, developed and produced in accordance with the essential cybersecurity requirements of Annex I, and handle their vulnerabilities over the support period',
    citation: cra('Art. 13', 'Obligations of manufacturers'),
  },
  {
    regime: 'CRA',
    article: 'Art. 14',
    role: 'manufacturer',
    tier: 'manufacturer',
    appliesFrom: ARTICLE_14_FROM,
    title:
      'Notify actively exploited vulnerabilities and severe incidents: early warning within 24 hours, notification within 72 hours, final report',
    citation: cra('Art. 14', 'Reporting obligations of manufacturers'),
  },
  {
    regime: 'CRA',
    article: 'Art. 18',
    role: 'authorised representative',
    tier: 'authorised representative',
    appliesFrom: CRA_ACT.applicationDate,
    title: 'Perform the tasks specified in the mandate received from the manufacturer',
    citation: cra('Art. 18', 'Authorised representatives'),
  },
  {
    regime: 'CRA',
    article: 'Art. 19',
    role: 'importer',
    tier: 'importer',
    appliesFrom: CRA_ACT.applicationDate,
    title:
      'Place on the market only products that comply with the essential requirements of Annex I, after checking the manufacturer has done its part',
    citation: cra('Art. 19', 'Obligations of importers'),
  },
  {
    regime: 'CRA',
    article: 'Art. 20',
    role: 'distributor',
    tier: 'distributor',
    appliesFrom: CRA_ACT.applicationDate,
    title:
      'Act with due care in relation to the requirements of the Regulation when making products available',
    citation: cra('Art. 20', 'Obligations of distributors'),
  },
];
