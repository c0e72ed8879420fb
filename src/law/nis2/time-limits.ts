import type { TimeLimit } from '../act-module.js';
import { nis2 } from './directive.js';

/** NIS2's reporting time limits (Art. 23(4)), counted under Regulation No 1182/71. */
export const NIS2_TIME_LIMITS: readonly TimeLimit[] = [
  {
    id: 'NIS2 23(4)(a)',
    period: { length: 24, unit: 'hours' },
    from: 'becoming aware of the significant incident',
    duty: 'submit an early warning to the CSIRT or competent authority',
    citation: nis2(
      'Art. 23(4)(a)',
      'without undue delay and in any event within 24 hours of becoming aware of the significant incident, an early warning',
    ),
  },
  {
    id: 'NIS2 23(4)(b)',
    period: { length: 72, unit: 'hours' },
    from: 'becoming aware of the significant incident',
    duty: 'submit an incident notification',
    citation: nis2(
      'Art. 23(4)(b)',
      'without undue delay and in any event within 72 hours of becoming aware of the significant incident, an incident notification',
    ),
  },
  {
    id: 'NIS2 23(4)(d)',
    period: { length: 1, unit: 'months' },
    from: 'the submission of the incident notification under point (b)',
    duty: 'submit a final report',
    citation: nis2(
      'Art. 23(4)(d)',
      'a final report not later than one month after the submission of the incident notification under point (b)',
    ),
  },
];
