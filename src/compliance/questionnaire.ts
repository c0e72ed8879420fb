import * as z from 'zod';
import { parseInput } from '../core/validation.js';
import type { Question } from '../law/act-module.js';
import { ACTS } from '../law/registry.js';
import type { PostureStatus } from '../profile/schema.js';

export type { Question };

/**
 * A short vendor questionnaire: each question covers a group of obligations, and every obligation the
 * library models is covered by exactly one question. Answers map to a posture: yes → met, partly →
 * partly met, no → not met, unknown (or null) → unknown; a question left out gives no posture entry,
 * which gap analysis reads as unknown.
 */
export const QUESTIONNAIRE: readonly Question[] = /* @__PURE__ */ Object.freeze(
  ACTS.flatMap((a) => a.questions ?? []),
);

const ANSWER_TO_POSTURE: Record<string, PostureStatus> = {
  yes: 'met',
  partly: 'partly met',
  no: 'not met',
  unknown: 'unknown',
};

const answerSchema = /* @__PURE__ */ z.union([
  z.enum(['yes', 'no', 'partly', 'unknown']),
  z.boolean(),
  z.null(),
]);
const questionIds = /* @__PURE__ */ QUESTIONNAIRE.map((q) => q.id);
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
