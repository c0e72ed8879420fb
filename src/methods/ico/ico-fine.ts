import { deepFreeze } from '../../core/freeze.js';
import { parseInput } from '../../core/validation.js';
import { UK_GDPR } from '../../law/uk-gdpr/index.js';
import { parseProfile } from '../../profile/parse.js';
import { computeFiveStepFine, type MethodFine } from '../five-step/compute.js';
import type { FiveStepMethod } from '../five-step/method.js';
import { methodArgs } from '../five-step/schema.js';
import {
  ICO_GUIDANCE,
  ICO_SERIOUSNESS_BANDS,
  ICO_SERIOUSNESS_CITATION,
  ICO_SIZE_BANDS,
  ICO_SIZE_CITATION,
  ICO_STEP_CITATIONS,
  ICO_TURNOVER_BASED_CITATION,
  ico,
} from './guidance.js';

/** The result of icoFine: every step of the ICO's fining guidance, in pounds. */
export type IcoFine = MethodFine;

export const ICO_METHOD: FiveStepMethod = {
  id: ICO_GUIDANCE.id,
  version: ICO_GUIDANCE.version,
  adopted: ICO_GUIDANCE.published,
  citation: ico('Steps 1 to 5'),
  regime: UK_GDPR.regime,
  currency: 'GBP',
  functionName: 'icoFine',
  seriousness: { bands: ICO_SERIOUSNESS_BANDS, citation: ICO_SERIOUSNESS_CITATION },
  size: {
    bands: ICO_SIZE_BANDS,
    citation: ICO_SIZE_CITATION,
    none: (_turnover, basis) =>
      basis === 'turnover'
        ? 'the statutory maximum is turnover-based: the starting point is the turnover × the percentage maximum × the seriousness, with no turnover adjustment'
        : null,
    noneCitation: ICO_TURNOVER_BASED_CITATION,
  },
  steps: {
    conduct: { label: 'Infringements and statutory maximum', citation: ICO_STEP_CITATIONS.conduct },
    seriousness: { label: 'Step 1: seriousness' },
    size: { label: 'Steps 2 and 3: turnover adjustment and starting point' },
    circumstances: { label: 'Step 4', citation: ICO_STEP_CITATIONS.circumstances },
    legalMaximum: { label: 'Statutory maximum', citation: ICO_STEP_CITATIONS.legalMaximum },
    final: { label: 'Step 5: effective, proportionate and dissuasive', citation: ICO_STEP_CITATIONS.final },
  },
  publicAuthorityMessage:
    'the profile is a public authority: the method starts from an undertaking’s statutory maximum and turnover; use the amounts of s.157 DPA 2018 for other persons',
};

/** The ICO's bands are lower, medium and high; "low", the word of the other methods, reads as "lower". */
export const icoFineArgs = /* @__PURE__ */ methodArgs(['lower', 'medium', 'high'], { low: 'lower' });

/**
 * The ICO's data protection fining guidance (March 2024), in pounds: seriousness (Step 1),
 * turnover (Step 2), the starting point (Step 3), aggravating and mitigating factors (Step 4), and
 * effectiveness, proportionality and dissuasiveness (Step 5), within the statutory maximum of
 * s.157 DPA 2018. The turnover bands do not overlap; there is no adjustment where the maximum is
 * turnover-based.
 */
export function icoFine(args: unknown): IcoFine {
  const input = parseInput(icoFineArgs, args, 'icoFine arguments');
  return computeFiveStepFine(ICO_METHOD, { ...input, profile: parseProfile(input.profile) });
}

// The tables above are the library's: frozen, so that no result sharing a part of them can change them.
deepFreeze(ICO_METHOD);
