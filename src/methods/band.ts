import { Decimal } from '../core/decimal.js';

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
