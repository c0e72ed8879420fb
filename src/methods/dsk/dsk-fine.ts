import * as z from 'zod';
import type { Citation } from '../../core/citation.js';
import type { IsoDate } from '../../core/dates.js';
import { Decimal, RoundingMode } from '../../core/decimal.js';
import { ValidationError } from '../../core/errors.js';
import { formatMoney, type SerializedMoney } from '../../core/money.js';
import type { Trace } from '../../core/steps.js';
import { decimalSchema, parseInput } from '../../core/validation.js';
import { commonOptionsShape } from '../../fines/options.js';
import { GDPR_83_4 } from '../../law/gdpr/fines.js';
import { GDPR } from '../../law/gdpr/index.js';
import { parseProfile } from '../../profile/parse.js';
import { type Band, bandContains, bandInputs, formatBand } from '../band.js';
import { type Conduct, gravestInfringement, type StartingMaximum } from '../five-step/conduct.js';
import { adjustmentSchema } from '../five-step/schema.js';
import { type WeighedCircumstance, weighCircumstances } from '../five-step/weigh-circumstances.js';
import {
  DSK_ADJUSTMENT_CITATION,
  DSK_CONCEPT,
  DSK_DAILY_RATE_CITATION,
  DSK_SEVERITY_CITATION,
  DSK_SEVERITY_FACTORS,
  DSK_SIZE_CITATION,
  DSK_SUBGROUPS,
  type DskSeverity,
  dsk,
} from './concept.js';

export interface DskFine {
  readonly method: typeof DSK_CONCEPT.id;
  readonly asOf: IsoDate;
  readonly conduct: Conduct;
  readonly legalMaximum: SerializedMoney;
  /** Steps 1 and 2. */
  readonly sizeClass: {
    readonly subgroup: string;
    readonly turnover: SerializedMoney;
    readonly band: string;
    /** The subgroup's mean turnover, or the actual turnover above €500m. */
    readonly base: SerializedMoney;
    readonly verified: boolean;
  };
  /** Step 3: base ÷ 360, rounded as asked. */
  readonly dailyRate: SerializedMoney;
  /** Step 4. */
  readonly severity: {
    readonly level: DskSeverity;
    readonly scale: 'formal' | 'material';
    readonly band: string;
    readonly factor: string | null;
  };
  readonly afterSeverity: { readonly low: SerializedMoney; readonly high: SerializedMoney };
  /** Step 5. */
  readonly circumstances: readonly WeighedCircumstance[];
  readonly fine: { readonly low: SerializedMoney; readonly high: SerializedMoney };
  readonly amount: SerializedMoney | null;
  readonly citation: Citation;
  readonly steps: readonly Trace[];
}

type DskSeriousness = 'low' | 'medium' | 'high' | 'very high';

/** The common seriousness words and the concept's severity levels they stand for (Table 4). */
const DSK_SEVERITY_OF: Readonly<Record<DskSeriousness, DskSeverity>> = {
  low: 'leicht',
  medium: 'mittel',
  high: 'schwer',
  'very high': 'sehr schwer',
};

export const dskFineArgs = z
  .object({
    ...commonOptionsShape,
    infringement: z
      .object({
        articles: z.array(z.string().min(1).max(120)).min(1, 'name at least one infringed article').max(50),
        /** The seriousness in the words of the other methods; the concept's own terms are `severity`. */
        seriousness: z.enum(['low', 'medium', 'high', 'very high']).optional(),
        /** The concept's own terms (Table 4), an alias of `seriousness`. */
        severity: z.enum(['leicht', 'mittel', 'schwer', 'sehr schwer']).optional(),
        /** The factor chosen within the severity band of Table 4. */
        factor: decimalSchema({ min: 'positive' }).optional(),
        /** Step 5: offender-related circumstances of Art. 83(2). */
        adjustments: z.array(adjustmentSchema).max(20).optional(),
      })
      .strict()
      .superRefine((i, ctx) => {
        const read = i.seriousness === undefined ? undefined : DSK_SEVERITY_OF[i.seriousness];
        if (read === undefined && i.severity === undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['seriousness'],
            message:
              'is required (low, medium, high or very high; or severity: leicht, mittel, schwer, sehr schwer)',
          });
        else if (read !== undefined && i.severity !== undefined && read !== i.severity)
          ctx.addIssue({
            code: 'custom',
            path: ['severity'],
            message: `seriousness "${i.seriousness}" is "${read}", not "${i.severity}": give one of them`,
          });
      })
      .transform(({ seriousness, ...i }) => ({
        ...i,
        severity: (i.severity ?? DSK_SEVERITY_OF[seriousness as DskSeriousness]) as DskSeverity,
      })),
    /**
     * How the daily rate is rounded to whole euros: `half-up` (the published examples: A.I = 972)
     * or `up` (one reading of the concept: "aufgerundet", A.I = 973).
     */
    dailyRateRounding: z.enum(['half-up', 'up']).default('half-up'),
  })
  .strict();

