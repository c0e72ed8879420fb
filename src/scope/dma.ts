import { profileOnDateArgs } from '../core/arguments.js';
import { parseInput } from '../core/validation.js';
import { assessGatekeeperOf, type GatekeeperAssessment } from '../law/dma/rules/gatekeeper.js';
import { parseProfile } from '../profile/parse.js';

export {
  CORE_PLATFORM_SERVICE_OF_KIND,
  type CorePlatformServiceStatus,
  complianceDeadline,
  type GatekeeperAssessment,
  type LimbResult,
} from '../law/dma/rules/gatekeeper.js';

/**
 * The company's standing under the DMA on `asOf`, with the reasons: designated for a core platform
 * service, and whether the Art. 3(2) presumption holds, limb by limb, with the Art. 18 flag.
 */
export function assessGatekeeper(input: unknown): GatekeeperAssessment {
  const { profile, asOf, fx } = parseInput(profileOnDateArgs, input, 'assessGatekeeper arguments');
  return assessGatekeeperOf(parseProfile(profile), asOf, fx);
}

/**
 * Whether the company is a gatekeeper on `asOf`: designated by the Commission for at least one
 * core platform service (Art. 3(1) and (9)). Meeting the Art. 3(2) thresholds only presumes it, and
 * calls for a notification (Art. 3(3)): `assessGatekeeper` gives the presumption and the reasons.
 */
export function isGatekeeper(input: unknown): boolean {
  const { profile, asOf, fx } = parseInput(profileOnDateArgs, input, 'isGatekeeper arguments');
  return assessGatekeeperOf(parseProfile(profile), asOf, fx).designated;
}
