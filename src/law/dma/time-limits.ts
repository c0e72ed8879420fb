import type { TimeLimit } from '../act-module.js';
import { dma } from './regulation.js';

/** The DMA's time limits, counted under Regulation No 1182/71 (working days included). */
export const DMA_TIME_LIMITS: readonly TimeLimit[] = [
  {
    id: 'DMA 3(3)',
    period: { length: 2, unit: 'months' },
    from: 'the thresholds of Art. 3(2) being met',
    duty: 'notify the Commission that all the thresholds are met',
    citation: dma(
      'Art. 3(3)',
      'Where an undertaking providing core platform services meets all of the thresholds in paragraph 2, it shall notify the Commission thereof without delay and in any event within 2 months after those thresholds are met.',
    ),
  },
  {
    id: 'DMA 3(4)',
    period: { length: 45, unit: 'working days' },
    from: 'the Commission receiving the complete information of Art. 3(3)',
    duty: 'the Commission designates the undertaking as a gatekeeper',
    citation: dma(
      'Art. 3(4)',
      'The Commission shall, without undue delay and at the latest within 45 working days after receiving the complete information referred to in paragraph 3, designate the undertaking providing core platform services that meets all the thresholds of paragraph 2 as a gatekeeper.',
    ),
  },
  {
    id: 'DMA 3(10)',
    period: { length: 6, unit: 'months' },
    from: 'the core platform service being listed in the designation decision',
    duty: 'comply with the obligations of Arts 5, 6 and 7',
    citation: dma(
      'Art. 3(10)',
      'Within 6 months after a core platform service has been listed in the designation decision pursuant to paragraph 9 of this Article, the gatekeeper shall comply with the obligations laid down in Articles 5, 6 and 7.',
    ),
  },
  {
    id: 'DMA 11(1)',
    period: { length: 6, unit: 'months' },
    from: 'the designation under Art. 3',
    duty: 'provide the Commission with a compliance report on the measures implemented under Arts 5, 6 and 7',
    citation: dma(
      'Art. 11(1)',
      'Within 6 months after its designation pursuant to Article 3, and in application of Article 3(10), the gatekeeper shall provide the Commission with a report describing in a detailed and transparent manner the measures it has implemented to ensure compliance with the obligations laid down in Articles 5, 6 and 7.',
    ),
  },
];
