import { Decimal } from '../../core/decimal.js';
import type { StepInputs, StepWordBook } from '../../core/steps.js';
import { bandOfInputs, formatBand } from '../../methods/band.js';
import { CIRCUMSTANCE_TITLES, type CircumstanceFactor } from '../../methods/five-step/circumstances.js';
import { percentText } from '../../methods/five-step/run.js';
import { listInput, moneyInput } from './inputs.js';

/** "10 %" or "10 % to 20 %", from the `pctLow` and `pctHigh` inputs. */
const shareText = (i: StepInputs) =>
  percentText({ low: new Decimal(String(i.pctLow)), high: new Decimal(String(i.pctHigh)) });

/** The band the inputs hold under `name`, as the methods write it: "[10 %, 20 %]", "(2000000, 10000000]". */
const bandText = (i: StepInputs, name: string, unit = '') => formatBand(bandOfInputs(i, name), unit);

/** The title of the point of Art. 83(2) a factor names: "83(2)(e)" → "relevant previous infringements". */
const circumstanceTitle = (factor: string) => CIRCUMSTANCE_TITLES[factor.slice(-2, -1) as CircumstanceFactor];

/** "capped at" or "within", by the `capped` input. */
const cappedOrWithin = (i: StepInputs) => (i.capped === true ? 'capped at' : 'within');

/** The final step's rule: the adjustment made, and a second cap where it exceeds the maximum. */
function finalRule(i: StepInputs): string {
  const made =
    i.adjustment === 'factor'
      ? `${i.factorPct} % of the amount before this step`
      : i.adjustment === 'amount'
        ? 'the amount the authority set'
        : 'no final adjustment given';
  return `${made}${i.cappedAgain === true ? `; capped again at the legal maximum, ${moneyInput(i.legalMaximum, i.currency)}` : ''}`;
}

/** The AP's category: the annex's (with its source) or the caller's, and the provision Art. 5(1)(a) rests on. */
function apCategoryRule(i: StepInputs): string {
  const principle =
    i.principle === true
      ? `Art. 5(1)(a) takes the category of ${i.underlying ?? 'the provision given'}: `
      : '';
  return `${principle}${i.outcome === 'annex' ? `category ${i.category} (${i.source})` : `category ${i.category}, as given`}`;
}

/** Raised from, lowered from, or equal to the basic fine. */
function apMove(i: StepInputs): string {
  const amount = new Decimal(String(i.amount));
  const basic = new Decimal(String(i.basicFine));
  return amount.gt(basic) ? 'raised from' : amount.lt(basic) ? 'lowered from' : 'equal to';
}

/** The DSK's size class: the subgroup's band, the base it gives, and whether the band was read in the concept. */
function dskSizeRule(i: StepInputs): string {
  const base = moneyInput(i.base, i.currency);
  const basis =
    i.basis === 'actual'
      ? `above €500m the actual turnover, ${base}, is the base`
      : `mean annual turnover of the subgroup ${base}`;
  const unverified =
    i.verified === true
      ? ''
      : '; the bands and means of classes C and D come from one secondary source and were not read in the concept';
  return `turnover ${moneyInput(i.turnover, i.currency)} lies in ${bandText(i, 'turnoverBand')} ${i.currency}; ${basis}${unverified}`;
}

/** The DSK's severity: the factor chosen, or the band of factors (open above: up to the legal maximum). */
function dskSeverityRule(i: StepInputs): string {
  const factor = i.factor === null ? `a factor in ${bandText(i, 'factorBand')}` : String(i.factor);
  const openAbove =
    i.factorBandTo === null && i.factor === null ? ' (open above: up to the legal maximum)' : '';
  return `daily rate × ${factor}${openAbove}`;
}

