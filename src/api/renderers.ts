import { LexposureError, ValidationError } from '../core/errors.js';
import { requirePlainData } from '../core/own-data.js';
import { portfolioChart as portfolioChartOf } from '../exposure/portfolio.js';
import {
  formatCalibrationReport as formatCalibrationReportOf,
  summarise as summariseOf,
} from '../model/index.js';
import {
  formatDeadline as formatDeadlineOf,
  formatGapAnalysis as formatGapAnalysisOf,
  formatObligations as formatObligationsOf,
} from '../report/compliance.js';
import {
  formatExposure as formatExposureOf,
  formatRiskScore as formatRiskScoreOf,
} from '../report/exposure.js';
import { formatSimulation as formatSimulationOf } from '../report/simulation.js';
import { renderTable as renderTableOf } from '../report/table.js';
import {
  formatLegalMaximum as formatLegalMaximumOf,
  formatMaximumFine as formatMaximumFineOf,
} from '../report/text.js';
import {
  capsChart as capsChartOf,
  exceedanceChart as exceedanceChartOf,
  exposureChart as exposureChartOf,
  toVegaLite as toVegaLiteOf,
} from '../report/vega-lite.js';

/**
 * A renderer as the package exports it. A renderer reads a result the library returned (a
 * legalMaximum result for formatLegalMaximum, a simulation's distribution for exceedanceChart...):
 * given anything else (a value of another shape, a result edited into one that cannot be read, a
 * getter that throws), it throws a ValidationError that says what it expected and what it met,
 * never a TypeError from inside. The library's own calls (a result's toString, the CLI) use the
 * renderers directly: their results are well formed.
 */
function renderer<A extends unknown[], R>(name: string, expected: string, render: (...args: A) => R) {
  const guarded = (...args: A): R => {
    try {
      requirePlainData(args, '', `${name} argument`);
      const out = render(...args);
      // A chart of a result edited into figures that are not numbers (a 400-digit amount) is refused.
      const bad = typeof out === 'object' && out !== null ? notFinite(out) : null;
      if (bad !== null)
        throw new ValidationError(
          [
            {
              path: 'result',
              code: 'not_a_result',
              message: `expected ${expected}, as the library returns it; a figure of it is not a finite number (${bad})`,
            },
          ],
          `${name} argument`,
        );
      return out;
    } catch (error) {
      if (error instanceof LexposureError) throw error;
      const met = error instanceof Error ? `${error.name}: ${error.message}` : 'a thrown value';
      throw new ValidationError(
        [
          {
            path: 'result',
            code: 'not_a_result',
            message: `expected ${expected}, as the library returns it; it could not be read (${met.slice(0, 200)})`,
          },
        ],
        `${name} argument`,
      );
    }
  };
  Object.defineProperty(guarded, 'name', { value: name });
  return guarded;
}

/** The path of a number in a chart that is not finite, or null. */
function notFinite(value: object): string | null {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [v, at] = stack.pop() as [unknown, string];
    if (typeof v === 'number' && !Number.isFinite(v)) return at || String(v);
    if (typeof v === 'object' && v !== null)
      for (const [k, item] of Object.entries(v)) stack.push([item, at ? `${at}.${k}` : k]);
  }
  return null;
}

export const formatLegalMaximum = /* @__PURE__ */ renderer(
  'formatLegalMaximum',
  'a legalMaximum result',
  formatLegalMaximumOf,
);
export const formatMaximumFine = /* @__PURE__ */ renderer(
  'formatMaximumFine',
  'a maximumFine result',
  formatMaximumFineOf,
);
export const formatExposure = /* @__PURE__ */ renderer(
  'formatExposure',
  'an estimateExposure result',
  formatExposureOf,
);
export const formatRiskScore = /* @__PURE__ */ renderer(
  'formatRiskScore',
  'a riskScore result',
  formatRiskScoreOf,
);
export const formatSimulation = /* @__PURE__ */ renderer(
  'formatSimulation',
  'a simulate result',
  formatSimulationOf,
);
export const formatObligations = /* @__PURE__ */ renderer(
  'formatObligations',
  'an obligationsFor result',
  formatObligationsOf,
);
export const formatGapAnalysis = /* @__PURE__ */ renderer(
  'formatGapAnalysis',
  'a gapAnalysis result',
  formatGapAnalysisOf,
);
export const formatDeadline = /* @__PURE__ */ renderer(
  'formatDeadline',
  'a deadline or assessLateness result',
  formatDeadlineOf,
);
export const formatCalibrationReport = /* @__PURE__ */ renderer(
  'formatCalibrationReport',
  'a calibrate result',
  formatCalibrationReportOf,
);
export const summarise = /* @__PURE__ */ renderer('summarise', 'a calibrate result', summariseOf);
export const portfolioChart = /* @__PURE__ */ renderer(
  'portfolioChart',
  'a portfolio result',
  portfolioChartOf,
);
export const capsChart = /* @__PURE__ */ renderer(
  'capsChart',
  'an array of legalMaximum results',
  capsChartOf,
);
export const exceedanceChart = /* @__PURE__ */ renderer(
  'exceedanceChart',
  'a loss distribution (a simulate result’s total or one of its scenarios)',
  exceedanceChartOf,
);
export const exposureChart = /* @__PURE__ */ renderer(
  'exposureChart',
  'an estimateExposure result',
  exposureChartOf,
);
export const toVegaLite = /* @__PURE__ */ renderer(
  'toVegaLite',
  'a result with a chart (estimateExposure, simulate...)',
  toVegaLiteOf,
);
export const renderTable = /* @__PURE__ */ renderer(
  'renderTable',
  'headers (an array of strings) and rows (arrays of strings)',
  renderTableOf,
);
