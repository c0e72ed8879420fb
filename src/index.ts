// lexposure: what EU digital regulation can cost a company. Named exports only; no logic here.
// The root exports what users call (the entry points, the renderers, the errors, the vocabularies
// a profile is written in) and the types of what they return; the law's tables are in
// `lexposure/law` (api/law.ts).

// The public entry points that return a result, displayable in notebooks (api/entry-points.ts).
export {
  apFine,
  assessGatekeeper,
  assessLateness,
  assessVeryLargePlatform,
  deadline,
  dskFine,
  edpbFine,
  enterpriseSize,
  estimateExposure,
  gapAnalysis,
  icoFine,
  isGatekeeper,
  isLate,
  isVeryLargePlatform,
  legalMaximum,
  maximumFine,
  nis2Entity,
  obligationsFor,
  periodicPenalty,
  perViolationMaximum,
  portfolio,
  riskScore,
  simulate,
} from './api/entry-points.js';
// The argument types of the entry points (api/inputs.ts).
export type * from './api/inputs.js';
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
// The results of the entry points, every step with its words (api/results.ts).
export type * from './api/results.js';
export { GAP_REGIMES, type Gap } from './compliance/gap-analysis.js';
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
export type { ConversionOptions } from './core/fx/convert.js';
export { ecbReferenceRates } from './core/fx/ecb.js';
export type { ConversionBasis, ExchangeRate, RateSource, RateUsed } from './core/fx/rate.js';
export { exchangeRateSchema } from './core/fx/schema.js';
// Money: results carry SerializedMoney; formatMoney writes one for a report. The arithmetic on
// Money is the library's own (decimal.js values inside), not part of its public API.
export { formatMoney, type Money, type SerializedMoney } from './core/money.js';
export type { DatedParameter } from './core/parameter.js';
export type { Step } from './core/steps.js';

export type { TimeLimit } from './deadlines/time-limits.js';
export { DEFAULT_SCENARIOS, type DefaultScenario } from './exposure/default-scenarios.js';
export type { Severity } from './exposure/distributions.js';
export type { ExposureRange, ExposureScenario } from './exposure/estimate.js';
export type { Frequency } from './exposure/frequency.js';
export type { LossDistribution } from './exposure/loss-distribution.js';
export type { NearestCase, RegimeFrequency } from './exposure/model-estimate.js';

export { RISK_SCORE_MODEL, type RiskDriver, type RiskGrade, type RiskView } from './exposure/risk-score.js';
export type { SimulationScenario } from './exposure/scenario.js';
export type { SimulatedScenario } from './exposure/simulate.js';

export type { CorePlatformService, DmaObligation } from './law/dma/obligations.js';
export type { DsaObligation, DsaTier } from './law/dsa/obligations.js';
export type { EnterpriseCategory } from './law/eu-sme/enterprise-size.js';
export type { AdequacyDecision } from './law/gdpr/adequacy.js';
export type { GdprDuty, GdprDutyCondition, GdprRole } from './law/gdpr/duties.js';
export type { TransferBasis } from './law/gdpr/rules/art-44-transfers.js';
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
export type { Nis2Sector } from './law/nis2/directive.js';
export { isObligationId, OBLIGATION_IDS, obligationId } from './law/obligation-catalogue.js';
export { type ActStatus, lawStatus } from './law/status.js';
export type { IsoDateTime, PeriodLength, PeriodUnit } from './law/union/regulation-1182-71.js';
export type { PerViolationProvision, PerViolationVersion } from './law/us/penalties.js';

export type { ApCategory } from './methods/ap/rules.js';
export type { Band } from './methods/band.js';
export type { DskSeverity, DskSubgroup } from './methods/dsk/concept.js';

export type { Seriousness } from './methods/edpb/guidelines.js';
export type { AmountRange, MethodCircumstance } from './methods/five-step/compute.js';
export type { Conduct } from './methods/five-step/conduct.js';
export type { FiveStepMethod, SizeBand } from './methods/five-step/method.js';
export type { IcoSeriousness } from './methods/ico/guidance.js';

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
export { type Charted, type Displayable, JUPYTER_DISPLAY, type MimeBundle } from './report/notebook.js';
export type { TableFormat } from './report/table.js';
export type { ReportFormat } from './report/text.js';
export type { VegaLiteSpec } from './report/vega-lite.js';

export type { Nis2EntityClass } from './scope/nis2.js';