/** The words of the regulators' published methods (the five-step frame, the EDPB's, the ICO's, the AP's, the DSK's), by step id. */
export const METHOD_WORDS: StepWordBook = /* @__PURE__ */ Object.freeze({
  // The five-step frame (EDPB 04/2022, ICO 2024): each stage's label is the method's own (`stage`).
  'five-step.in-force': {
    label: 'Method in force',
    rule: (i) =>
      `${i.method} (version ${i.version}) dates from ${i.adopted}; a decision on ${i.asOf} predates it, so the result shows what the method would give, not what bound the authority`,
  },
  'five-step.conduct': {
    label: (i) => String(i.stage),
    rule: (i) =>
      Number(i.articleCount) > 1
        ? `one conduct infringing ${i.articleCount} provisions: one fine, capped at the maximum of the gravest infringement (${i.gravestProvision}); separate conducts are calculated one by one`
        : 'one conduct, one infringement',
  },
  'five-step.maximum-whole-units': {
    label: 'Legal maximum, in whole units',
    rule: 'rounded half-up, as authorities state it',
  },
  'five-step.seriousness': {
    label: (i) => `${i.stage} (${i.seriousness} seriousness)`,
    rule: (i) =>
      `${shareText(i)} of ${moneyInput(i.legalMaximum, i.currency)}; the ${i.seriousness} band is ${bandText(i, 'band', ' %')} of the legal maximum, assessed on Art. 83(2)(a), (b) and (g)`,
  },
  'five-step.size-none': {
    label: (i) => String(i.stage),
    rule: (i) => String(i.reason),
  },
  'five-step.size': {
    label: (i) => String(i.stage),
    rule: (i) =>
      `turnover ${moneyInput(i.turnover, i.currency)} lies in ${bandText(i, 'turnoverBand')} ${i.currency}: ${shareText(i)} of the starting amount (band ${bandText(i, 'band', ' %')}; source: ${i.source})`,
  },
  'five-step.circumstances': {
    label: (i) => `${i.stage}: ${listInput(i.factors).join(', ')}`,
    rule: (i) =>
      `${listInput(i.factors).map(circumstanceTitle).join('; ')}${i.reason ? `: ${i.reason}` : ''}`,
  },
  'five-step.circumstances-result': {
    label: (i) => `${i.stage}: result`,
    rule: (i) =>
      i.count === 0
        ? 'no aggravating or mitigating circumstance given'
        : `the percentages add up (${i.pctTotal} %) and apply to the amount before the circumstances; amounts are then added (${i.amountTotal})`,
  },
  'five-step.legal-maximum': {
    label: (i) => String(i.stage),
    rule: (i) =>
      `${cappedOrWithin(i)} the legal maximum of ${i.provision}, ${moneyInput(i.legalMaximum, i.currency)}`,
  },
  'five-step.final': {
    label: (i) => String(i.stage),
    rule: finalRule,
  },

  // The Dutch AP's fining policy rules 2019.
  'ap.rules-in-force': {
    label: 'Rules in force',
    rule: (i) => `the rules apply from ${i.inForce}; a decision on ${i.asOf} predates them`,
  },
  'ap.category': {
    label: 'Category',
    rule: apCategoryRule,
  },
  'ap.art-8.next-category': {
    label: 'Next category (Art. 8)',
    rule: (i) =>
      `the bandwidth of category ${i.category} does not allow an appropriate fine: the bandwidth of category ${i.nextCategory} applies`,
  },
  'ap.basic-fine': {
    label: (i) => `Bandwidth and basic fine, category ${i.category}`,
    rule: (i) =>
      `bandwidth ${moneyInput(i.bandLow, i.currency)} to ${moneyInput(i.bandHigh, i.currency)}; the basic fine is the neutral starting point`,
  },
  'ap.art-6-7.bandwidth': {
    label: 'Within the bandwidth (Art. 6 and 7)',
    rule: (i) => `${apMove(i)} the basic fine of ${moneyInput(i.basicFine, i.currency)}`,
  },
  'ap.below-bandwidth': {
    label: 'Below the bandwidth',
    rule: (i) => String(i.reason),
  },
  'ap.legal-maximum': {
    label: 'Legal maximum',
    value: (i, trace) =>
      trace.value ?? `${moneyInput(i.low, i.currency)} to ${moneyInput(i.high, i.currency)}`,
    rule: (i) => `within the legal maximum of ${i.provision}, ${moneyInput(i.legalMaximum, i.currency)}`,
  },

  // The German DSK concept of 2019.
  'dsk.in-force': {
    label: 'Concept in force',
    rule: (i) => `the concept dates from ${i.adopted}; a decision on ${i.asOf} predates it`,
  },
  'dsk.superseded': {
    label: 'Concept superseded',
    rule: (i) =>
      `the DSK concept was interim guidance until the EDPB's guidelines; ${i.supersededBy} applies from ${i.from}, so for a decision on ${i.asOf} the result shows what the concept would give, not the method German authorities now apply (see edpbFine)`,
  },
  'dsk.size-class': {
    label: 'Steps 1 and 2: size class',
    rule: dskSizeRule,
  },
  'dsk.daily-rate': {
    label: 'Step 3: daily rate',
    rule: (i) => `${moneyInput(i.base, i.currency)} ÷ 360, rounded ${i.rounding} to whole euros`,
  },
  'dsk.severity': {
    label: (i) => `Step 4: severity (${i.level}, ${i.scale} scale)`,
    rule: dskSeverityRule,
  },
  'dsk.legal-maximum': {
    label: 'Legal maximum',
    rule: (i) =>
      `${cappedOrWithin(i)} the legal maximum of ${i.provision}, ${moneyInput(i.legalMaximum, i.currency)}`,
  },
});
