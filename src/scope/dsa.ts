import * as z from 'zod';
import { isoDateSchema, parseInput } from '../core/validation.js';
import { dsaServices, type VeryLargePlatformAssessment } from '../law/dsa/rules/services.js';
import { parseProfile } from '../profile/parse.js';

export type { DsaServiceStatus, VeryLargePlatformAssessment } from '../law/dsa/rules/services.js';

export const veryLargePlatformArgs = /* @__PURE__ */ z
  .object({ profile: z.unknown(), asOf: isoDateSchema })
  .strict();

/**
 * The company's online platforms and search engines under the DSA on `asOf`, with the reasons:
 * each one designated by the Commission or not, with Section 5 applying from four months after the
 * notification (Art. 33(4)-(6)), and whether a service reaches the 45 million recipients that call
 * for a designation.
 */
export function assessVeryLargePlatform(input: unknown): VeryLargePlatformAssessment {
  const { profile, asOf } = parseInput(veryLargePlatformArgs, input, 'assessVeryLargePlatform arguments');
  return dsaServices(parseProfile(profile), asOf);
}

/**
 * Whether the company provides a very large online platform or search engine on `asOf`: one of its
 * services designated by the Commission (Art. 33(4)). Reaching 45 million recipients alone does not
 * make one: `assessVeryLargePlatform` says whether a service reaches it, and why.
 */
export function isVeryLargePlatform(input: unknown): boolean {
  const { profile, asOf } = parseInput(veryLargePlatformArgs, input, 'isVeryLargePlatform arguments');
  return dsaServices(parseProfile(profile), asOf).veryLarge;
}
