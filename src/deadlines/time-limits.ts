import type { TimeLimit } from '../law/act-module.js';
import { ACTS } from '../law/registry.js';

export type { TimeLimit };

/**
 * The time limits the library models, act by act from the registry, each counted under Regulation
 * No 1182/71 (the EU acts it applies to unless they provide otherwise; the GDPR's as the EDPB counts
 * them, Guidelines 01/2022 on the right of access).
 */
export const TIME_LIMITS: readonly TimeLimit[] = /* @__PURE__ */ Object.freeze(
  ACTS.flatMap((a) => a.timeLimits ?? []),
);

const BY_ID = new Map(TIME_LIMITS.map((t) => [t.id, t]));

export function timeLimitById(id: string): TimeLimit | undefined {
  return BY_ID.get(id);
}
