import type { Citation } from '../core/citation.js';
import type { CurrencyCode } from '../core/currency.js';
import type { IsoDate } from '../core/dates.js';
import type { Decimal } from '../core/decimal.js';
import type { Money } from '../core/money.js';
import type { Regime } from './registry.js';

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
  /** The currency the act states its amounts in; turnover is converted into it. */
  readonly currency: CurrencyCode;
  /** The static maximum ("up to 20 000 000 EUR"); null where the act sets only a share of turnover. */
  readonly fixed: Money | null;
  /** The share of turnover ("up to 4 % of the total worldwide annual turnover"), as a fraction. */
  readonly turnoverShare: Decimal;
  readonly combination: CapCombination;
  /**
   * How the two limbs combine for SMEs, including start-ups, where the act says so
   * (AI Act Art. 99(6): "whichever thereof is lower").
   */
  readonly smeCombination?: CapCombination;
  /**
   * The same for small mid-cap enterprises, where the act says so (AI Act Art. 99(6a), inserted by
   * Regulation (EU) 2026/1744).
   */
  readonly smcCombination?: CapCombination;
  /** Whether the version's text was read in the Official Journal; false names what is pending. */
  readonly verified?: boolean;
  readonly citation: Citation;
}

/**
 * `maximum`: the ceiling the fining authority is bound by. `minimum-of-maximum`: a directive's floor
 * for the maximum national law must provide (NIS2 Art. 34(4)-(5): "a maximum of at least"), so the
 * real ceiling is the national one, at least this high.
 */
export type CapNature = 'maximum' | 'minimum-of-maximum';

/**
 * How the maximum of a provision holds when one decision finds several infringements, as the act
 * words it: `linked operations` — the total for the same or linked operations may not exceed the
 * maximum for the gravest infringement (GDPR Art. 83(3)); `per decision` — the maximum bounds the
 * fines "in the decision" (DSA Art. 74(1), DMA Art. 30(1)); `per infringement` — each failure has
 * its own maximum and the act sets no rule on their sum.
 */
export interface Cumulation {
  readonly rule: 'linked operations' | 'per decision' | 'per infringement';
  /** The wording the rule is read from. */
  readonly citation: Citation;
}

/** A fine provision: the paragraph of an act that sets a maximum, in the form the act cites it. */
export interface FineProvision {
  /** "GDPR 83(5)". */
  readonly id: string;
  readonly regime: Regime;
  /** What conduct the provision fines, in the act's words. */
  readonly title: string;
  readonly nature: CapNature;
  /** Who imposes the fine: a national authority or the Commission. */
  readonly imposedBy: 'national authority' | 'European Commission';
  /** Several infringements in one decision: one maximum, or one each. */
  readonly cumulation: Cumulation;
  /** Whose turnover, and of which year, the percentage is taken of. */
  readonly turnoverBasis: {
    readonly whose: 'undertaking' | 'provider';
    readonly year: 'preceding financial year';
    readonly wording: string;
    readonly citations: readonly Citation[];
  };
  /** Where the act leaves fines on public authorities and bodies to national law (GDPR Art. 83(7)). */
  readonly publicAuthorities?: Citation;
  readonly versions: readonly FineCapVersion[];
}

/**
 * A periodic penalty payment: up to a share of the average daily turnover of the preceding
 * financial year, per day of non-compliance, from the date the decision sets.
 */
export interface PeriodicPenaltyProvision {
  /** "DSA 76", "DMA 31". */
  readonly id: string;
  readonly regime: Regime;
  readonly title: string;
  readonly imposedBy: 'national authority' | 'European Commission';
  readonly nature: CapNature;
  readonly validFrom: IsoDate;
  readonly validTo: IsoDate | null;
  readonly currency: CurrencyCode;
  /** The share of the average daily turnover, per day (0.05 for 5 %). */
  readonly dailyShare: Decimal;
  readonly turnoverBasis: FineProvision['turnoverBasis'];
  readonly citation: Citation;
}

/** A duty an act lays on a company, as `obligationsFor` lists it. */
export interface Obligation {
  readonly regime: Regime;
  /** "Art. 16", "Art. 6(10)". */
  readonly article: string;
  /** One line saying what the duty is (a summary, not the act's wording). */
  readonly title: string;
  /** Who the act lays it on, in its own terms ("hosting services", "gatekeeper"). */
  readonly tier: string;
  /** The date the act applies it from in general; designations and exemptions move it per company. */
  readonly appliesFrom: IsoDate;
  /** The fine provision its breach falls under. */
  readonly finedUnder: string;
  readonly citation: Citation;
}
