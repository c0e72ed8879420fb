import type { Citation } from '../core/citation.js';
import { dma } from '../law/dma/regulation.js';
import { dsa } from '../law/dsa/regulation.js';
import { gdpr } from '../law/gdpr/regulation.js';
import { nis2 } from '../law/nis2/directive.js';
import type { PeriodLength } from './regulation-1182-71.js';

/** A time limit an act sets, counted from an event. */
export interface TimeLimit {
  /** "GDPR 12(3)": the act and the provision that sets it. */
  readonly id: string;
  readonly period: PeriodLength;
  /** The event the period runs from, in the act's words. */
  readonly from: string;
  /** What must be done by the end of the period. */
  readonly duty: string;
  readonly citation: Citation;
}

const limit = (
  id: string,
  period: PeriodLength,
  from: string,
  duty: string,
  citation: Citation,
): TimeLimit => ({
  id,
  period,
  from,
  duty,
  citation,
});

/**
 * The time limits the library models, counted under Regulation No 1182/71. The GDPR's, as the EDPB
 * counts them (Guidelines 01/2022 on the right of access: the one month of Art. 12(3) under that Regulation); the DSA's, DMA's and NIS2's
 * as they are EU acts to which the Regulation applies unless they provide otherwise.
 */
export const TIME_LIMITS: readonly TimeLimit[] = [
  limit(
    'GDPR 12(3)',
    { length: 1, unit: 'months' },
    'receipt of the request',
    'inform the data subject of the action taken on a request under Arts 15 to 22',
    gdpr(
      'Art. 12(3)',
      'The controller shall provide information on action taken on a request under Articles 15 to 22 to the data subject without undue delay and in any event within one month of receipt of the request.',
    ),
  ),
  limit(
    'GDPR 12(3) extended',
    { length: 3, unit: 'months' },
    'receipt of the request',
    'reply where the period has been extended by two further months (the data subject informed of the extension within the first month)',
    gdpr(
      'Art. 12(3)',
      'That period may be extended by two further months where necessary, taking into account the complexity and number of the requests. The controller shall inform the data subject of any such extension within one month of receipt of the request, together with the reasons for the delay.',
    ),
  ),
  limit(
    'GDPR 33(1)',
    { length: 72, unit: 'hours' },
    'the controller becoming aware of the personal data breach',
    'notify the breach to the competent supervisory authority, unless it is unlikely to result in a risk',
    gdpr(
      'Art. 33(1)',
      'In the case of a personal data breach, the controller shall without undue delay and, where feasible, not later than 72 hours after having become aware of it, notify the personal data breach to the supervisory authority competent in accordance with Article 55.',
    ),
  ),
  limit(
    'DSA 33(6)',
    { length: 4, unit: 'months' },
    'the notification of the designation to the provider',
    'comply with the obligations of Section 5 of Chapter III as a very large online platform or search engine',
    dsa(
      'Art. 33(6)',
      'The obligations laid down in this Section shall apply, or cease to apply, to the very large online platforms and very large online search engines concerned from four months after the notification to the provider concerned referred to in paragraph 5.',
    ),
  ),
  limit(
    'DMA 3(3)',
    { length: 2, unit: 'months' },
    'the thresholds of Art. 3(2) being met',
    'notify the Commission that all the thresholds are met',
    dma(
      'Art. 3(3)',
      'Where an undertaking providing core platform services meets all of the thresholds in paragraph 2, it shall notify the Commission thereof without delay and in any event within 2 months after those thresholds are met.',
    ),
  ),
  limit(
    'DMA 3(4)',
    { length: 45, unit: 'working days' },
    'the Commission receiving the complete information of Art. 3(3)',
    'the Commission designates the undertaking as a gatekeeper',
    dma(
      'Art. 3(4)',
      'The Commission shall, without undue delay and at the latest within 45 working days after receiving the complete information referred to in paragraph 3, designate the undertaking providing core platform services that meets all the thresholds of paragraph 2 as a gatekeeper.',
    ),
  ),
  limit(
    'DMA 3(10)',
    { length: 6, unit: 'months' },
    'the core platform service being listed in the designation decision',
    'comply with the obligations of Arts 5, 6 and 7',
    dma(
      'Art. 3(10)',
      'Within 6 months after a core platform service has been listed in the designation decision pursuant to paragraph 9 of this Article, the gatekeeper shall comply with the obligations laid down in Articles 5, 6 and 7.',
    ),
  ),
  limit(
    'DMA 11(1)',
    { length: 6, unit: 'months' },
    'the designation under Art. 3',
    'provide the Commission with a compliance report on the measures implemented under Arts 5, 6 and 7',
    dma(
      'Art. 11(1)',
      'Within 6 months after its designation pursuant to Article 3, and in application of Article 3(10), the gatekeeper shall provide the Commission with a report describing in a detailed and transparent manner the measures it has implemented to ensure compliance with the obligations laid down in Articles 5, 6 and 7.',
    ),
  ),
  limit(
    'NIS2 23(4)(a)',
    { length: 24, unit: 'hours' },
    'becoming aware of the significant incident',
    'submit an early warning to the CSIRT or competent authority',
    nis2(
      'Art. 23(4)(a)',
      'without undue delay and in any event within 24 hours of becoming aware of the significant incident, an early warning',
    ),
  ),
  limit(
    'NIS2 23(4)(b)',
    { length: 72, unit: 'hours' },
    'becoming aware of the significant incident',
    'submit an incident notification',
    nis2(
      'Art. 23(4)(b)',
      'without undue delay and in any event within 72 hours of becoming aware of the significant incident, an incident notification',
    ),
  ),
  limit(
    'NIS2 23(4)(d)',
    { length: 1, unit: 'months' },
    'the submission of the incident notification under point (b)',
    'submit a final report',
    nis2(
      'Art. 23(4)(d)',
      'a final report not later than one month after the submission of the incident notification under point (b)',
    ),
  ),
];

const BY_ID = new Map(TIME_LIMITS.map((t) => [t.id, t]));

export function timeLimitById(id: string): TimeLimit | undefined {
  return BY_ID.get(id);
}
