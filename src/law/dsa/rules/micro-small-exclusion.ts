import { addMonthsIso, type IsoDate } from '../../../core/dates.js';
import type { StepInput, Trace } from '../../../core/steps.js';
import type { EnterpriseSize } from '../../eu-sme/enterprise-size.js';
import type { DsaExclusion } from '../obligations.js';
import {
  CONTINUED_EXCLUSION_MONTHS,
  MICRO_SMALL_MARKETPLACES_CITATION,
  MICRO_SMALL_PLATFORMS_CITATION,
  MICRO_SMALL_REPORTING_CITATION,
} from '../regulation.js';

/**
 * Why the exclusion holds or not: a very large platform (never), an unknown size (not assumed),
 * the enterprise's size class, or the 12 months of continued exclusion after ceasing to qualify
 * (running or ended).
 */
export type MicroSmallOutcome = 'very-large' | 'size-unknown' | 'size' | 'continued' | 'continuation-ended';

export interface ExclusionStatus {
  readonly excluded: boolean;
  readonly step: Trace;
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
  const answer = (
    excluded: boolean,
    outcome: MicroSmallOutcome,
    facts: Readonly<Record<string, StepInput>> = {},
    warning = false,
  ): ExclusionStatus => ({
    excluded,
    step: {
      id: 'dsa.micro-small-exclusion',
      value: excluded,
      citation,
      ...(warning ? { severity: 'warning' as const } : {}),
      inputs: Object.freeze({ exclusion, outcome, ...facts }),
    },
  });
  if (veryLarge) return answer(false, 'very-large');
  if (size.category === null) return answer(false, 'size-unknown', {}, true);
  if (size.category === 'micro' || size.category === 'small')
    return answer(true, 'size', { category: size.category });
  const ceased = size.ceasedToQualify.small;
  if (exclusion !== 'Art. 15(2)' && ceased !== null) {
    const until = addMonthsIso(ceased, CONTINUED_EXCLUSION_MONTHS);
    const facts = { ceased, months: CONTINUED_EXCLUSION_MONTHS, until };
    return asOf < until ? answer(true, 'continued', facts) : answer(false, 'continuation-ended', facts);
  }
  return answer(false, 'size', { category: size.category });
}
