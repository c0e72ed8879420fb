// lexposure/law: the law as data. Each act's dated fine provisions, duties and time limits, and the
// regulators' published methods, as the engines read them: for a reader who wants the figures
// and their citations without calling a function. The root entry exports what users call; these
// tables are the law behind it (each frozen, each figure cited).

export { AVERAGE_RATE_CITATION } from '../core/fx/convert.js';
export { TIME_LIMITS, type TimeLimit } from '../deadlines/time-limits.js';
export { AI_ACT_FINE_PROVISIONS } from '../law/ai-act/fines.js';
export { DMA_FINE_PROVISIONS, DMA_PERIODIC_PENALTIES } from '../law/dma/fines.js';
export { type CorePlatformService, DMA_OBLIGATIONS, type DmaObligation } from '../law/dma/obligations.js';
export { DMA_ACT } from '../law/dma/regulation.js';
export { DSA_FINE_PROVISIONS, DSA_PERIODIC_PENALTIES } from '../law/dsa/fines.js';
export { DSA_OBLIGATIONS, type DsaObligation, type DsaTier } from '../law/dsa/obligations.js';
export { DSA_ACT } from '../law/dsa/regulation.js';
export { FR_LIL_ACT } from '../law/fr-lil/act.js';
export { FR_LIL_20_7, FR_LIL_20_7_RAISED, FR_LIL_FINE_PROVISIONS } from '../law/fr-lil/fines.js';
export { ADEQUACY_DECISIONS, type AdequacyDecision, EEA_EFTA_STATES } from '../law/gdpr/adequacy.js';
export { GDPR_DUTIES, type GdprDuty, type GdprDutyCondition, type GdprRole } from '../law/gdpr/duties.js';
export { GDPR_83_4, GDPR_83_5, GDPR_83_6, GDPR_FINE_PROVISIONS } from '../law/gdpr/fines.js';
export { NIS2_ACT, NIS2_SECTORS, type Nis2Sector } from '../law/nis2/directive.js';
export { NIS2_FINE_PROVISIONS } from '../law/nis2/fines.js';
export { NIS2_DUTIES } from '../law/nis2/obligations.js';
export { type ActStatus, LAW_STATUS } from '../law/status.js';
export { UK_GDPR_ACT, UK_GDPR_FINE_PROVISIONS } from '../law/uk-gdpr/fines.js';
export { REGULATION_1182_71 } from '../law/union/regulation-1182-71.js';
export {
  CCPA_1798_155,
  FTC_5_L,
  FTC_5_M_1_A,
  type PerViolationProvision,
  type PerViolationVersion,
  US_PER_VIOLATION_PROVISIONS,
} from '../law/us/penalties.js';
export {
  AP_CATEGORY_BANDS,
  AP_CONFIRMED_CATEGORIES,
  AP_RULES,
  type ApCategory,
} from '../methods/ap/rules.js';
export {
  DSK_CONCEPT,
  DSK_SEVERITY_FACTORS,
  DSK_SUBGROUPS,
  type DskSeverity,
  type DskSubgroup,
} from '../methods/dsk/concept.js';
export { EDPB_METHOD } from '../methods/edpb/edpb-fine.js';
export { EDPB_GUIDELINES, SERIOUSNESS_BANDS, SIZE_BANDS } from '../methods/edpb/guidelines.js';
export { CIRCUMSTANCE_FACTORS } from '../methods/five-step/circumstances.js';
export { ICO_GUIDANCE, ICO_SERIOUSNESS_BANDS, ICO_SIZE_BANDS } from '../methods/ico/guidance.js';
export { ICO_METHOD } from '../methods/ico/ico-fine.js';
