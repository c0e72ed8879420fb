// The public entry points that return a result: each validates its argument, calls the engine and
// makes the result displayable in a notebook (report/notebook.ts). The engines live in their own
// layers; this file is the skin users call. Each argument is typed as its schema's input
// (api/inputs.ts) and still validated at run time.
import { gapAnalysis as computeGaps, type GapAnalysis } from '../compliance/gap-analysis.js';
import {
  assessLateness as computeAssessLateness,
  deadline as computeDeadline,
  isLate as computeIsLate,
  type Deadline,
  type Lateness,
} from '../deadlines/deadline.js';
import { estimateExposure as computeEstimate, type ExposureEstimate } from '../exposure/estimate.js';
import { portfolio as computePortfolio, type Portfolio } from '../exposure/portfolio.js';
import { riskScore as computeRiskScore, type RiskScore } from '../exposure/risk-score.js';
import { simulate as computeSimulate, type Simulation } from '../exposure/simulate.js';
import { legalMaximum as computeLegalMaximum, type LegalMaximum } from '../fines/legal-maximum.js';
import { maximumFine as computeMaximumFine, type MaximumFine } from '../fines/maximum-fine.js';
import {
  perViolationMaximum as computePerViolation,
  type PerViolationMaximum,
} from '../fines/per-violation.js';
import {
  periodicPenalty as computePeriodicPenalty,
  type PeriodicPenalty,
} from '../fines/periodic-penalty.js';
import type { EnterpriseSize } from '../law/eu-sme/enterprise-size.js';
import { type ApFine, apFine as computeApFine } from '../methods/ap/ap-fine.js';
import { dskFine as computeDskFine, type DskFine } from '../methods/dsk/dsk-fine.js';
import { edpbFine as computeEdpbFine, type EdpbFine } from '../methods/edpb/edpb-fine.js';
import { icoFine as computeIcoFine, type IcoFine } from '../methods/ico/ico-fine.js';
import { enterpriseSize as computeEnterpriseSize } from '../profile/enterprise-size.js';
import { type Charted, charted, type Displayable, displayable, SHOW } from '../report/notebook.js';
import {
  assessGatekeeper as computeAssessGatekeeper,
  isGatekeeper as computeIsGatekeeper,
  type GatekeeperAssessment,
} from '../scope/dma.js';
import {
  assessVeryLargePlatform as computeAssessVeryLargePlatform,
  isVeryLargePlatform as computeIsVeryLargePlatform,
  type VeryLargePlatformAssessment,
} from '../scope/dsa.js';
import { nis2Entity as computeNis2Entity, type Nis2Classification } from '../scope/nis2.js';
import { obligationsFor as computeObligations, type ObligationsResult } from '../scope/obligations.js';
import type {
  ApFineArgs,
  DeadlineArgs,
  DskFineArgs,
  EdpbFineArgs,
  EstimateExposureArgs,
  GapAnalysisArgs,
  IcoFineArgs,
  IsLateArgs,
  LegalMaximumArgs,
  MaximumFineArgs,
  PeriodicPenaltyArgs,
  PerViolationMaximumArgs,
  PortfolioArgs,
  ProfileOnDateArgs,
  RiskScoreArgs,
  SimulateArgs,
  VeryLargePlatformArgs,
} from './inputs.js';

/** The legal maximum (see fines/legal-maximum), displayable in a notebook. */
export function legalMaximum(args: LegalMaximumArgs): LegalMaximum & Displayable {
  return displayable(computeLegalMaximum(args), SHOW.legalMaximum);
}
export function maximumFine(args: MaximumFineArgs): MaximumFine & Displayable {
  return displayable(computeMaximumFine(args), SHOW.maximumFine);
}
export function estimateExposure(args: EstimateExposureArgs): ExposureEstimate & Displayable & Charted {
  return charted(displayable(computeEstimate(args), SHOW.estimate));
}
export function riskScore(args: RiskScoreArgs): RiskScore & Displayable {
  return displayable(computeRiskScore(args), SHOW.riskScore);
}
export function simulate(args: SimulateArgs): Simulation & Displayable & Charted {
  return charted(displayable(computeSimulate(args), SHOW.simulation));
}
export function obligationsFor(args: ProfileOnDateArgs): ObligationsResult & Displayable {
  return displayable(computeObligations(args), SHOW.obligations);
}
export function gapAnalysis(args: GapAnalysisArgs): GapAnalysis & Displayable {
  return displayable(computeGaps(args), SHOW.gaps);
}
export function edpbFine(args: EdpbFineArgs): EdpbFine & Displayable {
  return displayable(computeEdpbFine(args), SHOW.method);
}
export function icoFine(args: IcoFineArgs): IcoFine & Displayable {
  return displayable(computeIcoFine(args), SHOW.method);
}
export function apFine(args: ApFineArgs): ApFine & Displayable {
  return displayable(computeApFine(args), SHOW.ap);
}
export function dskFine(args: DskFineArgs): DskFine & Displayable {
  return displayable(computeDskFine(args), SHOW.dsk);
}
export function deadline(args: DeadlineArgs): Deadline & Displayable {
  return displayable(computeDeadline(args), SHOW.deadline);
}
export function assessLateness(args: IsLateArgs): Lateness & Displayable {
  return displayable(computeAssessLateness(args), SHOW.deadline);
}

// The entry points whose answer is a boolean or a plain figure: the engine's own function, given
// its argument type (no wrapper: nothing is added to the result).
export const isLate: (args: IsLateArgs) => boolean = computeIsLate;
export const assessGatekeeper: (args: ProfileOnDateArgs) => GatekeeperAssessment = computeAssessGatekeeper;
export const isGatekeeper: (args: ProfileOnDateArgs) => boolean = computeIsGatekeeper;
export const assessVeryLargePlatform: (args: VeryLargePlatformArgs) => VeryLargePlatformAssessment =
  computeAssessVeryLargePlatform;
export const isVeryLargePlatform: (args: VeryLargePlatformArgs) => boolean = computeIsVeryLargePlatform;
export const nis2Entity: (args: ProfileOnDateArgs) => Nis2Classification = computeNis2Entity;
export const enterpriseSize: (args: ProfileOnDateArgs) => EnterpriseSize = computeEnterpriseSize;
export const periodicPenalty: (args: PeriodicPenaltyArgs) => PeriodicPenalty = computePeriodicPenalty;
export const perViolationMaximum: (args: PerViolationMaximumArgs) => PerViolationMaximum =
  computePerViolation;
export const portfolio: (args: PortfolioArgs) => Portfolio = computePortfolio;
