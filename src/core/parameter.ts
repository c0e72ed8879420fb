import type { Citation } from './citation.js';
import { type IsoDate, isWithin } from './dates.js';
import { NotInForceError } from './errors.js';

/**
 * A legal number (a cap, a percentage, a threshold) with the period it applies in and its source.
 * `validTo` is the last day it applies, or null while it still does.
 */
export interface DatedParameter<T> {
  readonly id: string;
  readonly value: T;
  readonly validFrom: IsoDate;
  readonly validTo: IsoDate | null;
  readonly citation: Citation;
}

export function isInForce(
  parameter: { validFrom: IsoDate; validTo: IsoDate | null },
  asOf: IsoDate,
): boolean {
  return isWithin(asOf, parameter.validFrom, parameter.validTo);
}

/** The version of a rule that applies on `asOf`; NotInForceError names the rule and its dates otherwise. */
export function versionInForce<V extends { validFrom: IsoDate; validTo: IsoDate | null }>(
  rule: string,
  versions: readonly V[],
  asOf: IsoDate,
): V {
  for (const version of versions) if (isInForce(version, asOf)) return version;
  const first = versions.reduce((a, b) => (a.validFrom <= b.validFrom ? a : b));
  const last = versions.reduce((a, b) => ((a.validTo ?? '9999') >= (b.validTo ?? '9999') ? a : b));
  throw new NotInForceError(rule, asOf, first.validFrom, last.validTo);
}
