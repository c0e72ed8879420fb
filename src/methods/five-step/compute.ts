import type { Citation } from '../../core/citation.js';
import type { CurrencyCode } from '../../core/currency.js';
import type { IsoDate } from '../../core/dates.js';
import { Decimal } from '../../core/decimal.js';
import type { ConversionOptions } from '../../core/fx/convert.js';
import type { SerializedMoney } from '../../core/money.js';
import type { Trace } from '../../core/steps.js';
import type { TurnoverOptions } from '../../fines/legal-maximum.js';
import type { CompanyProfile } from '../../profile/schema.js';
import { type Band, bandContains, bandInputs, formatBand } from '../band.js';
import { type Conduct, gravestInfringement, type StartingMaximum } from './conduct.js';
import type { FiveStepMethod } from './method.js';
import { FiveStepRun, HUNDRED, type Range } from './run.js';
import type { MethodInfringement } from './schema.js';
import { type WeighedCircumstance, weighCircumstances } from './weigh-circumstances.js';

/** An amount the method gives as a range; low equals high once every point is chosen. */
export interface AmountRange {
  readonly low: SerializedMoney;
  readonly high: SerializedMoney;
}

export type MethodCircumstance = WeighedCircumstance;

/** The result of a five-step method: every stage, as a range or as the authority's chosen points. */
export interface MethodFine {
  /** "EDPB 04/2022", "ICO 2024". */
  readonly method: string;
  readonly version: string;
  readonly currency: CurrencyCode;
  readonly asOf: IsoDate;
  /** The infringed articles and the provision of the gravest one (Art. 83(3)). */
  readonly conduct: Conduct;
  readonly legalMaximum: SerializedMoney;
  readonly seriousness: {
    readonly level: string;
    /** The band, in percent of the legal maximum: "[10, 20]". */
    readonly band: string;
    /** The chosen point, in percent, or null where the range is given. */
    readonly pct: string | null;
  };
  /** The turnover adjustment; null where the method applies none (a turnover-based maximum). */
  readonly sizeAdjustment: {
    readonly turnover: SerializedMoney;
    /** The turnover band, in the method's currency. */
    readonly turnoverBand: string;
    /** The adjustment band, in percent of the starting amount: "[1.5, 10]". */
    readonly band: string;
    readonly pct: string | null;
    /** Whether the band's percentages were verified in a published text. */
    readonly verified: boolean;
  } | null;
  /** The legal maximum × the seriousness. */
  readonly startingAmount: AmountRange;
  /** After the turnover adjustment; equal to startingAmount where none applies. */
  readonly adjustedStartingAmount: AmountRange;
  readonly circumstances: readonly MethodCircumstance[];
  readonly afterCircumstances: AmountRange;
  /** Never above the legal maximum. */
  readonly afterLegalMaximum: AmountRange;
  /** After the last step (effective, proportionate, dissuasive): the fine. */
  readonly fine: AmountRange;
  /** The fine when every point is chosen (low equals high); null for a range. */
  readonly amount: SerializedMoney | null;
  readonly rounding: 'exact' | 'unit';
  readonly citation: Citation;
  readonly steps: readonly Trace[];
}

export interface MethodInput {
  readonly profile: CompanyProfile;
  readonly asOf: IsoDate;
  readonly fx: ConversionOptions;
  readonly turnover: TurnoverOptions;
  readonly rounding: 'exact' | 'unit';
  readonly infringement: MethodInfringement;
  /** false: no steps (the estimate's fast path); the figures do not change. */
  readonly explain?: boolean;
}

/** A chosen point, checked against its band, or the band itself. */
function pointOrBand(
  chosen: Decimal | undefined,
  b: Band,
  invalid: (message: string) => Error,
  what: string,
): Range {
  if (chosen === undefined) return { low: b.from, high: b.to ?? b.from };
  if (!bandContains(b, chosen)) {
    throw invalid(`must lie in the ${what} ${formatBand(b, ' %')}, got ${chosen.toFixed()} %`);
  }
  return { low: chosen, high: chosen };
}

/** A method adopted after the date applies only as "what the method would give". */
function methodInForce(run: FiveStepRun, asOf: IsoDate): void {
  const { method } = run;
  if (asOf >= method.adopted) return;
  run.step(() => ({
    id: 'five-step.in-force',
    value: false,
    citation: method.citation,
    severity: 'warning',
    inputs: Object.freeze({
      method: method.id,
      version: method.version,
      adopted: method.adopted,
      asOf,
    }),
  }));
}

