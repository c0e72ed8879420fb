import * as z from 'zod';
import { DORA_FINANCIAL_ENTITY_TYPES, type DoraFinancialEntity } from '../dora/regulation.js';

/** What NIS2's rules read of a company, beyond the common facts: its sector, and DORA's status. */
export const NIS2_FACTS = {
  /** The sector of Annex I or II NIS2 ("energy", "banking", "digital-infrastructure"...). */
  sector: z.string().min(1).max(200).optional(),
  /**
   * A financial entity of DORA, Regulation (EU) 2022/2554, Art. 2(1)(a)-(t) ("credit-institution",
   * "insurance-undertaking"...): from 17 January 2025 DORA displaces NIS2's risk-management,
   * reporting and enforcement provisions for it (NIS2 Art. 4(1)). The NIS2 sectors "banking" and
   * "financial-market-infrastructure" imply one.
   */
  financialEntity: z
    .enum(DORA_FINANCIAL_ENTITY_TYPES as [DoraFinancialEntity, ...DoraFinancialEntity[]])
    .optional(),
  /** The entity is one DORA Art. 2(3) excludes (a small insurance intermediary, a small IORP...). */
  doraExcluded: z.boolean().optional(),
};

export type Nis2Facts = z.output<z.ZodObject<typeof NIS2_FACTS>>;
