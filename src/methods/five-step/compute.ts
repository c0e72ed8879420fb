import type { Citation } from '../../core/citation.js';
import type { CurrencyCode } from '../../core/currency.js';
import type { IsoDate } from '../../core/dates.js';
import { Decimal, RoundingMode } from '../../core/decimal.js';
import { ValidationError } from '../../core/errors.js';
import type { ConversionOptions } from '../../core/fx/convert.js';
import { formatMoney, type SerializedMoney } from '../../core/money.js';
import type { Step } from '../../core/steps.js';
import type { TurnoverOptions } from '../../fines/legal-maximum.js';
import type { CompanyProfile } from '../../profile/schema.js';
import { type Band, bandContains, formatBand } from '../band.js';
import { type Conduct, gravestInfringement } from './conduct.js';
import type { FiveStepMethod } from './method.js';
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
  readonly steps: readonly Step[];
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

interface Range {
  low: Decimal;
  high: Decimal;
}

const HUNDRED = new Decimal(100);

function percentText(r: Range): string {
  return r.low.eq(r.high) ? `${r.low.toFixed()} %` : `${r.low.toFixed()} % to ${r.high.toFixed()} %`;
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

/** Runs a five-step method on validated input. */
export function computeFiveStepFine(method: FiveStepMethod, input: MethodInput): MethodFine {
  const { infringement, asOf, rounding, profile } = input;
  const currency = method.currency;
  const money = (value: Decimal): SerializedMoney => ({ amount: value.toFixed(), currency });
  const show = (value: Decimal) => formatMoney(money(value));
  const rangeValue = (r: Range): SerializedMoney | string =>
    r.low.eq(r.high) ? money(r.low) : `${show(r.low)} to ${show(r.high)}`;
  const serialize = (r: Range): AmountRange => ({ low: money(r.low), high: money(r.high) });
  const round = (d: Decimal) => (rounding === 'unit' ? d.toDecimalPlaces(0, RoundingMode.halfUp) : d);
  const roundRange = (r: Range): Range => ({ low: round(r.low), high: round(r.high) });
  const invalidAt = (path: string) => (message: string) =>
    new ValidationError([{ path, message }], `${method.functionName} arguments`);
  const steps: Step[] = [];
  // Without explanations, no step is built (each one formats amounts).
  const explain = input.explain !== false;
  const step = (make: () => Step) => {
    if (explain) steps.push(make());
  };

  if (asOf < method.adopted) {
    step(() => ({
      label: 'Method in force',
      value: false,
      rule: `${method.id} (version ${method.version}) dates from ${method.adopted}; a decision on ${asOf} predates it, so the result shows what the method would give, not what bound the authority`,
      citation: method.citation,
      severity: 'warning',
    }));
  }

  // The conduct: each article's provision; one conduct takes the gravest maximum (Art. 83(3)).
  const { conduct, gravest } = gravestInfringement(
    method.regime,
    infringement.articles,
    profile,
    asOf,
    input.fx,
    input.turnover,
    () => invalidAt('profile.publicAuthority')(method.publicAuthorityMessage),
    explain,
  );
  const { articles } = conduct;
  step(() => ({
    label: method.steps.conduct.label,
    value: articles.map((a) => `${a.article} → ${a.provision}`).join('; '),
    rule:
      articles.length > 1
        ? `one conduct infringing ${articles.length} provisions: one fine, capped at the maximum of the gravest infringement (${gravest.provision}); separate conducts are calculated one by one`
        : 'one conduct, one infringement',
    citation: method.steps.conduct.citation,
  }));
  if (explain) steps.push(...gravest.steps);
  const maximum = round(new Decimal(gravest.amount.amount));
  if (!maximum.eq(gravest.amount.amount)) {
    step(() => ({
      label: 'Legal maximum, in whole units',
      value: money(maximum),
      rule: 'rounded half-up, as authorities state it',
    }));
  }

  // Seriousness: a share of the legal maximum.
  const seriousnessBand = method.seriousness.bands[infringement.seriousness] as Band;
  const s = pointOrBand(
    infringement.seriousnessPct,
    seriousnessBand,
    invalidAt('infringement.seriousnessPct'),
    `${infringement.seriousness} seriousness band of ${method.seriousness.citation.provision}`,
  );
  const starting = roundRange({
    low: maximum.times(s.low).div(HUNDRED),
    high: maximum.times(s.high).div(HUNDRED),
  });
  step(() => ({
    label: `${method.steps.seriousness.label} (${infringement.seriousness} seriousness)`,
    value: rangeValue(starting),
    rule: `${percentText(s)} of ${show(maximum)}; the ${infringement.seriousness} band is ${formatBand(seriousnessBand, ' %')} of the legal maximum, assessed on Art. 83(2)(a), (b) and (g)`,
    citation: method.seriousness.citation,
  }));

  // Turnover: a share of the starting amount, unless the maximum already reflects the size.
  const turnover = new Decimal(gravest.turnover.amount.amount);
  let adjusted = starting;
  let sizeAdjustment: MethodFine['sizeAdjustment'] = null;
  const none = method.size.none(turnover, gravest.basis === 'turnover' ? 'turnover' : 'fixed');
  if (none !== null) {
    if (infringement.sizePct !== undefined) {
      throw invalidAt('infringement.sizePct')(`${none}; leave sizePct out`);
    }
    step(() => ({
      label: method.steps.size.label,
      value: 'none',
      rule: none,
      citation: method.size.noneCitation,
    }));
  } else {
    const row = method.size.bands.find((b) => bandContains(b.turnover, turnover));
    if (!row) throw new Error(`no turnover band for ${turnover.toFixed()}`);
    const a = pointOrBand(
      infringement.sizePct,
      row.adjustment,
      invalidAt('infringement.sizePct'),
      `adjustment band of ${method.size.citation.provision} for a turnover in ${formatBand(row.turnover)} ${currency}`,
    );
    adjusted = roundRange({
      low: starting.low.times(a.low).div(HUNDRED),
      high: starting.high.times(a.high).div(HUNDRED),
    });
    sizeAdjustment = {
      turnover: money(turnover),
      turnoverBand: formatBand(row.turnover),
      band: formatBand(row.adjustment),
      pct: infringement.sizePct === undefined ? null : a.low.toFixed(),
      verified: row.verified,
    };
    step(() => ({
      label: method.steps.size.label,
      value: rangeValue(adjusted),
      rule: `turnover ${show(turnover)} lies in ${formatBand(row.turnover)} ${currency}: ${percentText(a)} of the starting amount (band ${formatBand(row.adjustment, ' %')}; source: ${row.source})`,
      citation: method.size.citation,
      ...(row.verified ? {} : { severity: 'warning' as const }),
    }));
  }

  // Aggravating and mitigating circumstances, each counted once, none of the seriousness ones.
  const {
    circumstances,
    pctTotal,
    amountTotal,
    steps: circumstanceSteps,
  } = weighCircumstances(
    infringement.adjustments ?? [],
    invalidAt,
    method.steps.circumstances.label,
    method.steps.circumstances.citation,
    money,
  );
  if (explain) steps.push(...circumstanceSteps);
  const factor = HUNDRED.plus(pctTotal).div(HUNDRED);
  const afterCircumstances = roundRange({
    low: adjusted.low.times(factor).plus(amountTotal),
    high: adjusted.high.times(factor).plus(amountTotal),
  });
  if (afterCircumstances.low.isNegative()) {
    throw invalidAt('infringement.adjustments')(
      `the circumstances bring the amount to ${show(afterCircumstances.low)}, below zero`,
    );
  }
  step(() => ({
    label: `${method.steps.circumstances.label}: result`,
    value: rangeValue(afterCircumstances),
    rule:
      circumstances.length === 0
        ? 'no aggravating or mitigating circumstance given'
        : `the percentages add up (${pctTotal.toFixed()} %) and apply to the amount before the circumstances; amounts are then added (${amountTotal.toFixed()})`,
    citation: method.steps.circumstances.citation,
  }));

  // The legal maximum.
  const afterLegalMaximum: Range = {
    low: Decimal.min(afterCircumstances.low, maximum),
    high: Decimal.min(afterCircumstances.high, maximum),
  };
  step(() => ({
    label: method.steps.legalMaximum.label,
    value: rangeValue(afterLegalMaximum),
    rule: `${afterCircumstances.high.gt(maximum) ? 'capped at' : 'within'} the legal maximum of ${gravest.provision}, ${show(maximum)}`,
    citation: method.steps.legalMaximum.citation,
  }));

  // Effective, proportionate and dissuasive.
  let fine = afterLegalMaximum;
  let finalRule = 'no final adjustment given';
  if (infringement.finalFactorPct !== undefined) {
    const f = infringement.finalFactorPct;
    fine = roundRange({ low: fine.low.times(f).div(HUNDRED), high: fine.high.times(f).div(HUNDRED) });
    finalRule = `${f.toFixed()} % of the amount before this step`;
  } else if (infringement.finalAmount !== undefined) {
    fine = { low: infringement.finalAmount, high: infringement.finalAmount };
    finalRule = 'the amount the authority set';
  }
  if (fine.high.gt(maximum)) {
    fine = { low: Decimal.min(fine.low, maximum), high: maximum };
    finalRule += `; capped again at the legal maximum, ${show(maximum)}`;
  }
  step(() => ({
    label: method.steps.final.label,
    value: rangeValue(fine),
    rule: finalRule,
    citation: method.steps.final.citation,
  }));

  return {
    method: method.id,
    version: method.version,
    currency,
    asOf,
    conduct,
    legalMaximum: money(maximum),
    seriousness: {
      level: infringement.seriousness,
      band: formatBand(seriousnessBand),
      pct: infringement.seriousnessPct === undefined ? null : s.low.toFixed(),
    },
    sizeAdjustment,
    startingAmount: serialize(starting),
    adjustedStartingAmount: serialize(adjusted),
    circumstances,
    afterCircumstances: serialize(afterCircumstances),
    afterLegalMaximum: serialize(afterLegalMaximum),
    fine: serialize(fine),
    amount: fine.low.eq(fine.high) ? money(fine.low) : null,
    rounding,
    citation: method.citation,
    steps,
  };
}
