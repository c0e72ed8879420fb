import { z } from 'zod';
import { parseInput } from '../core/validation.js';
import { DMA_OBLIGATIONS } from '../law/dma/obligations.js';
import { obligationId } from '../law/obligation-catalogue.js';
import type { PostureStatus } from '../profile/schema.js';

/** A question of the vendor questionnaire and the obligations a yes/no answer to it settles. */
export interface Question {
  readonly id: string;
  readonly question: string;
  readonly obligations: readonly string[];
}

const gdpr = (...articles: number[]) => articles.map((a) => `GDPR Art. ${a}`);
const dsa = (...articles: string[]) => articles.map((a) => `DSA Art. ${a}`);

/**
 * A short vendor questionnaire: each question covers a group of obligations, and every obligation the
 * library models is covered by exactly one question. Answers map to a posture: yes → met, partly →
 * partly met, no → not met, unknown (or null) → unknown; a question left out gives no posture entry,
 * which gap analysis reads as unknown.
 */
export const QUESTIONNAIRE: readonly Question[] = [
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
  {
    id: 'dma-obligations',
    question:
      'Have you implemented each obligation of DMA Arts 5 to 7 for every designated core platform service?',
    obligations: DMA_OBLIGATIONS.map(obligationId),
  },
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

const ANSWER_TO_POSTURE: Record<string, PostureStatus> = {
  yes: 'met',
  partly: 'partly met',
  no: 'not met',
  unknown: 'unknown',
};

const answerSchema = z.union([z.enum(['yes', 'no', 'partly', 'unknown']), z.boolean(), z.null()]);
const questionIds = QUESTIONNAIRE.map((q) => q.id);
// Keys are checked on the input itself: a record rebuilt by the parser would lose "__proto__".
const answersSchema = z
  .custom<Record<string, unknown>>(
    (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
    'expected an object of answers',
  )
  .superRefine((answers, ctx) => {
    for (const id of Object.keys(answers))
      if (!questionIds.includes(id))
        ctx.addIssue({
          code: 'custom',
          path: [id],
          message: `unknown question; the questions are ${questionIds.join(', ')}`,
        });
  })
  .pipe(z.record(z.string(), answerSchema));

export interface PostureEntry {
  readonly obligation: string;
  readonly status: PostureStatus;
  readonly evidence: string;
}

/**
 * The posture a questionnaire's answers give, ready for `profile.posture`: one entry for each
 * obligation its answered questions cover. `{ records: 'yes', security: false }` → GDPR Art. 30 met,
 * GDPR Art. 32 not met.
 */
export function postureFromQuestionnaire(answers: unknown): PostureEntry[] {
  const parsed = parseInput(answersSchema, answers, 'questionnaire answers');
  const entries: PostureEntry[] = [];
  for (const question of QUESTIONNAIRE) {
    if (!Object.hasOwn(parsed, question.id)) continue;
    const raw = parsed[question.id];
    const answer =
      raw === true ? 'yes' : raw === false ? 'no' : raw === null || raw === undefined ? 'unknown' : raw;
    const status = ANSWER_TO_POSTURE[answer] as PostureStatus;
    for (const obligation of question.obligations)
      entries.push({ obligation, status, evidence: `questionnaire "${question.id}": ${answer}` });
  }
  return entries;
}
