import { describe, expect, it } from 'vitest';
import { addMoney, compareMoney, maxMoney, money, serializeMoney } from '../../../src/core/money.js';
import { CurrencyMismatchError, Decimal, formatMoney, LexposureError } from '../../../src/index.js';

describe('money', () => {
  it('adds amounts of one currency exactly (0.1 + 0.2 = 0.3)', () => {
    expect(serializeMoney(addMoney(money('0.1', 'EUR'), money('0.2', 'EUR')))).toEqual({
      amount: '0.3',
      currency: 'EUR',
    });
  });

  it('refuses to mix currencies silently', () => {
    const mix = () => addMoney(money('1', 'EUR'), money('1', 'USD'));
    expect(mix).toThrow(CurrencyMismatchError);
    expect(mix).toThrow(LexposureError);
    try {
      mix();
    } catch (error) {
      expect((error as LexposureError).code).toBe('CURRENCY_MISMATCH');
    }
    expect(() => compareMoney(money('1', 'EUR'), money('1', 'GBP'))).toThrow(/EUR and GBP/);
  });

  it('keeps every digit when serialised, without exponent notation', () => {
    expect(serializeMoney(money(new Decimal('13520014008.0548'), 'EUR')).amount).toBe('13520014008.0548');
    expect(serializeMoney(money(new Decimal('1e30'), 'EUR')).amount).toBe('1000000000000000000000000000000');
    expect(serializeMoney(money(new Decimal('0.0000001'), 'EUR')).amount).toBe('0.0000001');
  });

  it('picks the larger amount', () => {
    expect(maxMoney(money('20000000', 'EUR'), money('20000000.0004', 'EUR')).amount.toFixed()).toBe(
      '20000000.0004',
    );
  });

  it('formats with thousands separators and every decimal', () => {
    expect(formatMoney(money('13520014008.0548', 'EUR'))).toBe('EUR 13,520,014,008.0548');
    expect(formatMoney({ amount: '-1000', currency: 'USD' })).toBe('USD -1,000');
  });
});
