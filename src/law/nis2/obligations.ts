import { nis2 } from './directive.js';

/** The two duties of essential and important entities the library models (NIS2 Arts 21 and 23). */
export const NIS2_DUTIES = [
  {
    regime: 'NIS2',
    article: 'Art. 21',
    title:
      'Take appropriate and proportionate technical, operational and organisational cybersecurity risk-management measures',
    citation: nis2('Art. 21', 'Cybersecurity risk-management measures'),
  },
  {
    regime: 'NIS2',
    article: 'Art. 23',
    title:
      'Notify significant incidents: early warning within 24 hours, incident notification within 72 hours, final report within one month',
    citation: nis2('Art. 23', 'Reporting obligations'),
  },
] as const;

/** NIS2 applies through national law from 18 October 2024 (Art. 41(1), second subparagraph). */
export const NIS2_DUTIES_FROM = '2024-10-18';
