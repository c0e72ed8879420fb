import type { IsoDate } from '../core/dates.js';
import type { Applicability } from './act-module.js';
import type { ApplicableObligation } from './applicable-obligation.js';

/**
 * An act reaches the company when one of its duties applies to it on the date: the reading for
 * the acts whose scope is their duties' (the DSA's tiers, the DMA's designations, NIS2's entities).
 */
export function applicabilityByObligations(
  regime: string,
  obligations: readonly ApplicableObligation[],
  asOf: IsoDate,
): Applicability {
  const own = obligations.filter((o) => o.regime === regime);
  const applying = own.filter((o) => o.status === 'applies');
  if (applying.length > 0) {
    return {
      applies: true,
      why: `${applying.length} of its obligations apply on ${asOf} (${applying[0]?.why})`,
    };
  }
  return {
    applies: false,
    why:
      own.length > 0
        ? `its ${regime} obligations do not apply yet or are excluded`
        : `no ${regime} obligation applies to the profile`,
  };
}

/** `applicabilityByObligations` as an act module's `applicability` hook. */
export function byObligations(
  regime: string,
): (
  company: unknown,
  context: { readonly asOf: IsoDate },
  obligations: readonly ApplicableObligation[],
) => Applicability {
  return (_company, context, obligations) => applicabilityByObligations(regime, obligations, context.asOf);
}

/** The reading for an act whose scope the profile does not describe: unknown, with what to give. */
export function notDescribed(why: string): Applicability {
  return { applies: null, why };
}