const EUR = 'EUR' as const;
const money = (d: Decimal): SerializedMoney => ({ amount: d.toFixed(), currency: EUR });
const show = (d: Decimal) => formatMoney(money(d));
const DAYS = new Decimal(360);
const HUNDRED = new Decimal(100);

function invalidAt(path: string) {
  return (message: string) => new ValidationError([{ path, message }], 'dskFine arguments');
}

type DskInput = z.output<typeof dskFineArgs>;
type DskRange = { low: Decimal; high: Decimal };

const rangeText = (r: DskRange) => (r.low.eq(r.high) ? money(r.low) : `${show(r.low)} to ${show(r.high)}`);

/** The concept applies from its adoption; after the EDPB's guidelines it shows what it would give. */
function conceptInForce(asOf: IsoDate): Trace | null {
  if (asOf < DSK_CONCEPT.adopted) {
    return {
      id: 'dsk.in-force',
      value: false,
      citation: DSK_CONCEPT.citation,
      severity: 'warning',
      inputs: Object.freeze({ adopted: DSK_CONCEPT.adopted, asOf }),
    };
  }
  if (asOf < DSK_CONCEPT.supersededBy.date) return null;
  return {
    id: 'dsk.superseded',
    value: DSK_CONCEPT.supersededBy.id,
    citation: DSK_CONCEPT.citation,
    severity: 'warning',
    inputs: Object.freeze({
      supersededBy: DSK_CONCEPT.supersededBy.id,
      from: DSK_CONCEPT.supersededBy.date,
      asOf,
    }),
  };
}

/** Steps 1 and 2: size class, subgroup, mean turnover (or the actual turnover above €500m). */
function sizeClass(
  turnover: Decimal,
  steps: Trace[],
): { subgroup: (typeof DSK_SUBGROUPS)[number]; base: Decimal } {
  const subgroup = DSK_SUBGROUPS.find((g) => bandContains(g.turnover, turnover));
  if (!subgroup) throw new Error(`no DSK subgroup for ${turnover.toFixed()}`);
  const base = subgroup.mean === null ? turnover : new Decimal(subgroup.mean);
  steps.push({
    id: 'dsk.size-class',
    value: subgroup.id,
    citation: DSK_SIZE_CITATION,
    inputs: Object.freeze({
      turnover: turnover.toFixed(),
      currency: EUR,
      ...bandInputs(subgroup.turnover, 'turnoverBand'),
      base: base.toFixed(),
      basis: subgroup.mean === null ? 'actual' : 'mean',
      verified: subgroup.verified,
    }),
    ...(subgroup.verified ? {} : { severity: 'warning' as const }),
  });
  return { subgroup, base };
}

/** Step 3: the daily rate, the base ÷ 360 in whole euros. */
function dailyRateOf(base: Decimal, rounding: DskInput['dailyRateRounding'], steps: Trace[]): Decimal {
  const dailyRate = base
    .div(DAYS)
    .toDecimalPlaces(0, rounding === 'up' ? Decimal.ROUND_UP : RoundingMode.halfUp);
  steps.push({
    id: 'dsk.daily-rate',
    value: money(dailyRate),
    citation: DSK_DAILY_RATE_CITATION,
    inputs: Object.freeze({
      base: base.toFixed(),
      currency: EUR,
      rounding: rounding === 'up' ? 'up' : 'half-up',
    }),
  });
  return dailyRate;
}

/** Step 4: the severity factor, on the formal (Art. 83(4)) or material (83(5), (6)) scale. */
function severityStage(
  infringement: DskInput['infringement'],
  provision: string,
  dailyRate: Decimal,
  maximum: Decimal,
  steps: Trace[],
): DskRange & { scale: 'formal' | 'material'; factorBand: Band } {
  const scale = provision === GDPR_83_4.id ? 'formal' : 'material';
  const factorBand = DSK_SEVERITY_FACTORS[scale][infringement.severity];
  let low: Decimal;
  let high: Decimal;
  if (infringement.factor !== undefined) {
    if (!bandContains(factorBand, infringement.factor)) {
      throw invalidAt('infringement.factor')(
        `must lie in the ${infringement.severity} band of the ${scale} scale, ${formatBand(factorBand)}, got ${infringement.factor.toFixed()}`,
      );
    }
    low = high = dailyRate.times(infringement.factor);
  } else {
    low = dailyRate.times(factorBand.from);
    high = factorBand.to === null ? maximum : dailyRate.times(factorBand.to);
  }
  steps.push({
    id: 'dsk.severity',
    value: rangeText({ low, high }),
    citation: DSK_SEVERITY_CITATION,
    inputs: Object.freeze({
      level: infringement.severity,
      scale,
      factor: infringement.factor === undefined ? null : infringement.factor.toFixed(),
      ...bandInputs(factorBand, 'factorBand'),
    }),
  });
  return { low, high, scale, factorBand };
}

