import { addMonthsIso, type IsoDate } from '../../../core/dates.js';
import type { Step } from '../../../core/steps.js';
import type { EnterpriseSize } from '../../eu-sme/enterprise-size.js';
import type { DsaExclusion } from '../obligations.js';
import {
  CONTINUED_EXCLUSION_MONTHS,
  MICRO_SMALL_MARKETPLACES_CITATION,
  MICRO_SMALL_PLATFORMS_CITATION,
  MICRO_SMALL_REPORTING_CITATION,
} from '../regulation.js';

export interface ExclusionStatus {
  readonly excluded: boolean;
  readonly step: Step;
}

/**
 * The micro and small enterprise exclusions: Art. 15(2) (while micro or small and not a very large
 * platform), Art. 19 and Art. 29 (also for 12 months after ceasing to qualify; never for very
 * large platforms).
 */
export function microSmallExclusion(
  exclusion: DsaExclusion,
  size: EnterpriseSize,
  veryLarge: boolean,
  asOf: IsoDate,
): ExclusionStatus {
  const citation =
    exclusion === 'Art. 15(2)'
      ? MICRO_SMALL_REPORTING_CITATION
      : exclusion === 'Art. 19'
        ? MICRO_SMALL_PLATFORMS_CITATION
        : MICRO_SMALL_MARKETPLACES_CITATION;
  const label = `Micro or small enterprise exclusion (${exclusion})`;
  const answer = (excluded: boolean, rule: string, warning = false): ExclusionStatus => ({
    excluded,
    step: {
      id: 'dsa.micro-small-exclusion',
      label,
      value: excluded,
      rule,
      citation,
      ...(warning ? { severity: 'warning' as const } : {}),
    },
  });
  if (veryLarge) return answer(false, 'never for a very large online platform');
  if (size.category === null) {
    return answer(
      false,
      'the enterprise size is unknown (no headcount in the profile): the exclusion is not assumed',
      true,
    );
  }
  if (size.category === 'micro' || size.category === 'small')
    return answer(true, `a ${size.category} enterprise`);
  const ceased = size.ceasedToQualify.small;
  if (exclusion !== 'Art. 15(2)' && ceased !== null) {
    const until = addMonthsIso(ceased, CONTINUED_EXCLUSION_MONTHS);
    return asOf < until
      ? answer(
          true,
          `ceased to qualify as a small enterprise on ${ceased}; the exclusion runs for ${CONTINUED_EXCLUSION_MONTHS} months, until ${until}`,
        )
      : answer(
          false,
          `ceased to qualify as a small enterprise on ${ceased}; the ${CONTINUED_EXCLUSION_MONTHS} months of continued exclusion ended on ${until}`,
        );
  }
  return answer(false, `a ${size.category} enterprise`);
}
