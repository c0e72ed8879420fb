import { NOT_MET_WEIGHTS } from './posture.js';

/**
 * The score's parameters. The score rests on quantities a risk officer recognises: the expected
 * annual loss (the annual rate of a fine × the expected fine, summed over the regimes), and the
 * share of the applicable duties not shown as met. The expected loss is placed on a log scale
 * between two anchors (below the first 0, above the second 1) — in euros by default (what could
 * hit this supplier), or relative to its turnover (could a fine threaten its survival) — and the
 * score is 100 × (w × that level + (1 − w) × the gap share), w the `weights` below (0.9 and 0.1).
 */
export const RISK_SCORE_MODEL = /* @__PURE__ */ Object.freeze({
  views: {
    euros: { from: 1e-4, to: 1e6, what: 'expected annual loss in euros' },
    turnover: { from: 1e-8, to: 1e-2, what: 'expected annual loss ÷ turnover' },
  },
  weights: { expectedLoss: 0.9, gaps: 0.1 },
  /** How much each answer counts as not met (posture.ts): unknown and unanswered fully, partly met half. */
  statusWeights: NOT_MET_WEIGHTS,
  /** Upper bounds of the grades, A (least exposed) to F. */
  grades: [
    ['A', 20],
    ['B', 35],
    ['C', 50],
    ['D', 65],
    ['E', 80],
    ['F', 100],
  ] as const,
  /** An undetermined vendor scores at least this much: never grade A. */
  undeterminedFloor: 20,
});

export type RiskGrade = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
export type RiskView = keyof typeof RISK_SCORE_MODEL.views;

/** "A below 20, B below 35, …, F from 80", from the grades' bounds. */
export const GRADE_BANDS = RISK_SCORE_MODEL.grades
  .map(([grade, upper], i, all) =>
    upper === 100 ? `${grade} from ${all[i - 1]?.[1] ?? 0}` : `${grade} below ${upper}`,
  )
  .join(', ');
