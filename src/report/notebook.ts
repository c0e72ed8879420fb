import type { GapAnalysis } from '../compliance/gap-analysis.js';
import type { Deadline } from '../deadlines/deadline.js';
import type { ExposureEstimate } from '../exposure/estimate.js';
import type { RiskScore } from '../exposure/risk-score.js';
import type { Simulation } from '../exposure/simulate.js';
import type { LegalMaximum } from '../fines/legal-maximum.js';
import type { MaximumFine } from '../fines/maximum-fine.js';
import type { ApFine } from '../methods/ap/ap-fine.js';
import type { DskFine } from '../methods/dsk/dsk-fine.js';
import type { MethodFine } from '../methods/five-step/compute.js';
import type { ObligationsResult } from '../scope/obligations.js';
import { formatDeadline, formatGapAnalysis, formatObligations } from './compliance.js';
import { formatExposure, formatRiskScore } from './exposure.js';
import { formatSimulation } from './simulation.js';
import { formatLegalMaximum, formatMaximumFine, formatSteps } from './text.js';
import { toVegaLite, type VegaLiteSpec } from './vega-lite.js';

/** The symbol Jupyter kernels for JavaScript (Deno's) call to display a value. */
export const JUPYTER_DISPLAY: unique symbol = /* @__PURE__ */ Symbol.for('Jupyter.display') as never;

/** A MIME bundle, as Jupyter displays it. */
export type MimeBundle = { readonly 'text/markdown': string; readonly 'text/plain': string };

/** What results carry for notebooks, beside their data (not enumerable: JSON and equality ignore it). */
export interface Displayable {
  [JUPYTER_DISPLAY](): MimeBundle;
}
export interface Charted {
  /** A Vega-Lite specification of the result. */
  toVegaLite(): VegaLiteSpec;
}

type Render<T> = (r: T, format: 'text' | 'markdown') => string;

/**
 * The display method of one kind of result, made once: results share it (it reads `this`), so a
 * batch that never displays pays one property definition per result, not a closure.
 */
function displayMethod<T extends object>(render: Render<T>): (this: T) => MimeBundle {
  return function (this: T) {
    return { 'text/markdown': render(this, 'markdown'), 'text/plain': render(this, 'text') };
  };
}

function chartMethod(this: object): VegaLiteSpec {
  return toVegaLite(this);
}

export function displayable<T extends object>(result: T, method: (this: T) => MimeBundle): T & Displayable {
  Object.defineProperty(result, JUPYTER_DISPLAY, { value: method, enumerable: false, configurable: true });
  return result as T & Displayable;
}

export function charted<T extends object>(result: T): T & Charted {
  Object.defineProperty(result, 'toVegaLite', { value: chartMethod, enumerable: false, configurable: true });
  return result as T & Charted;
}

const methodReport = (r: MethodFine, format: 'text' | 'markdown') => {
  const amount = r.amount
    ? `${r.amount.amount} ${r.amount.currency}`
    : `${r.fine.low.amount} to ${r.fine.high.amount} ${r.currency}`;
  const title = `${r.method}: ${amount}`;
  return `${format === 'markdown' ? `### ${title}` : title}\n\n${formatSteps(r.steps, format)}`;
};

/** The display method of each kind of result the public entry points return (api/entry-points.ts). */
export const SHOW = {
  legalMaximum: displayMethod<LegalMaximum>(formatLegalMaximum),
  maximumFine: displayMethod<MaximumFine>(formatMaximumFine),
  estimate: displayMethod<ExposureEstimate>(formatExposure),
  riskScore: displayMethod<RiskScore>(formatRiskScore),
  simulation: displayMethod<Simulation>(formatSimulation),
  obligations: displayMethod<ObligationsResult>(formatObligations),
  gaps: displayMethod<GapAnalysis>(formatGapAnalysis),
  method: displayMethod<MethodFine>(methodReport),
  ap: displayMethod<ApFine>((r, f) => `${r.method ?? 'AP'}\n\n${formatSteps(r.steps, f)}`),
  dsk: displayMethod<DskFine>((r, f) => `${r.method ?? 'DSK'}\n\n${formatSteps(r.steps, f)}`),
  deadline: displayMethod<Deadline & { late?: boolean }>(formatDeadline),
};
