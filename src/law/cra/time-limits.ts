import type { TimeLimit } from '../act-module.js';
import { cra } from './regulation.js';

/**
 * The manufacturers' reporting time limits (Art. 14(2) and (4)), counted under Regulation
 * No 1182/71. The final report on a vulnerability runs from the corrective measure, on an incident
 * from the incident notification.
 */
export const CRA_TIME_LIMITS: readonly TimeLimit[] = [
  {
    id: 'CRA 14(2)(a)',
    period: { length: 24, unit: 'hours' },
    from: 'becoming aware of the actively exploited vulnerability',
    duty: 'submit an early warning notification to the CSIRT designated as coordinator and ENISA',
    citation: cra(
      'Art. 14(2)(a)',
      'an early warning notification of an actively exploited vulnerability, without undue delay and in any event within 24 hours of the manufacturer becoming aware of it',
    ),
  },
  {
    id: 'CRA 14(2)(b)',
    period: { length: 72, unit: 'hours' },
    from: 'becoming aware of the actively exploited vulnerability',
    duty: 'submit a vulnerability notification',
    citation: cra(
      'Art. 14(2)(b)',
      'unless the relevant information has already been provided, a vulnerability notification, without undue delay and in any event within 72 hours of the manufacturer becoming aware of the actively exploited vulnerability',
    ),
  },
  {
    id: 'CRA 14(2)(c)',
    period: { length: 14, unit: 'days' },
    from: 'a corrective or mitigating measure becoming available',
    duty: 'submit a final report on the vulnerability',
    citation: cra(
      'Art. 14(2)(c)',
      'unless the relevant information has already been provided, a final report, no later than 14 days after a corrective or mitigating measure is available',
    ),
  },
  {
    id: 'CRA 14(4)(a)',
    period: { length: 24, unit: 'hours' },
    from: 'becoming aware of the severe incident',
    duty: 'submit an early warning notification of the severe incident',
    citation: cra(
      'Art. 14(4)(a)',
      'an early warning notification of a severe incident having an impact on the security of the product with digital elements, without undue delay and in any event within 24 hours of the manufacturer becoming aware of it',
    ),
  },
  {
    id: 'CRA 14(4)(b)',
    period: { length: 72, unit: 'hours' },
    from: 'becoming aware of the severe incident',
    duty: 'submit an incident notification',
    citation: cra(
      'Art. 14(4)(b)',
      'unless the relevant information has already been provided, an incident notification, without undue delay and in any event within 72 hours of the manufacturer becoming aware of the incident',
    ),
  },
  {
    id: 'CRA 14(4)(c)',
    period: { length: 1, unit: 'months' },
    from: 'the submission of the incident notification under point (b)',
    duty: 'submit a final report on the incident',
    citation: cra(
      'Art. 14(4)(c)',
      'unless the relevant information has already been provided, a final report, within one month after the submission of the incident notification under point (b)',
    ),
  },
];
