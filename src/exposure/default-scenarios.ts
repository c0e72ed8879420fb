import type { Regime } from '../law/types.js';

/** What a regime's estimate assumes when the caller names no infringement. */
export interface DefaultScenario {
  readonly regime: Regime;
  readonly articles: readonly string[];
  readonly seriousness: 'low' | 'medium' | 'high';
  /** Why these articles: where in the sanctions data they come from. */
  readonly basis: string;
}

/**
 * The most common infringements of each regime in the bundled sanctions (dataset 2026.12), counted
 * once per decision; a test recounts the GDPR ones from the data. Medium seriousness: the middle of
 * the EDPB's three levels, assumed rather than observed.
 */
export const DEFAULT_SCENARIOS: Readonly<Partial<Record<Regime, DefaultScenario>>> = {
  GDPR: {
    regime: 'GDPR',
    articles: ['5', '6', '32', '12'],
    seriousness: 'medium',
    basis:
      'the four articles most often found infringed in the bundled GDPR decisions, in this order: Art. 5 (principles), 6 (lawfulness), 32 (security of processing) and 12 (transparent information)',
  },
  'UK GDPR': {
    regime: 'UK GDPR',
    articles: ['5', '32'],
    seriousness: 'medium',
    basis:
      'the bundled UK GDPR penalty notices: Art. 5 (principles, integrity and confidentiality) and Art. 32 (security) in every one of them',
  },
  DSA: {
    regime: 'DSA',
    articles: ['25', '34', '39', '40'],
    seriousness: 'medium',
    basis:
      'the two DSA fines so far: X (December 2025) for dark patterns (Art. 25), the advertisement repository (Art. 39) and data access for researchers (Art. 40); Temu (May 2026) for its systemic-risk assessment (Art. 34)',
  },
  DMA: {
    regime: 'DMA',
    articles: ['5(2)'],
    seriousness: 'medium',
    basis:
      'the first DMA fines (April 2025) are both under Art. 5; Art. 5(2), combining personal data without consent, applies to every gatekeeper',
  },
  NIS2: {
    regime: 'NIS2',
    articles: ['21'],
    seriousness: 'medium',
    basis:
      'no NIS2 fine in the bundled data; Art. 21 (cybersecurity risk-management measures) is the duty every essential and important entity has',
  },
};
