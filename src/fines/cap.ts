import { Decimal } from '../core/decimal.js';
import { weakMemo } from '../core/memo.js';
import { type Money, money } from '../core/money.js';
import {
  compareScaled,
  multiplyScaled,
  type ScaledInteger,
  scaledToString,
  toScaledInteger,
} from '../core/rational.js';
import type { FineCapVersion } from '../law/types.js';

export interface CapEvaluation {
  readonly amount: Money;
  /** Which limb gave the cap; where both are equal the fixed amount is reported. */
  readonly basis: 'fixed' | 'turnover';
  /** The static amount, or null where the act sets only a share of turnover. */
  readonly fixed: Money | null;
  /** share × turnover, exact. */
  readonly shareOfTurnover: Money;
}

/** The cap as the hot path needs it: which limb wins, and the exact share of turnover as a string. */
export interface CapOutcome {
  readonly basis: 'fixed' | 'turnover';
  readonly shareOfTurnover: string;
}

interface ScaledVersion {
  readonly fixed: ScaledInteger | null;
  readonly share: ScaledInteger;
}

function computeScaledVersion(version: FineCapVersion): ScaledVersion {
  return {
    fixed: version.fixed ? toScaledInteger(version.fixed.amount) : null,
    share: toScaledInteger(version.turnoverShare),
  };
}

/** Remembered per cap version (a frozen law table's): every cap evaluated under it reads both limbs. */
const scaled = /* @__PURE__ */ weakMemo(computeScaledVersion);

/**
 * A cap "up to F, or in the case of an undertaking, up to p % of turnover, whichever is higher"
 * (or lower): max(F, p × T) or min(F, p × T), in exact integer arithmetic; p × T alone where the act
 * sets no fixed amount. `turnover` is in the cap's currency, as an integer of 10^-scale units.
 * `combination` overrides the version's own (the SME rule of AI Act Art. 99(6)).
 */
export function capOutcome(
  version: FineCapVersion,
  turnover: ScaledInteger,
  combination = version.combination,
): CapOutcome {
  const { fixed, share } = scaled(version);
  const product = multiplyScaled(share, turnover);
  if (fixed === null) return { basis: 'turnover', shareOfTurnover: scaledToString(product) };
  const order = compareScaled(product, fixed);
  const turnoverWins = combination === 'higher' ? order > 0 : order < 0;
  return { basis: turnoverWins ? 'turnover' : 'fixed', shareOfTurnover: scaledToString(product) };
}

/** The cap of a version for a turnover in the cap's currency, with both limbs as Money. */
export function evaluateCap(
  version: FineCapVersion,
  turnover: Money,
  combination = version.combination,
): CapEvaluation {
  const outcome = capOutcome(version, toScaledInteger(turnover.amount), combination);
  const shareOfTurnover = money(new Decimal(outcome.shareOfTurnover), version.currency);
  const fixed = version.fixed;
  return {
    amount: outcome.basis === 'turnover' || fixed === null ? shareOfTurnover : fixed,
    basis: outcome.basis,
    fixed,
    shareOfTurnover,
  };
}
