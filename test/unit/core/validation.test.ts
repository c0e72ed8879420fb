import { describe, expect, it } from 'vitest';
import { decimalSchema, readDecimal } from '../../../src/core/validation.js';

function accepted(value: unknown): string {
  const read = readDecimal(value);
  if (!read.ok) throw new Error(read.message);
  return read.value.toFixed();
}

function refused(value: unknown): string {
  const read = readDecimal(value);
  if (read.ok) throw new Error(`accepted ${String(value)}`);
  return read.message;
}

describe('reading decimal amounts', () => {
  it('accepts plain decimal strings and exact numbers', () => {
    expect(accepted('386064000000')).toBe('386064000000');
    expect(accepted('499999999.99')).toBe('499999999.99');
    expect(accepted(0.1)).toBe('0.1');
    expect(accepted(6150000)).toBe('6150000');
    expect(accepted(Number.MAX_SAFE_INTEGER)).toBe('9007199254740991');
    expect(accepted('-12.5')).toBe('-12.5');
  });

  it('refuses a binary float that is not the decimal meant (0.1 + 0.2)', () => {
    expect(refused(0.1 + 0.2)).toMatch(/binary float.*decimal string.*"0\.3"/);
  });

  it('refuses exponent notation, non-finite numbers and unsafe integers', () => {
    expect(refused('1e9')).toMatch(/not a plain decimal number/);
    expect(refused(1e21)).toMatch(/decimal string/);
    expect(refused(2 ** 53 + 2)).toMatch(/safe integer|decimal string/);
    expect(refused(Number.NaN)).toMatch(/not a finite amount/);
    expect(refused(Number.POSITIVE_INFINITY)).toMatch(/not a finite amount/);
    expect(refused('NaN')).toMatch(/not a plain decimal number/);
    expect(refused('Infinity')).toMatch(/not a plain decimal number/);
  });

  it('refuses separators, spaces, leading zeros and other types', () => {
    for (const text of ['1,000', ' 5', '5 ', '1_000', '007', '.5', '5.', '', '+5', '٣']) {
      expect(refused(text)).toMatch(/not a plain decimal number/);
    }
    expect(refused(null)).toMatch(/got null/);
    expect(refused({})).toMatch(/got object/);
    expect(refused(true)).toMatch(/got boolean/);
  });

  it('bounds the size of what it reads', () => {
    expect(refused('1'.repeat(21))).toMatch(/more than 20 integer digits/);
    expect(refused(`1.${'1'.repeat(13)}`)).toMatch(/more than 12 decimals/);
  });
});

describe('decimalSchema bounds', () => {
  // decimal.js counts +0 as positive (isPositive() is the sign bit); "positive" here means > 0.
  it('refuses zero and -0 where an amount must be greater than zero', () => {
    const positive = decimalSchema({ min: 'positive' });
    expect(positive.safeParse('0').success).toBe(false);
    expect(positive.safeParse('-0').success).toBe(false);
    expect(positive.safeParse('0.01').success).toBe(true);
  });

  it('accepts zero where an amount must not be negative', () => {
    const nonNegative = decimalSchema({ min: 'zero' });
    expect(nonNegative.safeParse('0').success).toBe(true);
    expect(nonNegative.safeParse('-0.01').success).toBe(false);
  });
});
