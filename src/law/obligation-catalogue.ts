import { obligationId } from './obligation-id.js';
import { ACTS } from './registry.js';

export { obligationId };

/** Every obligation id the library models, act by act in the registry's order. */
export const OBLIGATION_IDS: readonly string[] = /* @__PURE__ */ Object.freeze(
  ACTS.flatMap((a) => (a.duties ?? []).map(obligationId)),
);

const KNOWN = new Set(OBLIGATION_IDS);

export function isObligationId(id: string): boolean {
  return KNOWN.has(id);
}
