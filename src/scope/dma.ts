import { profileOnDateArgs } from '../core/arguments.js';
import { parseInput } from '../core/validation.js';
import { assessGatekeeper, type GatekeeperAssessment } from '../law/dma/rules/gatekeeper.js';
import { parseProfile } from '../profile/parse.js';

export {
  CORE_PLATFORM_SERVICE_OF_KIND,
  type CorePlatformServiceStatus,
  complianceDeadline,
  type GatekeeperAssessment,
  type LimbResult,
} from '../law/dma/rules/gatekeeper.js';

/**
 * Whether the company is a gatekeeper under the DMA on `asOf`: designated for a core platform
 * service, and whether the Art. 3(2) presumption holds, limb by limb, with the Art. 18 flag.
 */
export function isGatekeeper(input: unknown): GatekeeperAssessment {
  const { profile, asOf, fx } = parseInput(profileOnDateArgs, input, 'isGatekeeper arguments');
  return assessGatekeeper(parseProfile(profile), asOf, fx);
}
