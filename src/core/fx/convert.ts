import type { Citation } from '../citation.js';
import { type CurrencyCode, minorUnits } from '../currency.js';
import { daysBetween, earlierDate, type IsoDate, laterDate, yearOf } from '../dates.js';
import { MissingRateError } from '../errors.js';
import type { FinancialYearPeriod } from '../financial-year.js';
import { once, weakMemo, weakMemo2 } from '../memo.js';
import { type Money, money } from '../money.js';
import {
  divideHalfEven,
  fromScaledInteger,
  powerOfTen,
  type ScaledInteger,
  scaledToString,
  toScaledInteger,
} from '../rational.js';
import type { Trace } from '../steps.js';
import { ecbReferenceRates } from './ecb.js';
import { type ConversionBasis, type ExchangeRate, quotation, type RateUsed } from './rate.js';

/** How far before a financial year's last day a spot rate may be dated (weekends, holidays). */
const SPOT_TOLERANCE_DAYS = 7;

/** Why an average rate is the default: the conversion rule of EU merger control. */
export const AVERAGE_RATE_CITATION: Citation = /* @__PURE__ */ Object.freeze({
  instrument:
    'Commission Consolidated Jurisdictional Notice under Council Regulation (EC) No 139/2004 (2008/C 95/01)',
  provision: 'para. 204',
  url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52008XC0416(08)',
  text: 'Turnover in other currencies is converted into euro at the average rate of the twelve months concerned.',
});

export interface ConversionOptions {
  readonly basis: ConversionBasis;
  /** The caller's rates; they take precedence over the bundled ECB table. */
  readonly rates: readonly ExchangeRate[];
  /**
   * For a financial year after the last average there is: convert at the latest average, with a
   * warning step ('latest-average', the default), or refuse ('none').
   */
  readonly fallback?: 'latest-average' | 'none';
}

export interface Conversion {
  readonly converted: Money;
  /** The converted amount as a plain decimal string. */
  readonly convertedText: string;
  /** The converted amount as an exact integer of minor units. */
  readonly convertedScaled: ScaledInteger;
  readonly legs: readonly RateUsed[];
  readonly basis: ConversionBasis;
  readonly steps: readonly Trace[];
}

interface Candidate {
  readonly rate: ExchangeRate;
  readonly providedBy: RateUsed['providedBy'];
  /** The rate is quoted the other way round (X 1 = EUR r). */
  readonly inverted: boolean;
}

/** Overlap in days of two closed date ranges. */
function overlapDays(a: { start: IsoDate; end: IsoDate }, b: { start: IsoDate; end: IsoDate }): number {
  const start = laterDate(a.start, b.start);
  const end = earlierDate(a.end, b.end);
  return end < start ? 0 : daysBetween(start, end) + 1;
}

/** The bundled rates as candidates, by currency. */
function indexBundledRates(): ReadonlyMap<CurrencyCode, readonly Candidate[]> {
  const byCurrency = new Map<CurrencyCode, Candidate[]>();
  for (const rate of ecbReferenceRates()) {
    const list = byCurrency.get(rate.quote) ?? [];
    list.push(Object.freeze({ rate, providedBy: 'bundled ECB table', inverted: false }));
    byCurrency.set(rate.quote, list);
  }
  return byCurrency;
}

/** Built once: every conversion without the caller's rates looks its currency up in it. */
const bundledByCurrency = /* @__PURE__ */ once(indexBundledRates);

/** A currency the bundled table does not hold has no candidates. */
const NO_CANDIDATES: readonly Candidate[] = /* @__PURE__ */ Object.freeze([]);

/** The bundled rates of one currency, as candidates built once. */
function bundled(currency: CurrencyCode): readonly Candidate[] {
  return bundledByCurrency().get(currency) ?? NO_CANDIDATES;
}

/** Rates between the euro and `currency`, the caller's first, in either quotation direction. */
function candidates(options: ConversionOptions, currency: CurrencyCode): readonly Candidate[] {
  if (options.rates.length === 0) return bundled(currency);
  const found: Candidate[] = [];
  for (const rate of options.rates) {
    if (rate.base === 'EUR' && rate.quote === currency)
      found.push({ rate, providedBy: 'caller', inverted: false });
    else if (rate.base === currency && rate.quote === 'EUR')
      found.push({ rate, providedBy: 'caller', inverted: true });
  }
  found.push(...bundled(currency));
  return found;
}

/** The days a rate is chosen for: those of a financial year, whatever its label. */
type RatePeriod = Pick<FinancialYearPeriod, 'start' | 'end'>;

/**
 * The bundled rate of a basis for a period, from a currency's bundled candidates. Remembered
 * per currency (its list of candidates), first and last day: a batch converts the same few years
 * for every row, and with the bundled table alone nothing else bears on the choice.
 */
