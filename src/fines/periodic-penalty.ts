import * as z from 'zod';
import type { Citation } from '../core/citation.js';
import { minorUnits } from '../core/currency.js';
import { daysBetween, type IsoDate } from '../core/dates.js';
import type { SerializedMoney } from '../core/money.js';
import { versionInForce } from '../core/parameter.js';
import { divideHalfEven, powerOfTen, scaledToString, toScaledInteger } from '../core/rational.js';
import type { Trace } from '../core/steps.js';
import { parseInput } from '../core/validation.js';
import { periodicPenaltyById } from '../law/index.js';
import type { PeriodicPenaltyProvision } from '../law/types.js';
import { parseProfile } from '../profile/parse.js';
import { preparedYear } from '../profile/prepared-year.js';
import { turnoverSteps, turnoverUnder } from '../profile/turnover.js';
import { commonOptionsShape } from './options.js';

export interface PeriodicPenalty {
  readonly provision: string;
  readonly asOf: IsoDate;
  readonly days: number;
  /** Turnover of the preceding financial year divided by the number of its days. */
  readonly averageDailyTurnover: SerializedMoney;
  /** The most a single day can cost: the share of the average daily turnover, rounded down to the cent. */
  readonly dailyMaximum: SerializedMoney;
  /** The most `days` days can cost, rounded down to the cent. */
  readonly amount: SerializedMoney;
  readonly turnover: {
    readonly amount: SerializedMoney;
    readonly year: number;
    readonly start: IsoDate;
    readonly end: IsoDate;
    /** The days of the financial year, its first and last included. */
    readonly days: number;
  };
  readonly imposedBy: PeriodicPenaltyProvision['imposedBy'];
  readonly citation: Citation;
  readonly steps: readonly Trace[];
}

export const periodicPenaltyArgs = z
  .object({
    ...commonOptionsShape,
    provision: z.string().min(1).max(100),
    /** Days of non-compliance, counted from the date the decision sets. */
    days: z.number().int('must be a whole number of days').min(1).max(36_600),
  })
  .strict();

/** floor(numerator / denominator) for non-negative integers. */
function floorDivide(numerator: bigint, denominator: bigint): bigint {
  return numerator / denominator;
}

/**
 * The daily figures in the provision's currency, exact to its minor unit: the turnover of the
 * financial year, its average per day, the daily share of it, and that share over the days.
 * Rounded down where a figure is a maximum (never above what the act allows).
 */
function dailyFigures(
  provision: PeriodicPenaltyProvision,
  turnover: ReturnType<typeof turnoverUnder>,
  days: number,
) {
  const year = preparedYear(turnover.financialYear);
  const scaled = turnover.conversion ? turnover.conversion.convertedScaled : year.turnoverScaled;
  const yearDays = daysBetween(turnover.start, turnover.end) + 1;
  const share = toScaledInteger(provision.dailyShare);
  const minor = minorUnits(provision.currency);
  const unit = powerOfTen(minor);
  const denominator = powerOfTen(share.scale + scaled.scale) * BigInt(yearDays);
  const money = (units: bigint): SerializedMoney => ({
    amount: scaledToString({ units, scale: minor }),
    currency: provision.currency,
  });
  return {
    yearDays,
    turnover: money(divideHalfEven(scaled.units * unit, powerOfTen(scaled.scale))),
    average: money(divideHalfEven(scaled.units * unit, powerOfTen(scaled.scale) * BigInt(yearDays))),
    perDay: money(floorDivide(share.units * scaled.units * unit, denominator)),
    total: money(floorDivide(share.units * scaled.units * unit * BigInt(days), denominator)),
  };
}

type DailyFigures = ReturnType<typeof dailyFigures>;

/** The steps of the periodic penalty: the provision in force, the daily turnover, the share, the total. */
function periodicSteps(
  provision: PeriodicPenaltyProvision,
  turnover: ReturnType<typeof turnoverUnder>,
  figures: DailyFigures,
  asOf: IsoDate,
  days: number,
): Trace[] {
  const dailyShare = provision.dailyShare.toFixed();
  const currency = provision.currency;
  const { yearDays } = figures;
  const steps = turnoverSteps(turnover, {
    id: 'periodic-penalty.in-force',
    value: dailyShare,
    citation: provision.citation,
    inputs: Object.freeze({
      provision: provision.id,
      asOf,
      imposedBy: provision.imposedBy,
      validFrom: provision.validFrom,
    }),
  });
  steps.push(
    {
      id: 'periodic-penalty.daily-turnover',
      value: figures.average,
      citation: provision.citation,
      inputs: Object.freeze({
        turnover: figures.turnover.amount,
        currency,
        yearDays,
        year: turnover.year,
        start: turnover.start,
        end: turnover.end,
      }),
    },
    {
      id: 'periodic-penalty.per-day',
      value: figures.perDay,
      citation: provision.citation,
      inputs: Object.freeze({ dailyShare, turnover: figures.turnover.amount, currency, yearDays }),
    },
    {
      id: 'periodic-penalty.total',
      value: figures.total,
      citation: provision.citation,
      inputs: Object.freeze({ dailyShare, turnover: figures.turnover.amount, currency, days, yearDays }),
    },
  );
  return steps;
}

/**
 * The maximum periodic penalty payment for `days` days of non-compliance (DSA Art. 52(4) and 76,
 * DMA Art. 31): a share of the average daily worldwide turnover of the preceding financial year
 * per day. The average daily turnover is that year's turnover divided by its number of days; the
 * amounts are exact fractions rounded down to the cent, so they never exceed the cap.
 */
export function periodicPenalty(args: unknown): PeriodicPenalty {
  const input = parseInput(periodicPenaltyArgs, args, 'periodicPenalty arguments');
  const provision = periodicPenaltyById(input.provision);
  versionInForce(provision.id, [provision], input.asOf);
  const profile = parseProfile(input.profile);
  const turnover = turnoverUnder(provision, profile, input.asOf, input.fx, input.turnover);
  const figures = dailyFigures(provision, turnover, input.days);
  return {
    provision: provision.id,
    asOf: input.asOf,
    days: input.days,
    averageDailyTurnover: figures.average,
    dailyMaximum: figures.perDay,
    amount: figures.total,
    turnover: {
      amount: figures.turnover,
      year: turnover.year,
      start: turnover.start,
      end: turnover.end,
      days: figures.yearDays,
    },
    imposedBy: provision.imposedBy,
    citation: provision.citation,
    steps: periodicSteps(provision, turnover, figures, input.asOf, input.days),
  };
}
