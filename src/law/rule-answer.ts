import type { Citation } from '../core/citation.js';

/**
 * A rule's answer: true, false, or null when the facts lack what the rule needs (named in
 * `needs`), with the reason and the provision applied.
 */
export interface RuleAnswer {
  readonly holds: boolean | null;
  readonly why: string;
  /** The profile fields that would settle an undetermined answer. */
  readonly needs: readonly string[];
  readonly citation: Citation;
}
