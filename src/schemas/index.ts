// lexposure/schemas: JSON Schema (draft 2020-12) of every input, generated from the zod schemas the
// library validates with, for tools in other languages. The same documents ship as files in the
// package, under schemas/.

import * as z from 'zod';
import { QUESTIONNAIRE } from '../compliance/questionnaire.js';
import { deepFreeze } from '../core/freeze.js';
import { exchangeRateSchema } from '../core/fx/schema.js';
import { deadlineArgs, isLateArgs } from '../deadlines/deadline.js';
import { estimateArgs } from '../exposure/estimate.js';
import { riskScoreArgs } from '../exposure/risk-score.js';
import { simulateArgs } from '../exposure/simulate.js';
import { legalMaximumArgs } from '../fines/legal-maximum.js';
import { maximumFineArgs } from '../fines/maximum-fine.js';
import { periodicPenaltyArgs } from '../fines/periodic-penalty.js';
import { apFineArgs } from '../methods/ap/ap-fine.js';
import { dskFineArgs } from '../methods/dsk/dsk-fine.js';
import { edpbFineArgs } from '../methods/edpb/edpb-fine.js';
import { icoFineArgs } from '../methods/ico/ico-fine.js';
import { postureEntrySchema, profileSchema } from '../profile/schema.js';
import { sanctionQuerySchema } from '../sanctions/sanction-set.js';
import { sanctionSchema } from '../sanctions/schema.js';

export type JsonSchema = Record<string, unknown>;

/** Where the published package serves the files. */
const BASE = 'https://unpkg.com/lexposure/schemas';

function toJson(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as JsonSchema;
}

const PROFILE = /* @__PURE__ */ toJson(profileSchema);

/** An arguments object whose `profile` is the company profile (given inline, as JSON). */
function withProfile(name: string, schema: z.ZodType): JsonSchema {
  const json = toJson(schema);
  const properties = json.properties as Record<string, unknown> | undefined;
  const { $schema: _, ...profile } = PROFILE;
  if (properties?.profile !== undefined) {
    properties.profile = { $ref: '#/$defs/profile' };
    json.$defs = { ...((json.$defs as object | undefined) ?? {}), profile };
  }
  return { $id: `${BASE}/${name}.json`, ...json };
}

function standalone(name: string, schema: z.ZodType): JsonSchema {
  return { $id: `${BASE}/${name}.json`, ...toJson(schema) };
}

const answer = /* @__PURE__ */ z.union([z.enum(['yes', 'no', 'partly', 'unknown']), z.boolean(), z.null()]);

/** The questionnaire answers of postureFromQuestionnaire, one optional property per question. */
const questionnaireAnswers = z
  .object(
    Object.fromEntries(QUESTIONNAIRE.map((q) => [q.id, answer.optional().meta({ description: q.question })])),
  )
  .strict();

/** Every input of the library, as JSON Schema, by name. */
export const schemas = /* @__PURE__ */ deepFreeze({
  profile: { $id: `${BASE}/profile.json`, ...PROFILE },
  postureEntry: standalone('postureEntry', postureEntrySchema),
  questionnaireAnswers: standalone('questionnaireAnswers', questionnaireAnswers),
  exchangeRate: standalone('exchangeRate', exchangeRateSchema),
  sanction: standalone('sanction', sanctionSchema),
  sanctionQuery: standalone('sanctionQuery', sanctionQuerySchema),
  legalMaximumArgs: withProfile('legalMaximumArgs', legalMaximumArgs),
  maximumFineArgs: withProfile('maximumFineArgs', maximumFineArgs),
  periodicPenaltyArgs: withProfile('periodicPenaltyArgs', periodicPenaltyArgs),
  edpbFineArgs: withProfile('edpbFineArgs', edpbFineArgs),
  icoFineArgs: withProfile('icoFineArgs', icoFineArgs),
  apFineArgs: withProfile('apFineArgs', apFineArgs),
  dskFineArgs: withProfile('dskFineArgs', dskFineArgs),
  estimateExposureArgs: withProfile('estimateExposureArgs', estimateArgs),
  simulateArgs: withProfile('simulateArgs', simulateArgs),
  riskScoreArgs: withProfile('riskScoreArgs', riskScoreArgs),
  deadlineArgs: standalone('deadlineArgs', deadlineArgs),
  isLateArgs: standalone('isLateArgs', isLateArgs),
} as const satisfies Record<string, JsonSchema>);

export type SchemaName = keyof typeof schemas;
