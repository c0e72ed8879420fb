import type { IsoDate } from '../core/dates.js';
import type { ConversionOptions } from '../core/fx/convert.js';
import { GDPR } from '../law/gdpr/index.js';
import { actModule, type Regime } from '../law/registry.js';
import type { CompanyProfile, PostureStatus } from '../profile/schema.js';
import { obligationsOf } from '../scope/obligations.js';

/**
 * How much each answer counts as not met: "unknown" counts as fully not met, so that it never
 * scores better than "met" or than no answer; a duty without an answer counts as unknown. The risk
 * score's gap share and the frequency's posture both read it.
 */
export const NOT_MET_WEIGHTS: Readonly<Record<PostureStatus, number>> = /* @__PURE__ */ Object.freeze({
  'not met': 1,
  unknown: 1,
  'partly met': 0.5,
  met: 0,
});

/**
 * The regime's applicable duties and how many the posture does not show as met ("unknown" and a
 * duty without an answer count as not met); null where the profile gives no posture at all.
 */
export function postureOf(
  profile: CompanyProfile,
  regime: Regime,
  asOf: IsoDate,
  fx: ConversionOptions,
): { applicable: number; notMet: number } | null {
  if (!profile.posture) return null;
  // The duties the regime may lay on the company: those that apply and those whose scope is
  // undetermined (read conservatively), or those of the act it is answered through (the UK GDPR
  // and the French cookie rules: the GDPR's, whose articles they share or rest on).
  const own = actModule(regime).enforcement.dutiesOf ?? regime;
  const duties = obligationsOf(profile, asOf, fx).obligations.filter(
    (o) => o.regime === own && (o.status === 'applies' || o.status === 'undetermined'),
  );
  if (duties.length === 0) return postureShare(profile);
  let notMet = 0;
  for (const d of duties) {
    const answer = profile.posture.find(
      (p) => p.obligation === d.id && (p.service === undefined || p.service === d.service),
    );
    notMet += NOT_MET_WEIGHTS[answer?.status ?? 'unknown'];
  }
  return { applicable: duties.length, notMet };
}

/** The GDPR answers of the posture on their own (where no GDPR duty is listed, e.g. a UK company). */
export function postureShare(profile: CompanyProfile): { applicable: number; notMet: number } | null {
  const answers = (profile.posture ?? []).filter((p) => p.obligation.startsWith(`${GDPR.regime} `));
  if (!profile.posture || answers.length === 0) return null;
  const notMet = answers.reduce((n, p) => n + NOT_MET_WEIGHTS[p.status], 0);
  return { applicable: answers.length, notMet };
}
