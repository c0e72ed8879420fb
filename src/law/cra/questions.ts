import type { Question } from '../act-module.js';

/** The CRA's questions of the vendor questionnaire: each of its duties is covered by exactly one. */
export const CRA_QUESTIONS: readonly Question[] = [
  {
    id: 'cra-essential-requirements',
    question:
      'Do the products with digital elements you manufacture meet the essential cybersecurity requirements of CRA Annex I, with vulnerabilities handled over their support period?',
    obligations: ['CRA Art. 13'],
  },
  {
    id: 'cra-reporting',
    question:
      'Can you notify actively exploited vulnerabilities and severe incidents to the CSIRT and ENISA within 24 hours (early warning) and 72 hours, with a final report?',
    obligations: ['CRA Art. 14'],
  },
  {
    id: 'cra-other-operators',
    question:
      'As an authorised representative, importer or distributor of such products, do you perform the checks and tasks of CRA Arts 18 to 20?',
    obligations: ['CRA Art. 18', 'CRA Art. 19', 'CRA Art. 20'],
  },
];