/** The conduct: each article's provision; one conduct takes the gravest maximum (Art. 83(3)). */
function conductStage(
  run: FiveStepRun,
  input: MethodInput,
): { conduct: Conduct; gravest: StartingMaximum; maximum: Decimal } {
  const { method } = run;
  const { conduct, gravest } = gravestInfringement(
    method.regime,
    input.infringement.articles,
    input.profile,
    input.asOf,
    input.fx,
    input.turnover,
    () => run.invalid('profile.publicAuthority', method.publicAuthorityMessage),
    run.explain,
  );
  const { articles } = conduct;
  run.step(() => ({
    id: 'five-step.conduct',
    value: articles.map((a) => `${a.article} → ${a.provision}`).join('; '),
    citation: method.steps.conduct.citation,
    inputs: Object.freeze({
      stage: method.steps.conduct.label,
      articleCount: articles.length,
      gravestProvision: gravest.provision,
    }),
  }));
  run.stepsFrom(gravest.steps);
  const maximum = run.round(new Decimal(gravest.amount.amount));
  if (!maximum.eq(gravest.amount.amount)) {
    run.step(() => ({
      id: 'five-step.maximum-whole-units',
      value: run.money(maximum),
    }));
  }
  return { conduct, gravest, maximum };
}

/** The seriousness: a share of the legal maximum, the starting amount. */
function seriousnessStage(
  run: FiveStepRun,
  infringement: MethodInfringement,
  maximum: Decimal,
): { band: Band; share: Range; starting: Range } {
  const { method } = run;
  const band = method.seriousness.bands[infringement.seriousness] as Band;
  const share = pointOrBand(
    infringement.seriousnessPct,
    band,
    run.invalidAt('infringement.seriousnessPct'),
    `${infringement.seriousness} seriousness band of ${method.seriousness.citation.provision}`,
  );
  const starting = run.shareOf({ low: maximum, high: maximum }, share);
  run.step(() => ({
    id: 'five-step.seriousness',
    value: run.rangeValue(starting),
    citation: method.seriousness.citation,
    inputs: Object.freeze({
      legalMaximum: maximum.toFixed(),
      pctLow: share.low.toFixed(),
      pctHigh: share.high.toFixed(),
      stage: method.steps.seriousness.label,
      seriousness: infringement.seriousness,
      currency: run.currency,
      ...bandInputs(band, 'band'),
    }),
  }));
  return { band, share, starting };
}

/** The size: a share of the starting amount, unless the maximum already reflects it. */
function sizeStage(
  run: FiveStepRun,
  infringement: MethodInfringement,
  gravest: StartingMaximum,
  starting: Range,
): { adjusted: Range; sizeAdjustment: MethodFine['sizeAdjustment'] } {
  const { method, currency } = run;
  const turnover = new Decimal(gravest.turnover.amount.amount);
  const none = method.size.none(turnover, gravest.basis === 'turnover' ? 'turnover' : 'fixed');
  if (none !== null) {
    if (infringement.sizePct !== undefined) {
      throw run.invalid('infringement.sizePct', `${none}; leave sizePct out`);
    }
    run.step(() => ({
      id: 'five-step.size-none',
      value: 'none',
      citation: method.size.noneCitation,
      inputs: Object.freeze({
        stage: method.steps.size.label,
        turnover: turnover.toFixed(),
        currency,
        reason: none,
      }),
    }));
    return { adjusted: starting, sizeAdjustment: null };
  }
  const row = method.size.bands.find((b) => bandContains(b.turnover, turnover));
  if (!row) throw new Error(`no turnover band for ${turnover.toFixed()}`);
  const share = pointOrBand(
    infringement.sizePct,
    row.adjustment,
    run.invalidAt('infringement.sizePct'),
    `adjustment band of ${method.size.citation.provision} for a turnover in ${formatBand(row.turnover)} ${currency}`,
  );
  const adjusted = run.shareOf(starting, share);
  run.step(() => ({
    id: 'five-step.size',
    value: run.rangeValue(adjusted),
    citation: method.size.citation,
    inputs: Object.freeze({
      turnover: turnover.toFixed(),
      pctLow: share.low.toFixed(),
      pctHigh: share.high.toFixed(),
      stage: method.steps.size.label,
      currency,
      ...bandInputs(row.turnover, 'turnoverBand'),
      ...bandInputs(row.adjustment, 'band'),
      source: row.source,
    }),
    ...(row.verified ? {} : { severity: 'warning' as const }),
  }));
  return {
    adjusted,
    sizeAdjustment: {
      turnover: run.money(turnover),
      turnoverBand: formatBand(row.turnover),
      band: formatBand(row.adjustment),
      pct: infringement.sizePct === undefined ? null : share.low.toFixed(),
      verified: row.verified,
    },
  };
}

