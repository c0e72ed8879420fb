import table from '../../../fixtures/fx/ecb-euro-reference-rates.json';
import type { CurrencyCode } from '../currency.js';
import { Decimal } from '../decimal.js';
import { deepFreeze } from '../freeze.js';
import { once } from '../memo.js';
import type { ExchangeRate } from './rate.js';

/**
 * The bundled ECB euro reference rates (year-end and annual averages), read from
 * fixtures/fx/ecb-euro-reference-rates.json, where each observation records how it was checked.
 */
function readReferenceRates(): readonly ExchangeRate[] {
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
  return deepFreeze(rates);
}

/**
 * The bundled ECB euro reference rates (year-end and annual averages), each observation with how
 * it was checked; read once (every conversion at a bundled rate looks the table up), frozen, the
 * same list on every call.
 */
export const ecbReferenceRates: () => readonly ExchangeRate[] = /* @__PURE__ */ once(readReferenceRates);

/** The last day the bundled ECB annual averages cover (31 December of their latest year). */
export const ECB_RATES_COVER_UNTIL = `${table.annualAverage.coverage.latestYear}-12-31` as const;
