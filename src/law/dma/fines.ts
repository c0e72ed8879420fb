import { Decimal } from '../../core/decimal.js';
import type { FineProvision, PeriodicPenaltyProvision } from '../types.js';
import { DMA_ACT, dma } from './regulation.js';

/** Art. 30(1)-(2): the fines are imposed "in the non-compliance decision": one maximum a decision. */
const IN_THE_NON_COMPLIANCE_DECISION = {
  rule: 'per decision',
  citation: dma(
    'Art. 30(1)',
    'In the non-compliance decision, the Commission may impose on a gatekeeper fines not exceeding 10 % of its total worldwide turnover in the preceding financial year',
  ),
} as const;

/** Art. 30(3): "a decision, imposing ... fines not exceeding 1 %". */
const IN_A_DECISION = {
  rule: 'per decision',
  citation: dma('Art. 30(3)', 'The Commission may adopt a decision, imposing ... fines not exceeding 1 %'),
} as const;

const WORLDWIDE_TURNOVER = {
  whose: 'undertaking',
  year: 'preceding financial year',
  wording: 'the total worldwide turnover in the preceding financial year',
  citations: [
    dma(
      'Art. 30(1)',
      'fines not exceeding 10 % of its total worldwide turnover in the preceding financial year',
    ),
  ],
} as const;

function shareOnly(share: string, provision: string, text: string) {
  return {
    validFrom: DMA_ACT.applicationDate,
    validTo: null,
    currency: 'EUR',
    fixed: null,
    turnoverShare: new Decimal(share),
    combination: 'higher',
    citation: dma(provision, text),
  } as const;
}

/** Art. 30(1): non-compliance with Arts 5, 6, 7 and the measures, remedies and commitments. */
export const DMA_30_1: FineProvision = {
  id: 'DMA 30(1)',
  regime: 'DMA',
  title:
    'Gatekeeper that, intentionally or negligently, fails to comply with Articles 5, 6 or 7, with measures under Art. 8(2), remedies under Art. 18(1), interim measures under Art. 24 or commitments under Art. 25',
  nature: 'maximum',
  imposedBy: 'European Commission',
  cumulation: IN_THE_NON_COMPLIANCE_DECISION,
  turnoverBasis: WORLDWIDE_TURNOVER,
  versions: [
    shareOnly(
      '0.10',
      'Art. 30(1)',
      'In the non-compliance decision, the Commission may impose on a gatekeeper fines not exceeding 10 % of its total worldwide turnover in the preceding financial year where it finds that the gatekeeper, intentionally or negligently, fails to comply with: (a) any of the obligations laid down in Articles 5, 6 and 7; (b) measures specified by the Commission in a decision adopted pursuant to Article 8(2); (c) remedies imposed pursuant to Article 18(1); (d) interim measures ordered pursuant to Article 24; or (e) commitments made legally binding pursuant to Article 25.',
    ),
  ],
};

/** Art. 30(2): the same or a similar infringement found in a decision of the 8 preceding years. */
export const DMA_30_2: FineProvision = {
  id: 'DMA 30(2)',
  regime: 'DMA',
  title:
    'Same or similar infringement of Art. 5, 6 or 7, for the same core platform service, as found in a non-compliance decision adopted in the 8 preceding years',
  nature: 'maximum',
  imposedBy: 'European Commission',
  cumulation: IN_THE_NON_COMPLIANCE_DECISION,
  turnoverBasis: WORLDWIDE_TURNOVER,
  versions: [
    shareOnly(
      '0.20',
      'Art. 30(2)',
      'Notwithstanding paragraph 1 of this Article, in the non-compliance decision the Commission may impose on a gatekeeper fines up to 20 % of its total worldwide turnover in the preceding financial year where it finds that a gatekeeper has committed the same or a similar infringement of an obligation laid down in Article 5, 6 or 7 in relation to the same core platform service as it was found to have committed in a non-compliance decision adopted in the 8 preceding years.',
    ),
  ],
};

/** Art. 30(3): information, notification and procedural failures. */
export const DMA_30_3: FineProvision = {
  id: 'DMA 30(3)',
  regime: 'DMA',
  title:
    'Undertakings and associations that, intentionally or negligently, fail in their duties of information and procedure (information for the designation under Art. 3, notifications, requests for information, inspections and the other points of Art. 30(3))',
  nature: 'maximum',
  imposedBy: 'European Commission',
  cumulation: IN_A_DECISION,
  turnoverBasis: WORLDWIDE_TURNOVER,
  versions: [
    shareOnly(
      '0.01',
      'Art. 30(3)',
      'The Commission may adopt a decision, imposing on undertakings, including gatekeepers where applicable, and associations of undertakings, fines not exceeding 1 % of their total worldwide turnover in the preceding financial year where they intentionally or negligently: (a) fail to provide within the time limit information that is required for assessing their designation as gatekeepers pursuant to Article 3, or supply incorrect, incomplete or misleading information; ...',
    ),
  ],
};

export const DMA_FINE_PROVISIONS: readonly FineProvision[] = [DMA_30_1, DMA_30_2, DMA_30_3];

/** Art. 31(1): periodic penalty payments. */
export const DMA_31: PeriodicPenaltyProvision = {
  id: 'DMA 31',
  regime: 'DMA',
  title:
    'Periodic penalty payment to compel compliance with Art. 8(2) measures, Art. 18(1) decisions, requests for information and access (Art. 21), inspections (Art. 23), interim measures (Art. 24), commitments (Art. 25(1)) or a non-compliance decision (Art. 29(1))',
  imposedBy: 'European Commission',
  nature: 'maximum',
  validFrom: DMA_ACT.applicationDate,
  validTo: null,
  currency: 'EUR',
  dailyShare: new Decimal('0.05'),
  turnoverBasis: {
    ...WORLDWIDE_TURNOVER,
    wording: 'the average daily worldwide turnover in the preceding financial year per day',
  },
  citation: dma(
    'Art. 31(1)',
    'The Commission may adopt a decision imposing on undertakings, including gatekeepers where applicable, and associations of undertakings periodic penalty payments not exceeding 5 % of the average daily worldwide turnover in the preceding financial year per day, calculated from the date set by that decision.',
  ),
};

export const DMA_PERIODIC_PENALTIES: readonly PeriodicPenaltyProvision[] = [DMA_31];
