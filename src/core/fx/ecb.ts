import table from '../../../fixtures/fx/ecb-euro-reference-rates.json';
import type { CurrencyCode } from '../currency.js';
import { Decimal } from '../decimal.js';
import { deepFreeze } from '../freeze.js';
import type { ExchangeRate } from './rate.js';

let cached: readonly ExchangeRate[] | undefined;

/**
 * The bundled ECB euro reference rates (year-end and annual averages), read once from
 * fixtures/fx/ecb-euro-reference-rates.json, where each observation records how it was checked.
 */
export function ecbReferenceRates(): readonly ExchangeRate[] {
  if (cached) return cached;
  const rates: ExchangeRate[] = [];
  for (const observation of table.yearEnd.observations) {
    for (const [quote, value] of Object.entries(observation.rates)) {
      rates.push({
        base: 'EUR',
        quote: quote as CurrencyCode,
        rate: new Decimal(value),
        kind: 'spot',
        date: observation.date,
        period: null,
        source: table.yearEnd.source,
        verified: observation.verified,
        check: observation.check,
      });
    }
  }
  for (const observation of table.annualAverage.observations) {
    const start = `${observation.year}-01-01`;
    const end = `${observation.year}-12-31`;
    for (const [quote, value] of Object.entries(observation.rates)) {
      rates.push({
        base: 'EUR',
        quote: quote as CurrencyCode,
        rate: new Decimal(value),
        kind: 'average',
        date: end,
        period: { start, end },
        source: table.annualAverage.source,
        verified: observation.verified,
        check: observation.check,
      });
    }
  }
  cached = deepFreeze(rates);
  return cached;
}

/** The last day the bundled ECB annual averages cover (31 December of their latest year). */
export const ECB_RATES_COVER_UNTIL = `${table.annualAverage.coverage.latestYear}-12-31` as const;