const bundledChoice = (basis: ConversionBasis) =>
  /* @__PURE__ */ weakMemo2((rates: readonly Candidate[], start: IsoDate, end: IsoDate) =>
    chooseRate(rates, basis, { start, end }),
  );
const BUNDLED_CHOICES: Readonly<Record<ConversionBasis, ReturnType<typeof bundledChoice>>> = {
  'annual-average': /* @__PURE__ */ bundledChoice('annual-average'),
  'year-end': /* @__PURE__ */ bundledChoice('year-end'),
};

/**
 * The rate EUR → `quote` for a financial year: the average of exactly that year if one is given,
 * else the calendar-year average that covers most of it; or the spot rate of its last business day.
 * The caller's rates win over the bundled ones at equal fit.
 */
function selectRate(
  options: ConversionOptions,
  quote: CurrencyCode,
  year: FinancialYearPeriod,
): Candidate | undefined {
  if (options.rates.length > 0) return chooseRate(candidates(options, quote), options.basis, year);
  return BUNDLED_CHOICES[options.basis](bundled(quote), year.start, year.end);
}

function chooseRate(
  all: readonly Candidate[],
  basis: ConversionBasis,
  year: RatePeriod,
): Candidate | undefined {
  if (basis === 'year-end') {
    let best: Candidate | undefined;
    for (const c of all) {
      if (c.rate.kind !== 'spot' || c.rate.date > year.end) continue;
      if (daysBetween(c.rate.date, year.end) > SPOT_TOLERANCE_DAYS) continue;
      if (!best || c.rate.date > best.rate.date) best = c;
    }
    return best;
  }
  const exact = all.find(
    (c) => c.rate.kind === 'average' && c.rate.period?.start === year.start && c.rate.period.end === year.end,
  );
  if (exact) return exact;
  let best: Candidate | undefined;
  let bestOverlap = 0;
  for (const c of all) {
    if (c.rate.kind !== 'average' || !c.rate.period) continue;
    const overlap = overlapDays(c.rate.period, year);
    // More than half the financial year must fall in the averaged period.
    if (overlap * 2 <= daysBetween(year.start, year.end) + 1) continue;
    if (overlap > bestOverlap) {
      best = c;
      bestOverlap = overlap;
    }
  }
  return best;
}

/** A rate as an exact integer, remembered per rate object: every conversion at it reads it. */
const scaledRate = /* @__PURE__ */ weakMemo(
  (rate: ExchangeRate): ScaledInteger => toScaledInteger(rate.rate),
);

/**
 * Whether converting `from` through this leg divides by the quoted rate: a rate quoted
 * "EUR 1 = X r" divides on the way into the euro and multiplies on the way out; an inverted one the
 * other way round.
 */
function dividesByRate(leg: Candidate, from: CurrencyCode): boolean {
  const intoEuro = leg.rate.quote !== 'EUR' ? leg.rate.quote === from : leg.rate.base === from;
  return intoEuro !== leg.inverted;
}

/** A rate as results report it, and who provided it. */
function computeDescription(c: Candidate): RateUsed {
  return Object.freeze({
    quotation: quotation(c.rate),
    rate: c.rate.rate.toFixed(),
    kind: c.rate.kind,
    date: c.rate.date,
    period: c.rate.period,
    source: c.rate.source,
    verified: c.rate.verified,
    providedBy: c.providedBy,
  });
}

/** Remembered per candidate: a bundled rate is described the same for every company converted at it. */
const describe = /* @__PURE__ */ weakMemo(computeDescription);

/**
 * The step naming a rate for a financial year labelled by the calendar year it ends in, as nearly
 * every year is. Remembered per candidate and financial year (256 years each): it is the same for
 * every company whose financial year the rate converts.
 */
const usualLegStep = /* @__PURE__ */ weakMemo2(
  (c: Candidate, start: IsoDate, end: IsoDate) => buildLegStep(c, { year: yearOf(end), start, end }),
  256,
);

/** The step naming a rate; a year labelled otherwise (2020 for 2020/21) is rare, and built each time. */
function legStep(c: Candidate, year: FinancialYearPeriod): Trace {
  return year.year === yearOf(year.end) ? usualLegStep(c, year.start, year.end) : buildLegStep(c, year);
}

function buildLegStep(c: Candidate, year: FinancialYearPeriod): Trace {
  return Object.freeze({
    id: 'fx.rate',
    value: quotation(c.rate),
    citation: c.rate.kind === 'average' ? AVERAGE_RATE_CITATION : undefined,
    severity: c.rate.verified ? 'info' : 'warning',
    inputs: Object.freeze({
      year: year.year,
      start: year.start,
      end: year.end,
      kind: c.rate.kind,
      periodStart: c.rate.period?.start ?? null,
      periodEnd: c.rate.period?.end ?? null,
      date: c.rate.date,
      rate: c.rate.rate.toFixed(),
      providedBy: c.providedBy,
      source: c.rate.source.title,
      url: c.rate.source.url ?? null,
      verified: c.rate.verified,
    }),
  });
}

