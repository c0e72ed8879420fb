import type { Question } from '../act-module.js';

/** The NIS2 questions of the vendor questionnaire: risk management (Art. 21) and incident reporting (Art. 23). */
export const NIS2_QUESTIONS: readonly Question[] = [
  {
    id: 'nis2-risk-management',
    question: 'Have you taken the cybersecurity risk-management measures of NIS2 Art. 21?',
    obligations: ['NIS2 Art. 21'],
  },
  {
    id: 'nis2-incident-reporting',
    question: 'Can you report significant incidents within 24 hours (early warning), 72 hours and one month?',
    obligations: ['NIS2 Art. 23'],
  },
];
