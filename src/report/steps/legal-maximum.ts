import type { StepInputs, StepWordBook } from '../../core/steps.js';
import type { TurnoverScopeCase } from '../../profile/turnover.js';
import { listInput, moneyInput, percentInput } from './inputs.js';

/** The rule of the maximum: which limb won, and under which size rule (AI Act Art. 99(6), 99(6a)). */
function maximumRule(i: StepInputs): string {
  const share = percentInput(i.rate);
  const fixed = i.fixed === null ? null : moneyInput(i.fixed, i.fixedCurrency);
  if (i.sizeRule !== null) {
    const name = i.sizeRule === 'SME' ? 'SME rule' : 'SMC rule (Art. 99(6a))';
    return `${name}: ${i.basis === 'turnover' ? `the ${share} of turnover is lower than ${fixed}` : `${fixed} is at most the ${share} of turnover`}`;
  }
  if (i.basis === 'turnover')
    return fixed
      ? `the ${share} of turnover is ${i.combination} than ${fixed}`
      : `the act sets the maximum as ${share} of turnover, with no fixed amount`;
  return `${fixed} is ${i.combination === 'higher' ? 'at least' : 'at most'} the ${share} of turnover`;
}

/** "(Regulation (EU) 2026/1744 not yet checked...)" where the amending text is not verified. */
const pending = (i: StepInputs) =>
  i.verified === false ? ' (Regulation (EU) 2026/1744 not yet checked against the Official Journal)' : '';

const SCOPE_RULES: Readonly<Record<TurnoverScopeCase, string>> = {
  undertaking:
    'the total worldwide annual turnover of the undertaking (the group the company belongs to, the economic unit of competition law)',
  entity: "the company's own turnover, as the rule takes it",
  standalone:
    "the rule takes the turnover of the undertaking; the profile names no group the company belongs to, so the company's own turnover is the undertaking's",
  'group-for-provider':
    "the rule takes the turnover of the provider (the company itself); the profile has only the group's figure for that year, which can overstate the legal maximum",
  'overridden-entity':
    "the rule takes the turnover of the undertaking (the group); you asked for the company's own turnover, which can understate the legal maximum",
  'overridden-undertaking':
    "the rule takes the company's own turnover; you asked for the group's, which can overstate the legal maximum",
};

/** The words of the legal maximum's steps: the cap in force, the turnover it reads, the exchange rate, by step id. */
export const LEGAL_MAXIMUM_WORDS: StepWordBook = /* @__PURE__ */ Object.freeze({
  'law.checked-on': {
    label: 'Law as last checked',
    rule: (_, t) =>
      `the rules were last checked against the texts on ${t.value}; for a later date an amendment adopted since may be missing (lawStatus() lists what was read and what is pending)`,
  },
  'legal-maximum.in-force': {
    label: (i) => `${i.provision} in force on ${i.asOf}`,
    rule: (i) => `version applying from ${i.validFrom}${i.validTo ? ` to ${i.validTo}` : ''}`,
  },
  'legal-maximum.public-authority': {
    label: 'Public authority or body',
    rule: (i) =>
      `the ${i.act} leaves it to each Member State whether, and up to what amount, fines may be imposed on public authorities and bodies; the turnover-based cap does not apply`,
  },
  'legal-maximum.sme': {
    label: 'SME, including start-ups',
    rule: (i, t) =>
      i.judged === 'declared'
        ? `as you declared; for SMEs each limb combines as the ${i.combination} of the two`
        : i.judged === 'unknown'
          ? 'the profile gives no headcount for a closed financial year, so the size cannot be judged: the general rule (higher of the two) is applied. Pass sme: true, or employees in financialYears, if the offender is an SME.'
          : `a ${i.category} enterprise under Recommendation 2003/361/EC (financial year ${i.year}); ${t.value ? `the SME rule applies: the ${i.combination} of the two limbs` : 'the general rule applies'}`,
  },
  'legal-maximum.smc': {
    label: 'Small mid-cap enterprise (SMC)',
    rule: (i, t) =>
      i.judged === 'declared'
        ? `as you declared; for SMCs each limb combines as the ${i.combination} of the two${pending(i)}`
        : i.judged === 'unknown'
          ? 'the size cannot be judged from the profile (no headcount for a closed financial year): the general rule (higher of the two) is applied. Pass smc: true if the offender is a small mid-cap enterprise.'
          : `${t.value ? 'a small mid-cap enterprise under Recommendation (EU) 2025/1099' : 'not a small mid-cap enterprise'} (financial year ${i.year}); ${t.value ? `Art. 99(6a) applies: the ${i.combination} of the two limbs${pending(i)}` : 'the general rule applies'}`,
  },
  'legal-maximum.turnover-share': {
    label: (i) => `${percentInput(i.rate)} of turnover`,
    rule: (i) => `${i.rate} × ${moneyInput(i.turnover, i.currency)}, exact`,
  },
  'legal-maximum.amount': {
    label: (i) =>
      i.nature === 'maximum'
        ? `Legal maximum under ${i.provision}`
        : `Maximum national law must at least provide under ${i.provision}`,
    rule: maximumRule,
  },
  'turnover.preceding-year': {
    label: 'Preceding financial year',
    value: (i) => `${i.year} (ended ${i.end})`,
    rule: (i) => `the last financial year that ended before the decision date ${i.decisionDate}`,
  },
  'turnover.fallback-year': {
    label: 'Fallback to an earlier financial year',
    value: (i) => `${i.used} (ended ${i.end})`,
    rule: (i) =>
      `the preceding financial year ${i.needed} is not in the profile; the latest earlier year is used as you allowed. The legal maximum is computed on the preceding year's turnover, so this figure is an approximation.`,
  },
  'turnover.scope': {
    label: 'Turnover scope',
    rule: (i) => SCOPE_RULES[i.case as TurnoverScopeCase],
  },
  'turnover.reported': {
    label: (i) => `Reported turnover, financial year ${i.year} (${i.start} to ${i.end})`,
    rule: (i) => (i.source ? `as reported: ${i.source}` : 'as reported in the profile'),
  },
  'fx.rate': {
    label: (i) => `Exchange rate for financial year ${i.year} (${i.start} to ${i.end})`,
    rule: (i) => {
      const what =
        i.kind === 'average'
          ? `average rate of ${i.periodStart} to ${i.periodEnd}`
          : `reference rate of ${i.date}`;
      const from = i.providedBy === 'caller' ? 'from the rates you passed' : 'from the bundled ECB table';
      const caveat = i.verified ? '' : ' This figure awaits a re-check against its source.';
      return `${what}, ${from}: ${i.source}${i.url ? ` (${i.url})` : ''}.${caveat}`;
    },
  },
  'fx.rate-missing': {
    label: (i) => `No EUR/${i.currency} average for financial year ${i.year}`,
    value: (_i, t) => `the ${t.value} average is used`,
    rule: (i) =>
      `no average rate covers most of ${i.start} to ${i.end} (the latest, ${i.latestStart} to ${i.latestEnd}, ends before it): the latest average is used as a stand-in (fx.fallback 'latest-average'); pass the year's own average in fx.rates, or fx.fallback 'none' to refuse`,
  },
  'fx.converted': {
    label: (i) => `Turnover converted to ${i.to}`,
    rule: (i) => {
      const rates = listInput(i.rates);
      const quotations = listInput(i.quotations);
      const legs = listInput(i.operations).map((op, k) => ` ${op} ${rates[k]} (${quotations[k]})`);
      return `${i.from} ${i.amount}${legs.join('')}, rounded half-even to ${i.decimals} decimal places (the minor unit of ${i.to})`;
    },
  },
});
