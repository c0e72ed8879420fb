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
import { type Explained, withWords } from '../report/steps/render.js';
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

/**
 * A result with its steps' words, or as it is where the caller asked for no explanation: the five
 * functions that take `explain` record no trace with `explain: false`
 * (test/unit/exposure/explain-off.test.ts), so there is nothing to give words to, and the walk over
 * the result is skipped (issue 20). The others always give words.
 */
function words<T>(result: T, args: unknown): Explained<T> {
  return (args as { readonly explain?: unknown } | null)?.explain === false
    ? (result as Explained<T>)
    : withWords(result);
}

/** The legal maximum (see fines/legal-maximum), displayable in a notebook. */
export function legalMaximum(args: LegalMaximumArgs): Explained<LegalMaximum> & Displayable {
  return displayable(words(computeLegalMaximum(args), args), SHOW.legalMaximum);
}
export function maximumFine(args: MaximumFineArgs): Explained<MaximumFine> & Displayable {
  return displayable(words(computeMaximumFine(args), args), SHOW.maximumFine);
}
export function estimateExposure(
  args: EstimateExposureArgs,
): Explained<ExposureEstimate> & Displayable & Charted {
  return charted(displayable(words(computeEstimate(args), args), SHOW.estimate));
}
export function riskScore(args: RiskScoreArgs): Explained<RiskScore> & Displayable {
  return displayable(words(computeRiskScore(args), args), SHOW.riskScore);
}
export function simulate(args: SimulateArgs): Explained<Simulation> & Displayable & Charted {
  return charted(displayable(withWords(computeSimulate(args)), SHOW.simulation));
}
export function obligationsFor(args: ProfileOnDateArgs): Explained<ObligationsResult> & Displayable {
  return displayable(withWords(computeObligations(args)), SHOW.obligations);
}
export function gapAnalysis(args: GapAnalysisArgs): Explained<GapAnalysis> & Displayable {
  return displayable(words(computeGaps(args), args), SHOW.gaps);
}
export function edpbFine(args: EdpbFineArgs): Explained<EdpbFine> & Displayable {
  return displayable(withWords(computeEdpbFine(args)), SHOW.method);
}
export function icoFine(args: IcoFineArgs): Explained<IcoFine> & Displayable {
  return displayable(withWords(computeIcoFine(args)), SHOW.method);
}
export function apFine(args: ApFineArgs): Explained<ApFine> & Displayable {
  return displayable(withWords(computeApFine(args)), SHOW.ap);
}
export function dskFine(args: DskFineArgs): Explained<DskFine> & Displayable {
  return displayable(withWords(computeDskFine(args)), SHOW.dsk);
}
export function deadline(args: DeadlineArgs): Explained<Deadline> & Displayable {
  return displayable(withWords(computeDeadline(args)), SHOW.deadline);
}
export function assessLateness(args: IsLateArgs): Explained<Lateness> & Displayable {
  return displayable(withWords(computeAssessLateness(args)), SHOW.deadline);
}

// The entry points whose answer is a boolean, or a result not shown in a notebook: a boolean is the
// engine's own function, given its argument type; a result gets its steps' words.
export const isLate: (args: IsLateArgs) => boolean = computeIsLate;
export function assessGatekeeper(args: ProfileOnDateArgs): Explained<GatekeeperAssessment> {
  return withWords(computeAssessGatekeeper(args));
}
export const isGatekeeper: (args: ProfileOnDateArgs) => boolean = computeIsGatekeeper;
export function assessVeryLargePlatform(args: VeryLargePlatformArgs): Explained<VeryLargePlatformAssessment> {
  return withWords(computeAssessVeryLargePlatform(args));
}
export const isVeryLargePlatform: (args: VeryLargePlatformArgs) => boolean = computeIsVeryLargePlatform;
export function nis2Entity(args: ProfileOnDateArgs): Explained<Nis2Classification> {
  return withWords(computeNis2Entity(args));
}
export function enterpriseSize(args: ProfileOnDateArgs): Explained<EnterpriseSize> {
  return withWords(computeEnterpriseSize(args));
}
export function periodicPenalty(args: PeriodicPenaltyArgs): Explained<PeriodicPenalty> {
  return withWords(computePeriodicPenalty(args));
}
export function perViolationMaximum(args: PerViolationMaximumArgs): Explained<PerViolationMaximum> {
  return withWords(computePerViolation(args));
}
export function portfolio(args: PortfolioArgs): Explained<Portfolio> {
  return withWords(computePortfolio(args));
}
