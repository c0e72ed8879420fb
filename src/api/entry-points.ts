// The public entry points that return a result: each validates its argument, calls the engine and
// makes the result displayable in a notebook (report/notebook.ts). The engines live in their own
// layers; this file is the skin users call.
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
import { icoFine as computeIcoFine, type IcoFine } from '../methods/ico/ico-fine.js';
import { type Charted, charted, type Displayable, displayable, SHOW } from '../report/notebook.js';
import { obligationsFor as computeObligations, type ObligationsResult } from '../scope/obligations.js';

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
