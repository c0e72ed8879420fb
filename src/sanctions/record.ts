import type { IsoDate } from '../core/dates.js';
import type { Decimal } from '../core/decimal.js';
import { MissingRateError } from '../core/errors.js';
import { type ConversionOptions, convertForFinancialYear } from '../core/fx/convert.js';
import { DEFAULT_FX } from '../core/fx/schema.js';
import { money, type SerializedMoney } from '../core/money.js';
import { provisionForArticle } from '../law/index.js';
import { REGIMES, type Regime } from '../law/types.js';
import type { Sanction, StatusEvent } from './schema.js';

/** A sanction with the figures the queries need: euros, the ratio to turnover, the provisions. */
export interface SanctionRecord extends Sanction {
  /** The amount imposed, in euros, with the rate used (both figures are kept). */
  readonly amountEur: { readonly amount: SerializedMoney; readonly rate: string | null };
  /** The turnover in euros, at the average rate of its financial year; null where unknown. */
  readonly turnoverEur: SerializedMoney | null;
  /** amountEur ÷ turnoverEur, as a plain decimal (0.0108 for 1.08 %); null without turnover. */
  readonly ratioToTurnover: string | null;
  /** The fine provisions the articles fall under, for the regimes the library models. */
  readonly provisions: readonly string[];
  /** The last event of the history. */
  readonly currentState: StatusEvent['state'];
  /** The amount after the latest event that changed it (0 once annulled). */
  readonly currentAmount: SerializedMoney;
}

const calendarYear = (year: number) => ({
  year,
  start: `${year}-01-01` as IsoDate,
  end: `${year}-12-31` as IsoDate,
});

/**
 * An amount of a year in euros: the ECB average of that calendar year, or of the latest earlier
 * year the table has (a decision of a year whose average is not out yet).
 */
function toEuros(
  amount: Decimal,
  currency: SerializedMoney['currency'],
  year: number,
  fx: ConversionOptions,
): { eur: Decimal; rate: string | null } {
  if (currency === 'EUR') return { eur: amount, rate: null };
  for (let y = year; y >= year - 3; y--) {
    try {
      const conversion = convertForFinancialYear(money(amount, currency), 'EUR', calendarYear(y), fx);
      const leg = conversion.legs[0];
      return {
        eur: conversion.converted.amount,
        rate: leg
          ? `EUR 1 = ${currency} ${leg.rate} (ECB average ${y}${y === year ? '' : `, the latest before ${year}`})`
          : null,
      };
    } catch (error) {
      if (!(error instanceof MissingRateError)) throw error;
    }
  }
  throw new MissingRateError(
    currency,
    'EUR',
    `no EUR/${currency} average for ${year} or the three years before it`,
  );
}

function provisionsOf(sanction: Sanction): string[] {
  if (!(REGIMES as readonly string[]).includes(sanction.regime)) return [];
  const found = new Set<string>();
  for (const article of sanction.articles) {
    try {
      found.add(provisionForArticle(sanction.regime as Regime, article).provision);
    } catch {
      // An article no fine provision lists (a national provision): no provision to report.
    }
  }
  return [...found];
}

/** Derives the euro figures, the ratio to turnover, the provisions and the current state. */
export function enrich(sanction: Sanction, fx: ConversionOptions = DEFAULT_FX): SanctionRecord {
  const year = Number(sanction.date.slice(0, 4));
  const amount = toEuros(sanction.amount.amount, sanction.amount.currency, year, fx);
  const amountEur = amount.eur.toDecimalPlaces(2);
  const turnoverEur = sanction.turnover
    ? toEuros(
        sanction.turnover.amount,
        sanction.turnover.currency,
        sanction.turnover.year,
        fx,
      ).eur.toDecimalPlaces(2)
    : null;
  const last = sanction.status[sanction.status.length - 1] as StatusEvent;
  let current: SerializedMoney = {
    amount: sanction.amount.amount.toFixed(),
    currency: sanction.amount.currency,
  };
  for (const event of sanction.status) {
    if (event.state === 'annulled') current = { amount: '0', currency: sanction.amount.currency };
    else if (event.amount)
      current = { amount: event.amount.amount.toFixed(), currency: event.amount.currency };
  }
  return {
    ...sanction,
    amountEur: { amount: { amount: amountEur.toFixed(), currency: 'EUR' }, rate: amount.rate },
    turnoverEur: turnoverEur ? { amount: turnoverEur.toFixed(), currency: 'EUR' } : null,
    ratioToTurnover: turnoverEur?.gt(0) ? amountEur.div(turnoverEur).toSignificantDigits(12).toFixed() : null,
    provisions: provisionsOf(sanction),
    currentState: last.state,
    currentAmount: current,
  };
}