/** Step 5: offender-related and other circumstances, percentages then amounts. */
function circumstancesStage(
  infringement: DskInput['infringement'],
  before: DskRange,
  steps: Trace[],
): DskRange & { circumstances: DskFine['circumstances'] } {
  const weighed = weighCircumstances(
    infringement.adjustments ?? [],
    invalidAt,
    'Step 5',
    DSK_ADJUSTMENT_CITATION,
    money,
  );
  steps.push(...weighed.steps);
  const factor = HUNDRED.plus(weighed.pctTotal).div(HUNDRED);
  const low = before.low.times(factor).plus(weighed.amountTotal);
  const high = before.high.times(factor).plus(weighed.amountTotal);
  if (low.isNegative()) {
    throw invalidAt('infringement.adjustments')(
      `the circumstances bring the amount to ${show(low)}, below zero`,
    );
  }
  return { low, high, circumstances: weighed.circumstances };
}

/** Within the legal maximum of the gravest infringement. */
function withinLegalMaximum(
  r: DskRange,
  maximum: Decimal,
  gravest: StartingMaximum,
  steps: Trace[],
): DskRange {
  const capped = r.high.gt(maximum);
  const fine = { low: Decimal.min(r.low, maximum), high: Decimal.min(r.high, maximum) };
  steps.push({
    id: 'dsk.legal-maximum',
    value: rangeText(fine),
    citation: gravest.citation,
    inputs: Object.freeze({
      provision: gravest.provision,
      legalMaximum: maximum.toFixed(),
      currency: EUR,
      capped,
    }),
  });
  return fine;
}

/**
 * The German DSK concept of 14 October 2019: size class and subgroup by turnover (Steps 1–2), the
 * daily rate of the subgroup's mean turnover ÷ 360 (Step 3), × a severity factor on the formal or
 * material scale (Step 4), offender-related adjustments (Step 5), within the legal maximum. Above
 * €500m the actual turnover replaces the mean. It was interim guidance: on a date after the EDPB's
 * Guidelines 04/2022 v2.1 (24 May 2023) the result carries a warning.
 */
export function dskFine(args: unknown): DskFine {
  const input = parseInput(dskFineArgs, args, 'dskFine arguments');
  const { infringement, asOf } = input;
  const profile = parseProfile(input.profile);
  const steps: Trace[] = [];
  const inForce = conceptInForce(asOf);
  if (inForce) steps.push(inForce);
  const { conduct, gravest } = gravestInfringement(
    GDPR.regime,
    infringement.articles,
    profile,
    asOf,
    input.fx,
    input.turnover,
    () =>
      invalidAt('profile.publicAuthority')(
        'the DSK concept applies to undertakings only; GDPR Art. 83(7) leaves fines on public bodies to national law',
      ),
  );
  steps.push(...gravest.steps);
  const maximum = new Decimal(gravest.amount.amount);
  const turnover = new Decimal(gravest.turnover.amount.amount);
  const { subgroup, base } = sizeClass(turnover, steps);
  const dailyRate = dailyRateOf(base, input.dailyRateRounding, steps);
  const afterSeverity = severityStage(infringement, gravest.provision, dailyRate, maximum, steps);
  const afterCircumstances = circumstancesStage(infringement, afterSeverity, steps);
  const fine = withinLegalMaximum(afterCircumstances, maximum, gravest, steps);
  return {
    method: DSK_CONCEPT.id,
    asOf,
    conduct,
    legalMaximum: money(maximum),
    sizeClass: {
      subgroup: subgroup.id,
      turnover: money(turnover),
      band: formatBand(subgroup.turnover),
      base: money(base),
      verified: subgroup.verified,
    },
    dailyRate: money(dailyRate),
    severity: {
      level: infringement.severity,
      scale: afterSeverity.scale,
      band: formatBand(afterSeverity.factorBand),
      factor: infringement.factor?.toFixed() ?? null,
    },
    afterSeverity: { low: money(afterSeverity.low), high: money(afterSeverity.high) },
    circumstances: afterCircumstances.circumstances,
    fine: { low: money(fine.low), high: money(fine.high) },
    amount: fine.low.eq(fine.high) ? money(fine.low) : null,
    citation: dsk('Schritte 1 bis 5'),
    steps,
  };
}
