// lexposure: what EU digital regulation can cost a company. Named exports only; no logic here.

export type { Citation } from './core/citation.js';
export { formatCitation } from './core/citation.js';
export { CURRENCY_CODES, type CurrencyCode, isCurrencyCode, minorUnits } from './core/currency.js';
export type { IsoDate } from './core/dates.js';
export { Decimal } from './core/decimal.js';
export {
  CurrencyMismatchError,
  LexposureError,
  type LexposureErrorCode,
  MissingRateError,
  MissingTurnoverError,
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
export {
  addMoney,
  compareMoney,
  formatMoney,
  type Money,
  maxMoney,
  minMoney,
  money,
  multiplyMoney,
  type SerializedMoney,
  serializeMoney,
} from './core/money.js';
export type { DatedParameter } from './core/parameter.js';
export type { Step } from './core/steps.js';
export { type CapEvaluation, evaluateCap } from './fines/cap.js';
export { type LegalMaximum, legalMaximum } from './fines/legal-maximum.js';
export { type InfringedArticle, type MaximumFine, maximumFine } from './fines/maximum-fine.js';
export {
  GDPR_83_4,
  GDPR_83_5,
  GDPR_83_6,
  GDPR_ACT,
  GDPR_FINE_PROVISIONS,
  GDPR_FINEABLE_ARTICLES,
  gdprProvisionForArticle,
} from './law/gdpr/index.js';
export {
  type Act,
  type ArticleReference,
  type CapCombination,
  type FineCapVersion,
  type FineProvision,
  fineProvisions,
  parseArticleReference,
  provisionById,
  provisionForArticle,
  type Regime,
} from './law/index.js';
export { isParsedProfile, parseProfile } from './profile/parse.js';
export {
  type CompanyProfile,
  type CompanyProfileInput,
  type FinancialYear,
  profileSchema,
  SERVICE_KINDS,
} from './profile/schema.js';
export { formatLegalMaximum, formatMaximumFine, type ReportFormat } from './report/text.js';
