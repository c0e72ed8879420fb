import type { Question } from '../act-module.js';

const dsa = (...articles: string[]) => articles.map((a) => `DSA Art. ${a}`);

/** The DSA's questions of the vendor questionnaire: each of its duties is covered by exactly one. */
export const DSA_QUESTIONS: readonly Question[] = [
  {
    id: 'dsa-points-of-contact',
    question:
      'Have you designated the points of contact of DSA Arts 11 and 12 (and a legal representative in the Union if you have no establishment there)?',
    obligations: dsa('11', '12', '13'),
  },
  {
    id: 'dsa-terms-and-conditions',
    question:
      'Do your terms and conditions state content restrictions and the main parameters of your recommender systems?',
    obligations: dsa('14', '27'),
  },
  {
    id: 'dsa-transparency-reporting',
    question:
      'Do you publish the transparency reports and user numbers the DSA requires, and submit statements of reasons to the Commission database?',
    obligations: dsa('15', '24(1)', '24(2)', '24(3)', '24(5)', '42'),
  },
  {
    id: 'dsa-notice-and-action',
    question:
      'Do you run notice and action mechanisms with statements of reasons, trusted-flagger priority, suspension for misuse and notification of suspected criminal offences?',
    obligations: dsa('16', '17', '18', '22', '23'),
  },
  {
    id: 'dsa-complaints',
    question:
      'Do you offer an internal complaint-handling system and engage with out-of-court dispute settlement bodies?',
    obligations: dsa('20', '21'),
  },
  {
    id: 'dsa-interface-and-advertising',
    question:
      'Is your interface free of dark patterns, are advertisements labelled (and kept in a repository), are minors protected, and is a non-profiling recommender option offered where required?',
    obligations: dsa('25', '26', '28', '38', '39'),
  },
  {
    id: 'dsa-marketplace',
    question:
      'Do you trace traders, design the interface for their compliance, and inform consumers of illegal products?',
    obligations: dsa('30', '31', '32'),
  },
  {
    id: 'dsa-systemic-risks',
    question:
      'Do you assess and mitigate systemic risks, undergo the yearly independent audit, give data access, run a compliance function and pay the supervisory fee?',
    obligations: dsa('34', '35', '36', '37', '40', '41', '43'),
  },
];
