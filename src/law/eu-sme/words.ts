import type { StepWordBook } from '../../core/steps.js';
import { SMC_CEILING, SMC_MILLIONS } from './enterprise-size.js';

/** The words of the enterprise-size steps (Recommendation 2003/361/EC and (EU) 2025/1099), by step id. */
export const EU_SME_WORDS: StepWordBook = /* @__PURE__ */ Object.freeze({
  'eu-sme.size-in-year': {
    label: (i) => `Enterprise size, financial year ${i.year} (to ${i.end})`,
    rule: (i, t) =>
      `${i.headcount} persons, turnover EUR ${i.turnover}${i.balanceSheetTotal !== null ? `, balance sheet total EUR ${i.balanceSheetTotal}` : ' (no balance sheet total: turnover alone)'}: the figures fit the ${i.fits} ceilings${i.moved ? `; the status stays ${t.value} until a second consecutive period falls on the same side (Art. 4(2))` : ''}`,
  },
  'eu-sme.small-mid-cap': {
    label: 'Small mid-cap enterprise',
    rule: (_, t) =>
      t.value
        ? `not an SME, fewer than ${SMC_CEILING.headcountBelow} persons and a turnover of at most EUR ${SMC_MILLIONS.turnover} million or a balance sheet total of at most EUR ${SMC_MILLIONS.balanceSheet} million (two-period rule as for SMEs)`
        : `not an SME, and over the small mid-cap ceilings (${SMC_CEILING.headcountBelow} persons; EUR ${SMC_MILLIONS.turnover} million turnover and EUR ${SMC_MILLIONS.balanceSheet} million balance sheet total)`,
  },
  'eu-sme.partner-linked': {
    label: 'Partner and linked enterprises',
    rule: 'the consolidated (undertaking) figures stand for the enterprise together with its linked enterprises',
  },
  'eu-sme.size': {
    label: 'Enterprise size',
    rule: (i) => `the profile gives no headcount (employees) for a financial year closed before ${i.asOf}`,
  },
});
