import { profileOnDateArgs } from '../core/arguments.js';
import type { IsoDate } from '../core/dates.js';
import type { ConversionOptions } from '../core/fx/convert.js';
import { memoPerProfileOnDate } from '../core/memo.js';
import type { Trace } from '../core/steps.js';
import { parseInput } from '../core/validation.js';
import type { ApplicableObligation } from '../law/applicable-obligation.js';
import { ACTS } from '../law/registry.js';
import { actContext } from '../profile/act-context.js';
import { parseProfile } from '../profile/parse.js';
import type { CompanyProfile } from '../profile/schema.js';

export type { ApplicableObligation } from '../law/applicable-obligation.js';

export interface ObligationsResult {
  readonly asOf: IsoDate;
  readonly obligations: readonly ApplicableObligation[];
  readonly steps: readonly Trace[];
}

/**
 * The obligations of every act whose duties are modelled (the GDPR's Arts 5 to 49, the DSA's Arts
 * 11 to 43, the DMA's Arts 5 to 7, NIS2's Arts 21 and 23...) that apply to the company on `asOf`,
 * each with its article, why it applies, the date it applies from for this company, and the fine
 * provision its breach falls under. Duties that apply later, or that an exemption lifts, are listed
 * with that status.
 */
export function obligationsFor(input: unknown): ObligationsResult {
  const { profile: raw, asOf, fx } = parseInput(profileOnDateArgs, input, 'obligationsFor arguments');
  const result = obligationsOf(parseProfile(raw), asOf, fx);
  // A copy: the memo keeps the original, which the caller may not change.
  return { asOf: result.asOf, obligations: [...result.obligations], steps: [...result.steps] };
}

/**
 * obligationsFor on a parsed profile, remembered per profile object (frozen, so the same object
 * means the same facts), date and rates: estimateExposure, riskScore and gapAnalysis ask it for the
 * same vendor in one batch row, and it need be worked out once.
 */
export const obligationsOf: (
  profile: CompanyProfile,
  asOf: IsoDate,
  fx: ConversionOptions,
) => ObligationsResult = /* @__PURE__ */ memoPerProfileOnDate(computeObligations);

/** Every act's duties as they apply to the company, act by act in the registry's order. */
function computeObligations(
  profile: CompanyProfile,
  asOf: IsoDate,
  fx: ConversionOptions,
): ObligationsResult {
  const steps: Trace[] = [];
  const obligations: ApplicableObligation[] = [];
  const context = actContext(profile, asOf, fx);
  for (const act of ACTS) {
    if (!act.obligations) continue;
    const found = act.obligations(profile, context);
    steps.push(...found.steps);
    obligations.push(...found.obligations);
  }
  return { asOf, obligations, steps };
}
