// The named export: a default import of decimal.js types as its CommonJS namespace under node16 resolution.
import { Decimal as DecimalJs } from 'decimal.js';

/**
 * The library's own Decimal constructor. A clone, so that a caller changing decimal.js's global
 * configuration cannot change a legal figure. 60 significant digits is far beyond any turnover;
 * exponent notation is pushed out of reach so that `toString()` and `toJSON()` give plain decimals.
 */
export const Decimal = /* @__PURE__ */ DecimalJs.clone({
  precision: 60,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -60,
  toExpPos: 60,
});

export type Decimal = InstanceType<typeof Decimal>;

/** Rounding modes the library names in its steps. */
export const RoundingMode = {
  halfEven: DecimalJs.ROUND_HALF_EVEN,
  down: DecimalJs.ROUND_DOWN,
  halfUp: DecimalJs.ROUND_HALF_UP,
} as const;

export type RoundingModeName = keyof typeof RoundingMode;

/** A plain decimal string (no exponent), as every amount is serialised. */
export function toDecimalString(value: Decimal): string {
  return value.toFixed();
}
