import type { StepInput, StepWordBook } from '../../core/steps.js';
import { listInput, moneyInput, percentInput } from './inputs.js';

const plural = (count: StepInput | undefined, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The words of the maximum total fine, the periodic penalty and the US per-violation maxima, by step id. */
export const FINE_WORDS: StepWordBook = /* @__PURE__ */ Object.freeze({
  'maximum-fine.infringement': {
    label: (i) => `Infringement of ${i.article}`,
    rule: (i) => `listed in Art. ${listInput(i.points).join(' and Art. ')} (${i.subject})`,
  },
  'maximum-fine.several-in-one-decision': {
    label: (i) => `Several infringements in one decision under ${i.provision}`,
    rule: (i) =>
      `${i.provision} bounds the fines imposed in the decision, not each infringement: the ${i.count} infringements found together share one maximum`,
  },
  'maximum-fine.several-infringements': {
    label: 'Several infringements',
    rule: (i) =>
      `the ${i.act} has no rule like GDPR Art. 83(3) capping several infringements at the gravest: ${i.decisionLevel ? 'each decision-level maximum and each other infringement count once' : 'each has its own maximum'}, and the total shown is their sum`,
  },
  'maximum-fine.total': {
    label: 'Maximum total fine',
    rule: 'set by national law for public authorities and bodies',
  },
  'maximum-fine.gravest': {
    label: 'Gravest infringement',
    rule: 'the provision with the highest maximum among those infringed',
  },
  'maximum-fine.total-linked': {
    label: 'Maximum total fine (Art. 83(3))',
    rule: (i) =>
      `the total for the same or linked processing operations may not exceed the maximum for the gravest infringement, ${i.amount === null || i.amount === undefined ? '' : moneyInput(i.amount, i.currency)}`,
  },
  'maximum-fine.total-separate': {
    label: 'Maximum total fine (separate infringements)',
    rule: (i) => {
      const currencies = listInput(i.currencies);
      const caps = listInput(i.caps).map((amount, n) =>
        amount === '' ? '' : moneyInput(amount, currencies[n]),
      );
      return `${i.separateOperations ? 'separate processing operations: ' : ''}each infringement has its own cap, ${caps.join(' + ')}`;
    },
  },
  'maximum-fine.linked': {
    label: 'Linked processing operations',
    rule: 'you did not say whether the infringements concern the same or linked processing operations; they are taken to, so Art. 83(3) applies. Pass linked: false for separate processing operations.',
  },
  'per-violation.in-force': {
    label: (i) => `${i.provision} in force on ${i.asOf}`,
    rule: (i) =>
      `${i.higher ? `the higher amount, for ${i.higherTier ?? 'intentional violations'}: ` : ''}per violation, the amount applying from ${i.validFrom}; ${i.counting}`,
  },
  'per-violation.maximum': {
    label: (i) => `Maximum for ${plural(i.violations, 'violation')}`,
    rule: (i) => `${moneyInput(i.perViolation, i.currency)} × ${i.violations}`,
  },
  'per-violation.amount-source': {
    label: 'Source of the amount',
    rule: (i) => String(i.check),
  },
  'per-violation.minors': {
    label: 'Minors’ data',
    rule: 'before the CPRA became operative (1 January 2023) the higher amount covered intentional violations only; a violation involving minors’ data that was not intentional carries the base amount',
  },
  'per-violation.intentional': {
    label: 'Intentional violation',
    rule: (i) => `${i.provision} has one amount per violation`,
  },
  'per-violation.later-adjustments': {
    label: 'Later adjustments',
    value: (_i, t) => `checked until ${t.value}`,
    rule: 'the amount is adjusted for inflation from time to time; an adjustment after that date, if any, is not in this version of lexposure',
  },
  'periodic-penalty.in-force': {
    label: (i) => `${i.provision} in force on ${i.asOf}`,
    value: (_i, t) => `${percentInput(String(t.value))} of the average daily turnover per day`,
    rule: (i) => `${i.imposedBy}; applies from ${i.validFrom}`,
  },
  'periodic-penalty.daily-turnover': {
    label: 'Average daily turnover',
    rule: (i) =>
      `${moneyInput(i.turnover, i.currency)} ÷ ${i.yearDays} days of financial year ${i.year} (${i.start} to ${i.end}), rounded half-even to the cent for display`,
  },
  'periodic-penalty.per-day': {
    label: 'Maximum per day',
    rule: (i) =>
      `${percentInput(i.dailyShare)} × ${moneyInput(i.turnover, i.currency)} ÷ ${i.yearDays}, rounded down to the cent so the cap is not exceeded`,
  },
  'periodic-penalty.total': {
    label: (i) => `Maximum for ${plural(i.days, 'day')}`,
    rule: (i) =>
      `${percentInput(i.dailyShare)} × ${moneyInput(i.turnover, i.currency)} × ${i.days} ÷ ${i.yearDays}, exact, rounded down to the cent`,
  },
});