/** Aggravating and mitigating circumstances, each counted once, none of the seriousness ones. */
function circumstancesStage(
  run: FiveStepRun,
  infringement: MethodInfringement,
  adjusted: Range,
): { circumstances: readonly MethodCircumstance[]; afterCircumstances: Range } {
  const { method } = run;
  const { circumstances, pctTotal, amountTotal, steps } = weighCircumstances(
    infringement.adjustments ?? [],
    (path) => run.invalidAt(path),
    method.steps.circumstances.label,
    method.steps.circumstances.citation,
    (value) => run.money(value),
  );
  run.stepsFrom(steps);
  const factor = HUNDRED.plus(pctTotal).div(HUNDRED);
  const afterCircumstances = run.roundRange({
    low: adjusted.low.times(factor).plus(amountTotal),
    high: adjusted.high.times(factor).plus(amountTotal),
  });
  if (afterCircumstances.low.isNegative()) {
    throw run.invalid(
      'infringement.adjustments',
      `the circumstances bring the amount to ${run.show(afterCircumstances.low)}, below zero`,
    );
  }
  run.step(() => ({
    id: 'five-step.circumstances-result',
    value: run.rangeValue(afterCircumstances),
    citation: method.steps.circumstances.citation,
    inputs: Object.freeze({
      pctTotal: pctTotal.toFixed(),
      amountTotal: amountTotal.toFixed(),
      stage: method.steps.circumstances.label,
      count: circumstances.length,
    }),
  }));
  return { circumstances, afterCircumstances };
}

/** The legal maximum of the gravest infringement. */
function legalMaximumStage(
  run: FiveStepRun,
  afterCircumstances: Range,
  maximum: Decimal,
  provision: string,
): Range {
  const afterLegalMaximum: Range = {
    low: Decimal.min(afterCircumstances.low, maximum),
    high: Decimal.min(afterCircumstances.high, maximum),
  };
  run.step(() => ({
    id: 'five-step.legal-maximum',
    value: run.rangeValue(afterLegalMaximum),
    citation: run.method.steps.legalMaximum.citation,
    inputs: Object.freeze({
      stage: run.method.steps.legalMaximum.label,
      provision,
      legalMaximum: maximum.toFixed(),
      currency: run.currency,
      capped: afterCircumstances.high.gt(maximum),
    }),
  }));
  return afterLegalMaximum;
}

/** The last step: effective, proportionate and dissuasive; never above the legal maximum again. */
function finalStage(
  run: FiveStepRun,
  infringement: MethodInfringement,
  before: Range,
  maximum: Decimal,
): Range {
  let fine = before;
  const f = infringement.finalFactorPct;
  if (f !== undefined) {
    fine = run.shareOf(fine, { low: f, high: f });
  } else if (infringement.finalAmount !== undefined) {
    fine = { low: infringement.finalAmount, high: infringement.finalAmount };
  }
  const cappedAgain = fine.high.gt(maximum);
  if (cappedAgain) {
    fine = { low: Decimal.min(fine.low, maximum), high: maximum };
  }
  run.step(() => ({
    id: 'five-step.final',
    value: run.rangeValue(fine),
    citation: run.method.steps.final.citation,
    inputs: Object.freeze({
      stage: run.method.steps.final.label,
      adjustment: f !== undefined ? 'factor' : infringement.finalAmount !== undefined ? 'amount' : 'none',
      factorPct: f === undefined ? null : f.toFixed(),
      cappedAgain,
      legalMaximum: maximum.toFixed(),
      currency: run.currency,
    }),
  }));
  return fine;
}

/** Runs a five-step method on validated input: each stage in turn, each a share of the one before. */
export function computeFiveStepFine(method: FiveStepMethod, input: MethodInput): MethodFine {
  const { infringement, asOf, rounding } = input;
  const run = new FiveStepRun(method, rounding, input.explain !== false);
  methodInForce(run, asOf);
  const { conduct, gravest, maximum } = conductStage(run, input);
  const { band, share, starting } = seriousnessStage(run, infringement, maximum);
  const { adjusted, sizeAdjustment } = sizeStage(run, infringement, gravest, starting);
  const { circumstances, afterCircumstances } = circumstancesStage(run, infringement, adjusted);
  const afterLegalMaximum = legalMaximumStage(run, afterCircumstances, maximum, gravest.provision);
  const fine = finalStage(run, infringement, afterLegalMaximum, maximum);
  const serialize = (r: Range): AmountRange => ({ low: run.money(r.low), high: run.money(r.high) });
  return {
    method: method.id,
    version: method.version,
    currency: run.currency,
    asOf,
    conduct,
    legalMaximum: run.money(maximum),
    seriousness: {
      level: infringement.seriousness,
      band: formatBand(band),
      pct: infringement.seriousnessPct === undefined ? null : share.low.toFixed(),
    },
    sizeAdjustment,
    startingAmount: serialize(starting),
    adjustedStartingAmount: serialize(adjusted),
    circumstances,
    afterCircumstances: serialize(afterCircumstances),
    afterLegalMaximum: serialize(afterLegalMaximum),
    fine: serialize(fine),
    amount: fine.low.eq(fine.high) ? run.money(fine.low) : null,
    rounding,
    citation: method.citation,
    steps: run.steps,
  };
}
