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
 * The most common infringements of each regime in the bundled sanctions (61 records, November 2026),
 * counted once per decision; a test recounts them from the data. Medium seriousness: the middle of
 * the EDPB's three levels, assumed rather than observed.
 */
export const DEFAULT_SCENARIOS: Readonly<Partial<Record<Regime, DefaultScenario>>> = {
  GDPR: {
    regime: 'GDPR',
    articles: ['5', '12', '6', '13'],
    seriousness: 'medium',
    basis:
      'the four articles most often found infringed in the bundled GDPR decisions: Art. 5 (principles), 12 (transparent information), 6 (lawfulness) and 13 (information to be provided)',
  },
  'UK GDPR': {
    regime: 'UK GDPR',
    articles: ['5', '6', '13'],
    seriousness: 'medium',
    basis: 'the bundled UK GDPR decisions: Art. 5 in all of them; Arts 6 and 13 as in the GDPR pattern',
  },
  DSA: {
    regime: 'DSA',
    articles: ['25', '39', '40'],
    seriousness: 'medium',
    basis:
      'the one DSA fine so far (X, December 2025): dark patterns (Art. 25), the advertisement repository (Art. 39) and data access for researchers (Art. 40)',
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
