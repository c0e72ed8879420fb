// lexposure: what EU digital regulation can cost a company. Named exports only; no logic here.

// The renderers, each reading a result the library returned (api/renderers.ts).
export {
  capsChart,
  exceedanceChart,
  exposureChart,
  formatCalibrationReport,
  formatDeadline,
  formatExposure,
  formatGapAnalysis,
  formatLegalMaximum,
  formatMaximumFine,
  formatObligations,
  formatRiskScore,
  formatSimulation,
  portfolioChart,
  renderTable,
  summarise,
  toVegaLite,
} from './api/renderers.js';
export { GAP_REGIMES, type Gap, type GapAnalysis } from './compliance/gap-analysis.js';
export {
  type PostureEntry,
  postureFromQuestionnaire,
  QUESTIONNAIRE,
  type Question,
} from './compliance/questionnaire.js';
export type { Citation } from './core/citation.js';
export { formatCitation } from './core/citation.js';
export { CURRENCY_CODES, type CurrencyCode, isCurrencyCode, minorUnits } from './core/currency.js';
export type { IsoDate } from './core/dates.js';
export { Decimal } from './core/decimal.js';
export {
  CurrencyMismatchError,
  DataCoverageError,
  LexposureError,
  type LexposureErrorCode,
  MissingRateError,
  MissingTurnoverError,
  NotApplicableError,
  NotInForceError,
  UnknownProvisionError,
  ValidationError,
  type ValidationIssue,
} from './core/errors.js';
export { precedingFinancialYearEnd } from './core/financial-year.js';
export { AVERAGE_RATE_CITATION, type Conversion, type ConversionOptions } from './core/fx/convert.js';
export { ecbReferenceRates } from './core/fx/ecb.js';
export type { ConversionBasis, ExchangeRate, RateSource, RateUsed } from './core/fx/rate.js';
export { exchangeRateSchema } from './core/fx/schema.js';
// Money: results carry SerializedMoney; formatMoney writes one for a report. The arithmetic on
// Money is the library's own (decimal.js values inside), not part of its public API.
export { formatMoney, type Money, type SerializedMoney } from './core/money.js';
export type { DatedParameter } from './core/parameter.js';
export type { Step } from './core/steps.js';
export { type Deadline, isLate, type Lateness } from './deadlines/deadline.js';
export { TIME_LIMITS, type TimeLimit } from './deadlines/time-limits.js';
export { DEFAULT_SCENARIOS, type DefaultScenario } from './exposure/default-scenarios.js';
export type { Severity } from './exposure/distributions.js';
export type {
  ExposureEstimate,
  ExposureRange,
  ExposureScenario,
  RegimeExposure,
} from './exposure/estimate.js';
export type { Frequency } from './exposure/frequency.js';
export type { LossDistribution } from './exposure/loss-distribution.js';
export type { ModelEstimate, NearestCase, RegimeFrequency } from './exposure/model-estimate.js';
export { type Portfolio, portfolio } from './exposure/portfolio.js';
export {
  type RegimeRisk,
  RISK_SCORE_MODEL,
  type RiskDriver,
  type RiskGrade,
  type RiskScore,
  type RiskView,
} from './exposure/risk-score.js';
export type { SimulationScenario } from './exposure/scenario.js';
export type {
  SimulatedCompany,
  SimulatedScenario,
  Simulation,
} from './exposure/simulate.js';
export type { CapEvaluation } from './fines/cap.js';
export type { LegalMaximum } from './fines/legal-maximum.js';
export type { InfringedArticle, MaximumFine } from './fines/maximum-fine.js';
export { type PerViolationMaximum, perViolationMaximum } from './fines/per-violation.js';
export { type PeriodicPenalty, periodicPenalty } from './fines/periodic-penalty.js';
export { AI_ACT_FINE_PROVISIONS } from './law/ai-act/fines.js';
export { DMA_FINE_PROVISIONS, DMA_PERIODIC_PENALTIES } from './law/dma/fines.js';
export { type CorePlatformService, DMA_OBLIGATIONS, type DmaObligation } from './law/dma/obligations.js';
export { DMA_ACT } from './law/dma/regulation.js';
export { DSA_FINE_PROVISIONS, DSA_PERIODIC_PENALTIES } from './law/dsa/fines.js';
export { DSA_OBLIGATIONS, type DsaObligation, type DsaTier } from './law/dsa/obligations.js';
export { DSA_ACT } from './law/dsa/regulation.js';
export type { EnterpriseCategory, EnterpriseSize, YearSize } from './law/eu-sme/enterprise-size.js';
export { FR_LIL_ACT } from './law/fr-lil/act.js';
export { FR_LIL_20_7, FR_LIL_20_7_RAISED, FR_LIL_FINE_PROVISIONS } from './law/fr-lil/fines.js';
export { ADEQUACY_DECISIONS, type AdequacyDecision, EEA_EFTA_STATES } from './law/gdpr/adequacy.js';
export { GDPR_DUTIES, type GdprDuty, type GdprDutyCondition, type GdprRole } from './law/gdpr/duties.js';
export {
  GDPR_83_4,
  GDPR_83_5,
  GDPR_83_6,
  GDPR_FINE_PROVISIONS,
} from './law/gdpr/fines.js';
export type { TransferAssessment, TransferBasis } from './law/gdpr/rules/art-44-transfers.js';
export {
  type Act,
  type ArticleCoverage,
  type ArticleReference,
  type CapCombination,
  type CapNature,
  type FineCapVersion,
  type FineProvision,
  fineProvisions,
  type Obligation,
  type PeriodicPenaltyProvision,
  parseArticleReference,
  periodicPenaltyById,
  periodicPenaltyProvisions,
  provisionById,
  provisionForArticle,
  REGIMES,
  type Regime,
  type ResolvedArticle,
} from './law/index.js';
export { NIS2_ACT, NIS2_SECTORS, type Nis2Sector } from './law/nis2/directive.js';
export { NIS2_FINE_PROVISIONS } from './law/nis2/fines.js';
export { NIS2_DUTIES } from './law/nis2/obligations.js';
export { isObligationId, OBLIGATION_IDS, obligationId } from './law/obligation-catalogue.js';
export { type ActStatus, LAW_STATUS, lawStatus } from './law/status.js';
export { UK_GDPR_ACT, UK_GDPR_FINE_PROVISIONS } from './law/uk-gdpr/fines.js';
export {
  type IsoDateTime,
  type PeriodLength,
  type PeriodUnit,
  REGULATION_1182_71,
} from './law/union/regulation-1182-71.js';
export {
  CCPA_1798_155,
  FTC_5_L,
  FTC_5_M_1_A,
  type PerViolationProvision,
  type PerViolationVersion,
  US_PER_VIOLATION_PROVISIONS,
} from './law/us/penalties.js';
export type { ApFine } from './methods/ap/ap-fine.js';
export {
  AP_CATEGORY_BANDS,
  AP_CONFIRMED_CATEGORIES,
  AP_RULES,
  type ApCategory,
} from './methods/ap/rules.js';
export type { Band } from './methods/band.js';
export {
  DSK_CONCEPT,
  DSK_SEVERITY_FACTORS,
  DSK_SUBGROUPS,
  type DskSeverity,
  type DskSubgroup,
} from './methods/dsk/concept.js';
export type { DskFine } from './methods/dsk/dsk-fine.js';
export { EDPB_METHOD, type EdpbFine } from './methods/edpb/edpb-fine.js';
export {
  EDPB_GUIDELINES,
  SERIOUSNESS_BANDS,
  type Seriousness,
  SIZE_BANDS,
} from './methods/edpb/guidelines.js';
export { CIRCUMSTANCE_FACTORS } from './methods/five-step/circumstances.js';
export type { AmountRange, MethodCircumstance, MethodFine } from './methods/five-step/compute.js';
export type { Conduct } from './methods/five-step/conduct.js';
export type { FiveStepMethod, SizeBand } from './methods/five-step/method.js';
export {
  ICO_GUIDANCE,
  ICO_SERIOUSNESS_BANDS,
  ICO_SIZE_BANDS,
  type IcoSeriousness,
} from './methods/ico/guidance.js';
export { ICO_METHOD, type IcoFine } from './methods/ico/ico-fine.js';
export {
  type AnnualRate,
  BUNDLED_MODEL,
  type BundledModel,
  type CalibrationCell,
  type CalibrationReport,
  calibrate,
  type Driver,
  type Evaluation,
  type EvaluationScores,
  type EvaluationSummary,
  type FineCase,
  type FineModel,
  type FinePrediction,
  type FitOptions,
  type FrequencyParameters,
  fitFineModel,
  frequencyParameters,
  type Score,
} from './model/index.js';
export { enterpriseSize } from './profile/enterprise-size.js';
export { isParsedProfile, parseProfile } from './profile/parse.js';
export {
  type CompanyProfile,
  type CompanyProfileInput,
  type FinancialYear,
  POSTURE_STATUSES,
  type PostureStatus,
  profileSchema,
  SERVICE_KINDS,
  TRANSFER_DEROGATIONS,
  TRANSFER_SAFEGUARDS,
} from './profile/schema.js';
// The public entry points that return a result, displayable in notebooks (report/notebook.ts).
export {
  apFine,
  assessLateness,
  type Charted,
  type Displayable,
  deadline,
  dskFine,
  edpbFine,
  estimateExposure,
  gapAnalysis,
  icoFine,
  JUPYTER_DISPLAY,
  legalMaximum,
  type MimeBundle,
  maximumFine,
  obligationsFor,
  riskScore,
  simulate,
} from './report/notebook.js';
export type { TableFormat } from './report/table.js';
export type { ReportFormat } from './report/text.js';
export type { VegaLiteSpec } from './report/vega-lite.js';
export {
  assessGatekeeper,
  type CorePlatformServiceStatus,
  type GatekeeperAssessment,
  isGatekeeper,
} from './scope/dma.js';
export {
  assessVeryLargePlatform,
  type DsaServiceStatus,
  isVeryLargePlatform,
  type VeryLargePlatformAssessment,
} from './scope/dsa.js';
export { type Nis2Classification, type Nis2EntityClass, nis2Entity } from './scope/nis2.js';
export type { ApplicableObligation, ObligationsResult } from './scope/obligations.js';
