import type { Citation } from '../../core/citation.js';
import type { CurrencyCode } from '../../core/currency.js';
import type { IsoDate } from '../../core/dates.js';
import type { Decimal } from '../../core/decimal.js';
import type { Regime } from '../../law/registry.js';
import type { Band } from '../band.js';

/** One row of a turnover adjustment table: a turnover band and the share of the starting amount. */
export interface SizeBand {
  /** Annual worldwide turnover of the undertaking, in the method's currency. */
  readonly turnover: Band;
  /** The share of the starting amount, in percent. */
  readonly adjustment: Band;
  /** Whether the percentages were read in a published text (guidance, decision or notice). */
  readonly verified: boolean;
  /** Where the row was read. */
  readonly source: string;
}

/**
 * A published fining method of the EDPB's shape (and the ICO's): a share of the legal maximum by
 * seriousness, a share of that by turnover unless the maximum is turnover-based, aggravating and
 * mitigating circumstances, the legal maximum, and a last check that the fine is effective,
 * proportionate and dissuasive. The data differ; the arithmetic is the same.
 */
export interface FiveStepMethod {
  /** "EDPB 04/2022". */
  readonly id: string;
  readonly version: string;
  /** The date the method was adopted or published. */
  readonly adopted: IsoDate;
  readonly citation: Citation;
  /** The regime whose articles and legal maxima the method applies. */
  readonly regime: Regime;
  readonly currency: CurrencyCode;
  /** The name of the function, for error messages ("edpbFine"). */
  readonly functionName: string;
  readonly seriousness: {
    readonly bands: Readonly<Record<string, Band>>;
    readonly citation: Citation;
  };
  readonly size: {
    readonly bands: readonly SizeBand[];
    readonly citation: Citation;
    /** Whether no adjustment applies, and why; null where the table applies. */
    readonly none: (turnover: Decimal, maximumBasis: 'fixed' | 'turnover') => string | null;
    readonly noneCitation: Citation;
  };
  /** Step labels and citations, in the method's own numbering. */
  readonly steps: {
    readonly conduct: { readonly label: string; readonly citation: Citation };
    readonly seriousness: { readonly label: string };
    readonly size: { readonly label: string };
    readonly circumstances: { readonly label: string; readonly citation: Citation };
    readonly legalMaximum: { readonly label: string; readonly citation: Citation };
    readonly final: { readonly label: string; readonly citation: Citation };
  };
  /** Why there is no legal maximum to start from for a public authority. */
  readonly publicAuthorityMessage: string;
}
