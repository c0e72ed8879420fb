import type { CurrencyCode } from '../../core/currency.js';
import { Decimal, RoundingMode } from '../../core/decimal.js';
import { ValidationError } from '../../core/errors.js';
import { formatMoney, type SerializedMoney } from '../../core/money.js';
import type { Trace } from '../../core/steps.js';
import type { FiveStepMethod } from './method.js';

/** An amount as a range of two decimals; low equals high once every point is chosen. */
export interface Range {
  readonly low: Decimal;
  readonly high: Decimal;
}

export const HUNDRED = new Decimal(100);

/** "10 %" or "10 % to 20 %". */
export function percentText(r: Range): string {
  return r.low.eq(r.high) ? `${r.low.toFixed()} %` : `${r.low.toFixed()} % to ${r.high.toFixed()} %`;
}

/**
 * One run of a five-step method: its currency, its rounding, how it reports a wrong argument, and
 * the traces it collects. Each stage of `computeFiveStepFine` reads it; none builds a trace unless
 * an explanation is asked for.
 */
export class FiveStepRun {
  readonly currency: CurrencyCode;
  readonly steps: Trace[] = [];

  constructor(
    readonly method: FiveStepMethod,
    readonly rounding: 'exact' | 'unit',
    readonly explain: boolean,
  ) {
    this.currency = method.currency;
  }

  money(value: Decimal): SerializedMoney {
    return { amount: value.toFixed(), currency: this.currency };
  }

  show(value: Decimal): string {
    return formatMoney(this.money(value));
  }

  /** One amount, or "€a to €b". */
  rangeValue(r: Range): SerializedMoney | string {
    return r.low.eq(r.high) ? this.money(r.low) : `${this.show(r.low)} to ${this.show(r.high)}`;
  }

  /** Half-up to whole units where the method rounds so; exact otherwise. */
  round(d: Decimal): Decimal {
    return this.rounding === 'unit' ? d.toDecimalPlaces(0, RoundingMode.halfUp) : d;
  }

  roundRange(r: Range): Range {
    return { low: this.round(r.low), high: this.round(r.high) };
  }

  /** Each bound times a percentage range, rounded: the share a stage takes of the one before. */
  shareOf(r: Range, pct: Range): Range {
    return this.roundRange({
      low: r.low.times(pct.low).div(HUNDRED),
      high: r.high.times(pct.high).div(HUNDRED),
    });
  }

  /** The error for a wrong argument at `path`, named after the method's function. */
  invalid(path: string, message: string): ValidationError {
    return new ValidationError([{ path, message }], `${this.method.functionName} arguments`);
  }

  invalidAt(path: string): (message: string) => ValidationError {
    return (message) => this.invalid(path, message);
  }

  step(make: () => Trace): void {
    if (this.explain) this.steps.push(make());
  }

  stepsFrom(steps: readonly Trace[]): void {
    if (this.explain) this.steps.push(...steps);
  }
}
