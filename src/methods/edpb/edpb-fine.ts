import { Decimal } from '../../core/decimal.js';
import { deepFreeze } from '../../core/freeze.js';
import { formatMoney } from '../../core/money.js';
import { parseInput } from '../../core/validation.js';
import { GDPR } from '../../law/gdpr/index.js';
import { parseProfile } from '../../profile/parse.js';
import { computeFiveStepFine, type MethodFine } from '../five-step/compute.js';
import type { FiveStepMethod } from '../five-step/method.js';
import { methodArgs } from '../five-step/schema.js';
import {
  EDPB_GUIDELINES,
  edpb,
  LARGE_UNDERTAKING_CITATION,
  NO_SIZE_ADJUSTMENT_ABOVE,
  SERIOUSNESS_BANDS,
  SERIOUSNESS_CITATION,
  SIZE_BANDS,
  SIZE_CITATION,
  STEP_CITATIONS,
} from './guidelines.js';

/** The result of edpbFine: every step of Guidelines 04/2022, in euros. */
export type EdpbFine = MethodFine;

const ABOVE = new Decimal(NO_SIZE_ADJUSTMENT_ABOVE);

export const EDPB_METHOD: FiveStepMethod = {
  id: EDPB_GUIDELINES.id,
  version: EDPB_GUIDELINES.version,
  adopted: EDPB_GUIDELINES.adopted,
  citation: edpb('chapters 3 to 7'),
  regime: GDPR.regime,
  currency: 'EUR',
  functionName: 'edpbFine',
  seriousness: { bands: SERIOUSNESS_BANDS, citation: SERIOUSNESS_CITATION },
  size: {
    bands: SIZE_BANDS,
    citation: SIZE_CITATION,
    none: (turnover) =>
      turnover.gt(ABOVE)
        ? `turnover ${formatMoney({ amount: turnover.toFixed(), currency: 'EUR' })} is above €500m: the size is already reflected in the dynamic legal maximum`
        : null,
    noneCitation: LARGE_UNDERTAKING_CITATION,
  },
  steps: {
    conduct: { label: 'Step 1: sanctionable conduct', citation: STEP_CITATIONS.conduct },
    seriousness: { label: 'Step 2: starting amount' },
    size: { label: 'Step 2: turnover adjustment' },
    circumstances: { label: 'Step 3', citation: STEP_CITATIONS.circumstances },
    legalMaximum: { label: 'Step 4: legal maximum', citation: STEP_CITATIONS.legalMaximum },
    final: {
      label: 'Step 5: effective, proportionate and dissuasive',
      citation: STEP_CITATIONS.effectiveness,
    },
  },
  publicAuthorityMessage:
    'GDPR Art. 83(7) leaves fines on public authorities and bodies to national law, so the EDPB method has no legal maximum to start from',
};

export const edpbFineArgs = /* @__PURE__ */ methodArgs(['low', 'medium', 'high']);

/**
 * EDPB Guidelines 04/2022 (v2.1), step by step: the conduct and its legal maximum (Step 1 and
 * chapter 4.1), the seriousness and the turnover adjustment (Step 2), the aggravating and mitigating
 * circumstances (Step 3), the legal maximum (Step 4) and effectiveness, proportionality and
 * dissuasiveness (Step 5). With the points an authority chose it reproduces its figures; without
 * them every step is the range the guidelines allow.
 */
export function edpbFine(args: unknown): EdpbFine {
  const input = parseInput(edpbFineArgs, args, 'edpbFine arguments');
  return computeFiveStepFine(EDPB_METHOD, { ...input, profile: parseProfile(input.profile) });
}

// The tables above are the library's: frozen, so that no result sharing a part of them can change them.
deepFreeze(EDPB_METHOD);
