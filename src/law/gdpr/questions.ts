import type { Question } from '../act-module.js';

const gdpr = (...articles: number[]) => articles.map((a) => `GDPR Art. ${a}`);

/** The GDPR's questions of the vendor questionnaire: each of its duties is covered by exactly one. */
export const GDPR_QUESTIONS: readonly Question[] = [
  {
    id: 'principles',
    question:
      'Do you apply the principles of Art. 5 (purpose limitation, minimisation, accuracy, storage limitation) and document how (accountability)?',
    obligations: gdpr(5),
  },
  {
    id: 'lawful-basis',
    question: 'Have you documented a lawful basis of Art. 6(1) for each processing purpose?',
    obligations: gdpr(6),
  },
  {
    id: 'consent',
    question:
      'Where you rely on consent, can you demonstrate it, and is it as easy to withdraw as to give (including parental consent for children)?',
    obligations: gdpr(7, 8),
  },
  {
    id: 'special-categories',
    question:
      'Where you process special categories of data, does each processing rest on an exception of Art. 9(2)?',
    obligations: gdpr(9),
  },
  {
    id: 'privacy-notice',
    question: 'Do you give data subjects the information of Arts 13 and 14 (a privacy notice)?',
    obligations: gdpr(13, 14),
  },
  {
    id: 'data-subject-requests',
    question:
      'Do you answer requests to exercise the rights of Arts 15 to 21 within one month, with a documented procedure?',
    obligations: gdpr(12, 15, 16, 17, 18, 19, 20, 21),
  },
  {
    id: 'automated-decisions',
    question:
      'Are decisions based solely on automated processing limited to the cases of Art. 22(2), with human intervention available?',
    obligations: gdpr(22),
  },
  {
    id: 'privacy-by-design',
    question: 'Do you apply data protection by design and by default to new systems and processes?',
    obligations: gdpr(25),
  },
  {
    id: 'joint-controllers',
    question:
      'Do you have an arrangement with each joint controller setting out your respective responsibilities?',
    obligations: gdpr(26),
  },
  {
    id: 'representative',
    question: 'Have you designated in writing a representative in the Union?',
    obligations: gdpr(27),
  },
  {
    id: 'processor-contracts',
    question:
      'Is every processing by or for a processor covered by a contract with the content of Art. 28(3), and done on documented instructions?',
    obligations: gdpr(28, 29),
  },
  { id: 'records', question: 'Do you maintain a record of processing activities?', obligations: gdpr(30) },
  {
    id: 'cooperation',
    question: 'Do you cooperate with supervisory authorities on request?',
    obligations: gdpr(31),
  },
  {
    id: 'security',
    question:
      'Have you implemented appropriate technical and organisational security measures (Art. 32), and do you test them?',
    obligations: gdpr(32),
  },
  {
    id: 'breach-procedure',
    question:
      'Do you have a procedure to notify personal data breaches within 72 hours and to inform data subjects of high-risk breaches?',
    obligations: gdpr(33, 34),
  },
  {
    id: 'impact-assessment',
    question:
      'Have you carried out a data protection impact assessment for each processing likely to result in a high risk?',
    obligations: gdpr(35),
  },
  {
    id: 'data-protection-officer',
    question:
      'Have you designated a data protection officer, notified the authority, and do they report independently to the highest management?',
    obligations: gdpr(37, 38, 39),
  },
  {
    id: 'transfers',
    question:
      'Does every transfer outside the EEA rest on an adequacy decision, appropriate safeguards or a derogation of Chapter V?',
    obligations: gdpr(44),
  },
];
