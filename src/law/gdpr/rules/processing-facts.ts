import type { Citation } from '../../../core/citation.js';
import type { RuleAnswer } from '../../rule-answer.js';
import type { GdprCompany, Processing } from '../facts.js';

/** The profile field of a processing fact, as `needs` names it. */
export const field = (name: keyof Processing) => `profile.processing.${name}`;

/**
 * A duty that any one of several cases triggers (Arts 35(3), 37(1)): it holds when a case is true
 * (the reasons are the cases found), not when every case is known to be false, and is undetermined
 * otherwise, naming the facts missing. `established` are cases settled outside `processing`.
 */
export function anyCaseRule(
  p: Processing,
  cases: Partial<Record<keyof Processing, string>>,
  established: readonly string[],
  texts: { readonly no: string; readonly unknown: string },
  citation: Citation,
): RuleAnswer {
  const facts = Object.keys(cases) as (keyof Processing)[];
  const reasons = [...facts.filter((f) => p[f] === true).map((f) => cases[f] as string), ...established];
  if (reasons.length > 0) return { holds: true, why: reasons.join('; '), needs: [], citation };
  const missing = facts.filter((f) => p[f] === undefined).map((f) => field(f));
  return missing.length === 0
    ? { holds: false, why: texts.no, needs: [], citation }
    : { holds: null, why: texts.unknown, needs: missing, citation };
}

/** One fact of `profile.processing` decides the duty. */
export function factRule(
  profile: GdprCompany,
  fact: keyof Processing,
  yes: string,
  no: string,
  citation: Citation,
): RuleAnswer {
  const value = profile.processing[fact];
  if (value === true) return { holds: true, why: yes, needs: [], citation };
  if (value === false) return { holds: false, why: no, needs: [], citation };
  return {
    holds: null,
    why: `the profile does not say whether ${yes}`,
    needs: [field(fact)],
    citation,
  };
}
