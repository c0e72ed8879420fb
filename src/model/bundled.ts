import { deepFreeze } from '../core/freeze.js';
import bundled from './bundled-model.json';
import type { FineModel } from './fit.js';
import type { FrequencyParameters } from './frequency.js';
import type { EvaluationSummary } from './summary.js';

/**
 * The model fitted on the bundled dataset when the package was built (scripts/fit-model.mjs), with
 * its frequency parameters and its measured accuracy. A test refits it and fails when it is out of
 * date with the data.
 */
export interface BundledModel {
  readonly model: FineModel;
  readonly frequency: FrequencyParameters;
  readonly evaluation: EvaluationSummary;
}

export const BUNDLED_MODEL = /* @__PURE__ */ deepFreeze(bundled as unknown as BundledModel);
