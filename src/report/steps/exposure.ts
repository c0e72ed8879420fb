import type { StepWordBook } from '../../core/steps.js';
import { GRADE_BANDS, RISK_SCORE_MODEL, type RiskView } from '../../exposure/risk-score-model.js';
import { listInput } from './inputs.js';

/** The words of the estimate, the simulation and the risk score, by step id. */
export const EXPOSURE_WORDS: StepWordBook = /* @__PURE__ */ Object.freeze({
  'estimate.not-estimated': {
    label: (i) => `${i.regime}: not estimated`,
    rule: (i) => String(i.reason),
  },
  'estimate.scenario': {
    label: (i) => `${i.regime}: scenario`,
    rule: (i) =>
      `${i.source === 'default' ? 'default scenario' : 'the scenario given'}: ${i.basis}; ${i.seriousness} seriousness${i.linked === null ? '' : `; ${i.linked ? 'linked infringements, one cap (Art. 83(3))' : 'separate infringements, one cap each'}`}`,
  },
  'estimate.left-out': {
    label: (i) => `${i.regime}: Art. ${i.article} left out of the default scenario`,
    rule: (i) => String(i.reason),
  },
  'estimate.legal-maximum': {
    label: (i) => `${i.regime}: legal maximum`,
    rule: (i) => `gravest infringement ${i.gravestInfringement}`,
  },
  'estimate.method': {
    label: (i) => `${i.regime}: regulator method`,
    value: (i) => `${i.low} to ${i.high} ${i.currency}`,
    rule: (i) =>
      `edpbFine with ${i.seriousness} seriousness and no chosen points: every step's range; likely = the geometric middle`,
  },
  'estimate.no-model': {
    label: (i) => `${i.regime}: fine model`,
    rule: (i) =>
      `no calibration data: the ${i.regime} has too few decided fines for a calibrated estimate; the legal maximum${i.withMethod ? ' and the method' : ''} only`,
  },
  'estimate.annual-probability': {
    label: (i) => `${i.regime}: annual probability of a fine`,
    rule: (i) =>
      `rate ${Number(i.rate).toPrecision(3)} a year, P(at least one) = 1 − e^(−rate): ${listInput(i.basis).join('; ')}; expected annual loss ${i.expectedAnnualLoss} ${i.currency} (rate × the expected fine)`,
  },
  'estimate.combined': {
    label: (i) => `${i.regime}: estimate`,
    rule: (i) => String(i.reason),
  },
  'fine-model.turnover': {
    label: 'Fine model: turnover',
    rule: (i) => String(i.reason),
  },
  'fine-model.estimate': {
    label: (i) => `${i.regime}: fine model`,
    value: (i) => `${i.low} to ${i.high} EUR (likely ${i.likely})`,
    rule: (i) =>
      `ridge regression of log10 fine on the authority, turnover, size, articles, sector, consumers and time, fitted on ${i.cases} decided fines (${i.from} to ${i.to}); the 10th, 50th and 90th percentiles of its CV+ predictive distribution in the ${i.cell} cell (${i.cellCases} cases${i.pooled ? ', pooled' : ''})${typeof i.coverage === 'number' ? `; measured coverage of the 80 % interval on later fines in this cell: ${Math.round(i.coverage * 100)} % (${i.coverageCases} cases)` : ''}; each capped at the legal maximum. Drivers: ${listInput(i.drivers).join('; ')}`,
  },
  'simulate.method': {
    label: 'Method',
    value: (i) => `${i.iterations} simulated years, seed ${i.seed}`,
    rule: 'each year, for each company and scenario: a number of fines from the frequency (Bernoulli for a probability, Poisson for a rate), each a severity draw capped at the legal maximum of the provision on the date asked; companies and scenarios independent; xoshiro128** generator',
  },
  'simulate.scenario-cap': {
    label: (i) => `Scenario ${i.scenario}: cap`,
    value: (i, t) => (i.companies === 1 ? t.value : `${i.companies} companies`),
    rule: (i) => `each fine capped at the ${i.provision} maximum of the company`,
  },
  'risk-score.undetermined-scope': {
    label: 'Undetermined scope',
    rule: (i) => {
      const needs = listInput(i.needs);
      return `whether ${listInput(i.regimes).join(' and ')} applies is not known from the profile; it is scored as applying (the conservative reading), and the vendor cannot grade A${needs.length > 0 ? `; give ${needs.join(', ')}` : ''}`;
    },
  },
  'risk-score.no-base-rate': {
    label: 'Regimes without a base rate',
    rule: 'too few decided fines to measure how often they come (the DSA, the DMA, NIS2, the AI Act): their duties count in the gap share, not in the expected loss',
  },
  'risk-score.expected-loss': {
    label: 'Expected annual loss',
    rule: (i) => {
      if (i.given) return 'given (a simulation mean, for instance)';
      const rates = listInput(i.rates);
      const terms = listInput(i.regimes).map(
        (regime, k) => `${regime} (${Number(rates[k]).toPrecision(3)} a year × the expected fine)`,
      );
      return `Σ rate × expected fine over ${terms.join(', ') || 'no regime'}`;
    },
  },
  'risk-score.gaps': {
    label: 'Compliance gaps',
    rule: (i) =>
      i.answered
        ? `of ${i.applicable} applicable duties, ${i.notMet} not met, ${i.partlyMet} partly met and ${i.unknown} unknown or unanswered → (${i.notMet} + ${i.unknown} + 0.5 × ${i.partlyMet}) ÷ ${i.applicable}`
        : `no posture given: each of the ${i.applicable} applicable duties counts as unknown, that is as not met (the conservative reading)`,
  },
  'risk-score.score': {
    label: 'Score',
    rule: (i) => {
      const m = RISK_SCORE_MODEL;
      const view = m.views[i.view as RiskView];
      return `100 × (${m.weights.expectedLoss} × ${Number(i.level).toFixed(3)} [${view.what} on a log scale from ${view.from} to ${view.to}] + ${m.weights.gaps} × ${Number(i.gapShare).toFixed(3)} [gap share])${i.status === 'undetermined' ? `, at least ${m.undeterminedFloor} while undetermined` : ''}; grade ${i.grade} (${GRADE_BANDS})`;
    },
  },
});
