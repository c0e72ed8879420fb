import { profileOnDateArgs } from '../core/arguments.js';
import { parseInput } from '../core/validation.js';
import { computeEnterpriseSize, type EnterpriseSize } from '../law/eu-sme/enterprise-size.js';
import { parseProfile } from './parse.js';

/**
 * Micro, small, medium or large under Recommendation 2003/361/EC on `asOf` (and small mid-cap
 * under Recommendation (EU) 2025/1099), from the profile's closed financial years, with the
 * two-period rule and the reasons year by year. The rules are in `law/eu-sme/`.
 */
export function enterpriseSize(args: unknown): EnterpriseSize {
  const input = parseInput(profileOnDateArgs, args, 'enterpriseSize arguments');
  return computeEnterpriseSize(parseProfile(input.profile), input.asOf, input.fx);
}
