import type { CurrencyCode } from '../currency.js';
import type { IsoDate } from '../dates.js';
import type { Decimal } from '../decimal.js';

/**
 * How a turnover is converted:
 * - `annual-average`: the average rate of the financial year (the convention of EU competition law,
 *   whose concept of "undertaking" the GDPR's turnover caps follow);
 * - `year-end`: the reference rate on the last business day of the financial year.
 */
export type ConversionBasis = 'annual-average' | 'year-end';

export interface RateSource {
  readonly title: string;
  readonly url?: string;
}

/**
 * One published exchange rate: `rate` units of `quote` for 1 unit of `base` (the ECB quotes
 * "EUR 1 = USD 1.1422"). An `average` rate covers `period`; a `spot` rate is the one of `date`.
 */
export interface ExchangeRate {
  readonly base: CurrencyCode;
  readonly quote: CurrencyCode;
  readonly rate: Decimal;
  readonly kind: 'average' | 'spot';
  readonly date: IsoDate;
  readonly period: { readonly start: IsoDate; readonly end: IsoDate } | null;
  readonly source: RateSource;
  /** False where the figure awaits a re-check against its source; the step says so. */
  readonly verified: boolean;
  readonly check?: string;
}

/** A leg of a conversion as results report it. */
export interface RateUsed {
  readonly quotation: string;
  readonly rate: string;
  readonly kind: 'average' | 'spot';
  readonly date: IsoDate;
  readonly period: { readonly start: IsoDate; readonly end: IsoDate } | null;
  readonly source: RateSource;
  readonly verified: boolean;
  readonly providedBy: 'caller' | 'bundled ECB table';
}

export function quotation(rate: ExchangeRate): string {
  return `${rate.base} 1 = ${rate.quote} ${rate.rate.toFixed()}`;
}
