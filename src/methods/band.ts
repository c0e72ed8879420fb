import { Decimal } from '../core/decimal.js';
import type { StepInput, StepInputs } from '../core/steps.js';

/**
 * A closed, open or half-open interval with its edges stated: methods publish bands such as
 * "between 10 and 20 %" or "up to €2m" whose edges matter where two bands meet.
 */
export interface Band {
  readonly from: Decimal;
  /** null: no upper edge ("above €500m"). */
  readonly to: Decimal | null;
  readonly fromInclusive: boolean;
  readonly toInclusive: boolean;
}

export function band(from: string, to: string | null, fromInclusive: boolean, toInclusive: boolean): Band {
  return Object.freeze({
    from: new Decimal(from),
    to: to === null ? null : new Decimal(to),
    fromInclusive,
    toInclusive,
  });
}

export function bandContains(b: Band, value: Decimal): boolean {
  const aboveFrom = b.fromInclusive ? value.gte(b.from) : value.gt(b.from);
  if (!aboveFrom) return false;
  if (b.to === null) return true;
  return b.toInclusive ? value.lte(b.to) : value.lt(b.to);
}

/** "[10, 20]", "(2000000, 10000000]", "(500000000, ∞)". */
export function formatBand(b: Band, unit = ''): string {
  const to = b.to === null ? '∞' : `${b.to.toFixed()}${unit}`;
  return `${b.fromInclusive ? '[' : '('}${b.from.toFixed()}${unit}, ${to}${b.to !== null && b.toInclusive ? ']' : ')'}`;
}

/**
 * A band as a trace's inputs, under `name`: its edges as decimal strings (`<name>To` null for no
 * upper edge) and whether each edge is in it, so that the words can write the band again.
 */
export function bandInputs(b: Band, name: string): Record<string, StepInput> {
  return {
    [`${name}From`]: b.from.toFixed(),
    [`${name}To`]: b.to === null ? null : b.to.toFixed(),
    [`${name}FromInclusive`]: b.fromInclusive,
    [`${name}ToInclusive`]: b.toInclusive,
  };
}

/** The band a trace's inputs hold under `name` (see `bandInputs`). */
export function bandOfInputs(inputs: StepInputs, name: string): Band {
  const to = inputs[`${name}To`];
  return band(
    String(inputs[`${name}From`]),
    to === null || to === undefined ? null : String(to),
    inputs[`${name}FromInclusive`] === true,
    inputs[`${name}ToInclusive`] === true,
  );
}
