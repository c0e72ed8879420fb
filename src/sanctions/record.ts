import type { IsoDate } from '../core/dates.js';
import type { Decimal } from '../core/decimal.js';
import { MissingRateError } from '../core/errors.js';
import { type ConversionOptions, convertForFinancialYear } from '../core/fx/convert.js';
import { DEFAULT_FX } from '../core/fx/schema.js';
import { money, type SerializedMoney } from '../core/money.js';
import { provisionForArticle } from '../law/index.js';
import { REGIMES, type Regime } from '../law/registry.js';
import type { Sanction, StatusEvent } from './schema.js';

/** A sanction with the figures the queries need: euros, the ratio to turnover, the provisions. */
export interface SanctionRecord extends Sanction {
  /** The amount imposed, in euros, with the rate used (both figures are kept). */
  readonly amountEur: { readonly amount: SerializedMoney; readonly rate: string | null };
  /**
   * The turnover the ratio and the legal maximum are read on: the group's where known (the
   * undertaking of the fine provisions), else the entity's, else the first release's `turnover`.
   */
  readonly turnover: (NonNullable<Sanction['turnover']> & { readonly fyEnd?: string }) | null;
  /** That turnover in euros, at the average rate of its financial year; null where unknown. */
  readonly turnoverEur: SerializedMoney | null;
  /** The entity's own turnover in euros; null where unknown. */
  readonly entityTurnoverEur: SerializedMoney | null;
  /** The group's turnover in euros; null where unknown or standalone. */
  readonly groupTurnoverEur: SerializedMoney | null;
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

/** The keys `enrich` derives: a record read back from a set may carry them, and they are recomputed. */
export const DERIVED_KEYS: readonly string[] = [
  'amountEur',
  'turnoverEur',
  'entityTurnoverEur',
  'groupTurnoverEur',
  'ratioToTurnover',
  'provisions',
  'currentState',
  'currentAmount',
];

const eurOf = (
  figure: { amount: Decimal; currency: SerializedMoney['currency']; year: number } | null | undefined,
  fx: ConversionOptions,
) => (figure ? toEuros(figure.amount, figure.currency, figure.year, fx).eur.toDecimalPlaces(2) : null);

/** The turnover a record's ratio and cap are read on (see SanctionRecord.turnover). */
function headlineTurnover(s: Sanction): SanctionRecord['turnover'] {
  if (s.turnover) return s.turnover;
  const figure = s.groupTurnover ?? s.entityTurnover;
  if (!figure) return null;
  return {
    amount: figure.amount,
    currency: figure.currency,
    year: figure.year,
    scope: s.groupTurnover ? 'undertaking' : 'entity',
    source: figure.source,
    ...(figure.fyEnd ? { fyEnd: figure.fyEnd } : {}),
  };
}

/** Derives the euro figures, the ratio to turnover, the provisions and the current state. */
export function enrich(sanction: Sanction, fx: ConversionOptions = DEFAULT_FX): SanctionRecord {
  const year = Number(sanction.date.slice(0, 4));
  const amount = toEuros(sanction.amount.amount, sanction.amount.currency, year, fx);
  const amountEur = amount.eur.toDecimalPlaces(2);
  const turnover = headlineTurnover(sanction);
  const turnoverEur = eurOf(turnover, fx);
  const entityTurnoverEur = eurOf(sanction.entityTurnover, fx);
  const groupTurnoverEur = eurOf(sanction.groupTurnover, fx);
  const asMoney = (d: Decimal | null): SerializedMoney | null =>
    d ? { amount: d.toFixed(), currency: 'EUR' } : null;
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
    turnover,
    turnoverEur: asMoney(turnoverEur),
    entityTurnoverEur: asMoney(entityTurnoverEur),
    groupTurnoverEur: asMoney(groupTurnoverEur),
    ratioToTurnover: turnoverEur?.gt(0) ? amountEur.div(turnoverEur).toSignificantDigits(12).toFixed() : null,
    provisions: provisionsOf(sanction),
    currentState: last.state,
    currentAmount: current,
  };
}