/**
 * The latest annual average of `currency` that ends before the financial year does, where the
 * financial year lies after every average there is (a year whose average is not published yet).
 */
function latestAverageBefore(
  options: ConversionOptions,
  currency: CurrencyCode,
  year: FinancialYearPeriod,
): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of candidates(options, currency)) {
    if (c.rate.kind !== 'average' || !c.rate.period) continue;
    if (c.rate.period.end >= year.end) return undefined;
    if (!best || c.rate.period.end > (best.rate.period?.end ?? '')) best = c;
  }
  return best;
}

function fallbackStep(c: Candidate, currency: CurrencyCode, year: FinancialYearPeriod): Trace {
  return {
    id: 'fx.rate-missing',
    // The year of the average used instead.
    value: yearOf(c.rate.period?.end ?? c.rate.date),
    severity: 'warning',
    inputs: Object.freeze({
      currency,
      year: year.year,
      start: year.start,
      end: year.end,
      latestStart: c.rate.period?.start ?? null,
      latestEnd: c.rate.period?.end ?? null,
    }),
  };
}

function missing(
  from: CurrencyCode,
  to: CurrencyCode,
  leg: CurrencyCode,
  year: FinancialYearPeriod,
  basis: ConversionBasis,
) {
  const wanted =
    basis === 'annual-average'
      ? `average EUR/${leg} rate covering most of ${year.start} to ${year.end}`
      : `EUR/${leg} reference rate dated within ${SPOT_TOLERANCE_DAYS} days before ${year.end}`;
  return new MissingRateError(
    from,
    to,
    `cannot convert ${from} to ${to} for financial year ${year.year}: no ${wanted} in your rates or the bundled ECB table (${yearOf(year.end)}); pass one in fx.rates${basis === 'annual-average' ? " or use fx.basis 'year-end'" : ''}`,
  );
}

/**
 * Converts an amount reported for a financial year into `to`, through the euro when neither side
 * is the euro: the amount times each rate (or divided by it) as one exact fraction of integers,
 * rounded once, half-even, to the minor unit of `to`. Every rate used, its date and its source
 * appear in the steps. `scaled` may pass the amount already as a scaled integer.
 */
export function convertForFinancialYear(
  amount: Money,
  to: CurrencyCode,
  year: FinancialYearPeriod,
  options: ConversionOptions,
  scaled: ScaledInteger = toScaledInteger(amount.amount),
): Conversion {
  if (amount.currency === to) {
    return {
      converted: amount,
      convertedText: scaledToString(scaled),
      convertedScaled: scaled,
      legs: [],
      basis: options.basis,
      steps: [],
    };
  }
  const used: Candidate[] = [];
  const fallbacks: Trace[] = [];
  const legFor = (currency: CurrencyCode): Candidate => {
    const leg = selectRate(options, currency, year);
    if (leg) return leg;
    const latest =
      options.basis === 'annual-average' && options.fallback !== 'none'
        ? latestAverageBefore(options, currency, year)
        : undefined;
    if (!latest) throw missing(amount.currency, to, currency, year, options.basis);
    fallbacks.push(fallbackStep(latest, currency, year));
    return latest;
  };
  if (amount.currency !== 'EUR') used.push(legFor(amount.currency));
  if (to !== 'EUR') used.push(legFor(to));
  const minor = minorUnits(to);
  let numerator = scaled.units * powerOfTen(minor);
  let denominator = powerOfTen(scaled.scale);
  const operations: string[] = [];
  const rates: string[] = [];
  const quotations: string[] = [];
  for (const leg of used) {
    const rate = scaledRate(leg.rate);
    const described = describe(leg);
    if (dividesByRate(leg, amount.currency)) {
      numerator *= powerOfTen(rate.scale);
      denominator *= rate.units;
      operations.push('÷');
    } else {
      numerator *= rate.units;
      denominator *= powerOfTen(rate.scale);
      operations.push('×');
    }
    rates.push(described.rate);
    quotations.push(described.quotation);
  }
  const convertedScaled: ScaledInteger = { units: divideHalfEven(numerator, denominator), scale: minor };
  const convertedText = scaledToString(convertedScaled);
  const steps: Trace[] = [...fallbacks, ...used.map((leg) => legStep(leg, year))];
  steps.push({
    id: 'fx.converted',
    value: { amount: convertedText, currency: to },
    inputs: Object.freeze({
      amount: scaledToString(scaled),
      from: amount.currency,
      to,
      decimals: minor,
      operations: Object.freeze(operations),
      rates: Object.freeze(rates),
      quotations: Object.freeze(quotations),
    }),
  });
  return {
    converted: money(fromScaledInteger(convertedScaled.units, minor), to),
    convertedText,
    convertedScaled,
    legs: used.map(describe),
    basis: options.basis,
    steps,
  };
}
