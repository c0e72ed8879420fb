import { gapAnalysis as computeGaps, type GapAnalysis } from '../compliance/gap-analysis.js';
import {
  deadline as computeDeadline,
  isLate as computeIsLate,
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

function define<T extends object>(result: T, name: PropertyKey, value: unknown): void {
  Object.defineProperty(result, name, { value, enumerable: false, writable: false, configurable: true });
}

function displayable<T extends object>(
  result: T,
  render: (r: T, format: 'text' | 'markdown') => string,
): T & Displayable {
  define(result, JUPYTER_DISPLAY, () => ({
    'text/markdown': render(result, 'markdown'),
    'text/plain': render(result, 'text'),
  }));
  return result as T & Displayable;
}

function charted<T extends object>(result: T): T & Charted {
  define(result, 'toVegaLite', () => toVegaLite(result));
  return result as T & Charted;
}

const methodReport = (r: MethodFine, format: 'text' | 'markdown') => {
  const amount = r.amount
    ? `${r.amount.amount} ${r.amount.currency}`
    : `${r.fine.low.amount} to ${r.fine.high.amount} ${r.currency}`;
  const title = `${r.method}: ${amount}`;
  return `${format === 'markdown' ? `### ${title}` : title}\n\n${formatSteps(r.steps, format)}`;
};

/** The legal maximum (see fines/legal-maximum), displayable in a notebook. */
export function legalMaximum(args: unknown): LegalMaximum & Displayable {
  return displayable(computeLegalMaximum(args), formatLegalMaximum);
}
export function maximumFine(args: unknown): MaximumFine & Displayable {
  return displayable(computeMaximumFine(args), formatMaximumFine);
}
export function estimateExposure(args: unknown): ExposureEstimate & Displayable & Charted {
  return charted(displayable(computeEstimate(args), formatExposure));
}
export function riskScore(args: unknown): RiskScore & Displayable {
  return displayable(computeRiskScore(args), formatRiskScore);
}
export function simulate(args: unknown): Simulation & Displayable & Charted {
  return charted(displayable(computeSimulate(args), formatSimulation));
}
export function obligationsFor(args: unknown): ObligationsResult & Displayable {
  return displayable(computeObligations(args), formatObligations);
}
export function gapAnalysis(args: unknown): GapAnalysis & Displayable {
  return displayable(computeGaps(args), formatGapAnalysis);
}
export function edpbFine(args: unknown): EdpbFine & Displayable {
  return displayable(computeEdpbFine(args), methodReport);
}
export function icoFine(args: unknown): IcoFine & Displayable {
  return displayable(computeIcoFine(args), methodReport);
}
export function apFine(args: unknown): ApFine & Displayable {
  return displayable(computeApFine(args), (r, f) => `${r.method ?? 'AP'}\n\n${formatSteps(r.steps, f)}`);
}
export function dskFine(args: unknown): DskFine & Displayable {
  return displayable(computeDskFine(args), (r, f) => `${r.method ?? 'DSK'}\n\n${formatSteps(r.steps, f)}`);
}
export function deadline(args: unknown): Deadline & Displayable {
  return displayable(computeDeadline(args), formatDeadline);
}
export function isLate(args: unknown): Lateness & Displayable {
  return displayable(computeIsLate(args), formatDeadline);
}
