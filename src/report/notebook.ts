import { gapAnalysis as computeGaps, type GapAnalysis } from '../compliance/gap-analysis.js';
import {
  assessLateness as computeAssessLateness,
  deadline as computeDeadline,
  type Deadline,
  type Lateness,
} from '../deadlines/deadline.js';
import { estimateExposure as computeEstimate, type ExposureEstimate } from '../exposure/estimate.js';
import { riskScore as computeRiskScore, type RiskScore } from '../exposure/risk-score.js';
import { simulate as computeSimulate, type Simulation } from '../exposure/simulate.js';
import { legalMaximum as computeLegalMaximum, type LegalMaximum } from '../fines/legal-maximum.js';
import { maximumFine as computeMaximumFine, type MaximumFine } from '../fines/maximum-fine.js';
import { type ApFine, apFine as computeApFine } from '../methods/ap/ap-fine.js';
import { dskFine as computeDskFine, type DskFine } from '../methods/dsk/dsk-fine.js';
import { edpbFine as computeEdpbFine, type EdpbFine } from '../methods/edpb/edpb-fine.js';
import type { MethodFine } from '../methods/five-step/compute.js';
import { icoFine as computeIcoFine, type IcoFine } from '../methods/ico/ico-fine.js';
import { obligationsFor as computeObligations, type ObligationsResult } from '../scope/obligations.js';
import { formatDeadline, formatGapAnalysis, formatObligations } from './compliance.js';
import { formatExposure, formatRiskScore } from './exposure.js';
import { formatSimulation } from './simulation.js';
import { formatLegalMaximum, formatMaximumFine, formatSteps } from './text.js';
import { toVegaLite, type VegaLiteSpec } from './vega-lite.js';

/** The symbol Jupyter kernels for JavaScript (Deno's) call to display a value. */
export const JUPYTER_DISPLAY: unique symbol = Symbol.for('Jupyter.display') as never;

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

function displayable<T extends object>(result: T, method: (this: T) => MimeBundle): T & Displayable {
  Object.defineProperty(result, JUPYTER_DISPLAY, { value: method, enumerable: false, configurable: true });
  return result as T & Displayable;
}

function charted<T extends object>(result: T): T & Charted {
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

const SHOW = {
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

/** The legal maximum (see fines/legal-maximum), displayable in a notebook. */
export function legalMaximum(args: unknown): LegalMaximum & Displayable {
  return displayable(computeLegalMaximum(args), SHOW.legalMaximum);
}
export function maximumFine(args: unknown): MaximumFine & Displayable {
  return displayable(computeMaximumFine(args), SHOW.maximumFine);
}
export function estimateExposure(args: unknown): ExposureEstimate & Displayable & Charted {
  return charted(displayable(computeEstimate(args), SHOW.estimate));
}
export function riskScore(args: unknown): RiskScore & Displayable {
  return displayable(computeRiskScore(args), SHOW.riskScore);
}
export function simulate(args: unknown): Simulation & Displayable & Charted {
  return charted(displayable(computeSimulate(args), SHOW.simulation));
}
export function obligationsFor(args: unknown): ObligationsResult & Displayable {
  return displayable(computeObligations(args), SHOW.obligations);
}
export function gapAnalysis(args: unknown): GapAnalysis & Displayable {
  return displayable(computeGaps(args), SHOW.gaps);
}
export function edpbFine(args: unknown): EdpbFine & Displayable {
  return displayable(computeEdpbFine(args), SHOW.method);
}
export function icoFine(args: unknown): IcoFine & Displayable {
  return displayable(computeIcoFine(args), SHOW.method);
}
export function apFine(args: unknown): ApFine & Displayable {
  return displayable(computeApFine(args), SHOW.ap);
}
export function dskFine(args: unknown): DskFine & Displayable {
  return displayable(computeDskFine(args), SHOW.dsk);
}
export function deadline(args: unknown): Deadline & Displayable {
  return displayable(computeDeadline(args), SHOW.deadline);
}
export function assessLateness(args: unknown): Lateness & Displayable {
  return displayable(computeAssessLateness(args), SHOW.deadline);
}
