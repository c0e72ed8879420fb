import * as z from 'zod';
import type { Citation } from '../core/citation.js';
import type { IsoDate } from '../core/dates.js';
import { DataCoverageError, UnknownProvisionError } from '../core/errors.js';
import { type SerializedMoney, serializeMoney } from '../core/money.js';
import { versionInForce } from '../core/parameter.js';
import type { Trace } from '../core/steps.js';
import { isoDateSchema, parseInput } from '../core/validation.js';
import { type PerViolationProvision, US_PER_VIOLATION_PROVISIONS } from '../law/us/penalties.js';

export interface PerViolationMaximum {
  readonly provision: string;
  readonly asOf: IsoDate;
  readonly violations: number;
  readonly perViolation: SerializedMoney;
  readonly amount: SerializedMoney;
  readonly citation: Citation;
  readonly steps: readonly Trace[];
}

export const perViolationArgs = z
  .object({
    provision: z.string().min(1).max(100),
    asOf: isoDateSchema,
    /** The number of violations (for FTC Act 5(l), days of a continuing failure count one each). */
    violations: z.number().int('must be a whole number').min(1).max(1_000_000_000),
    /** CCPA: intentional violations, or violations involving minors' personal information. */
    intentionalOrMinors: z.boolean().default(false),
  })
  .strict();

function provisionFor(id: string): PerViolationProvision {
  const wanted = id.trim().replace(/\s+/g, ' ').toLowerCase();
  const found = US_PER_VIOLATION_PROVISIONS.find((p) => p.id.toLowerCase() === wanted);
  if (found) return found;
  throw new UnknownProvisionError(
    id,
    `no such per-violation penalty; known: ${US_PER_VIOLATION_PROVISIONS.map((p) => p.id).join(', ')}`,
  );
}

/**
 * The maximum US civil penalty for a number of violations on a date: the per-violation amount in
 * force (adjusted for inflation on the dates the law sets) times the number of violations, exact.
 * For comparison with the EU's turnover-based caps.
 */
export function perViolationMaximum(input: unknown): PerViolationMaximum {
  const {
    provision: id,
    asOf,
    violations,
    intentionalOrMinors,
  } = parseInput(perViolationArgs, input, 'perViolationMaximum arguments');
  const provision = provisionFor(id);
  if (asOf < provision.coverageFrom && (provision.lawFrom === null || asOf >= provision.lawFrom)) {
    throw new DataCoverageError(provision.id, asOf, provision.coverageFrom);
  }
  const version = versionInForce(provision.id, provision.versions, asOf);
  const unit =
    intentionalOrMinors && version.intentionalOrMinors ? version.intentionalOrMinors : version.perViolation;
  const total = unit.amount.times(violations);
  const perViolation = serializeMoney(unit);
  const steps: Trace[] = [
    {
      id: 'per-violation.in-force',
      value: perViolation,
      citation: version.citation,
      ...(version.verified ? {} : { severity: 'warning' as const }),
      inputs: Object.freeze({
        provision: provision.id,
        asOf,
        higher: intentionalOrMinors && version.intentionalOrMinors !== null,
        higherTier: version.higherTier ?? null,
        validFrom: version.validFrom,
        counting: provision.counting,
      }),
    },
    {
      id: 'per-violation.maximum',
      value: { amount: total.toFixed(), currency: unit.currency },
      citation: version.citation,
      inputs: Object.freeze({ perViolation: perViolation.amount, currency: unit.currency, violations }),
    },
  ];
  if (!version.verified) {
    steps.splice(1, 0, {
      id: 'per-violation.amount-source',
      value: 'not read in the official text',
      severity: 'warning',
      inputs: Object.freeze({ check: version.check }),
    });
  }
  if (intentionalOrMinors && version.higherTier === 'intentional violations') {
    steps.splice(1, 0, {
      id: 'per-violation.minors',
      value: 'no higher tier before 2023',
      citation: version.citation,
      severity: 'warning',
    });
  }
  if (intentionalOrMinors && !version.intentionalOrMinors) {
    steps.splice(1, 0, {
      id: 'per-violation.intentional',
      value: 'no higher amount',
      inputs: Object.freeze({ provision: provision.id }),
    });
  }
  if (asOf > provision.checkedUntil) {
    steps.push({
      id: 'per-violation.later-adjustments',
      value: provision.checkedUntil,
      severity: 'warning',
    });
  }
  return {
    provision: provision.id,
    asOf,
    violations,
    perViolation: serializeMoney(unit),
    amount: { amount: total.toFixed(), currency: unit.currency },
    citation: version.citation,
    steps,
  };
}
