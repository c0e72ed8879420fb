/** The fine model: fit, predict, calibrate, and the annual rate of a fine. */
export { BUNDLED_MODEL, type BundledModel } from './bundled.js';
export {
  type CalibrationReport,
  calibrate,
  type Evaluation,
  type EvaluationScores,
  formatCalibrationReport,
  type Score,
} from './calibrate.js';
export type { Column, DesignSpace, DriverGroup, Penalties } from './design.js';
export { type CalibrationCell, caseOfRecord, cellOf, type FineCase } from './features.js';
export {
  DEFAULT_HALF_LIFE_YEARS,
  type FineModel,
  type FitOptions,
  fitFineModel,
  MODELLED_REGIMES,
} from './fit.js';
export { type AnnualRate, annualRate, type FrequencyParameters } from './frequency.js';
export { frequencyParameters } from './frequency-data.js';
export { conformalQuantile, type Driver, type FinePrediction, predictFine } from './predict.js';
export { type EvaluationSummary, summarise } from './summary.js';
