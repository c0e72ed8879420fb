import type { Citation } from '../core/citation.js';
import type { IsoDate } from '../core/dates.js';
import type { Decimal } from '../core/decimal.js';
import type { Money } from '../core/money.js';

/** The regimes the library knows by name. */
export type Regime = 'GDPR' | 'DSA' | 'DMA' | 'AI Act' | 'NIS2' | 'UK GDPR';

/** An act: its official title, its source and the dates it entered into force and applies from. */
export interface Act {
  readonly regime: Regime;
  readonly title: string;
  readonly citation: Citation;
  readonly entryIntoForce: IsoDate;
  readonly applicationDate: IsoDate;
}

/**
 * How a fixed amount and a share of turnover combine into a cap:
 * `higher` = max(fixed, share × turnover), `lower` = min(...).
 */
export type CapCombination = 'higher' | 'lower';

/** One dated version of a fine cap. A provision that is amended gets a second version. */
export interface FineCapVersion {
  readonly validFrom: IsoDate;
  readonly validTo: IsoDate | null;
  /** The static maximum ("up to 20 000 000 EUR"). */
  readonly fixed: Money;
  /** The share of turnover ("up to 4 % of the total worldwide annual turnover"), as a fraction. */
  readonly turnoverShare: Decimal;
  readonly combination: CapCombination;
  readonly citation: Citation;
}

/** A fine provision: the paragraph of an act that sets a maximum, in the form the act cites it. */
export interface FineProvision {
  /** "GDPR 83(5)". */
  readonly id: string;
  readonly regime: Regime;
  /** What conduct the provision fines, in the act's words. */
  readonly title: string;
  /** Whose turnover, and of which year, the percentage is taken of. */
  readonly turnoverBasis: {
    readonly whose: 'undertaking' | 'provider';
    readonly year: 'preceding financial year';
    readonly wording: string;
    readonly citations: readonly Citation[];
  };
  readonly versions: readonly FineCapVersion[];
}
