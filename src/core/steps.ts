import type { Citation } from './citation.js';
import type { SerializedMoney } from './money.js';

/** One line of the explanation every result carries: what was determined, its value, and why. */
export interface Step {
  readonly label: string;
  readonly value: string | number | boolean | SerializedMoney | null;
  /** The rule applied, in words. */
  readonly rule?: string;
  readonly citation?: Citation;
  /** `warning` marks an assumption or a fallback the reader must know about. */
  readonly severity?: 'info' | 'warning';
}
