import * as z from 'zod';
import { isoDateSchema, parseInput } from '../core/validation.js';
import { dsaServices, type VeryLargePlatformAssessment } from '../law/dsa/rules/services.js';
import { parseProfile } from '../profile/parse.js';

export type { DsaServiceStatus, VeryLargePlatformAssessment } from '../law/dsa/rules/services.js';

const args = z.object({ profile: z.unknown(), asOf: isoDateSchema }).strict();

/**
 * Whether the company provides a very large online platform or search engine on `asOf`: one of
 * its online platforms or search engines designated by the Commission, with Section 5 applying
 * from four months after the notification (Art. 33(4)-(6)); and whether a service reaches the
 * 45 million recipients that call for a designation.
 */
export function isVeryLargePlatform(input: unknown): VeryLargePlatformAssessment {
  const { profile, asOf } = parseInput(args, input, 'isVeryLargePlatform arguments');
  return dsaServices(parseProfile(profile), asOf);
}
