import { describe, expect, it } from 'vitest';
import { addMoney, compareMoney, maxMoney, money, serializeMoney } from '../../../src/core/money.js';
import {
  CurrencyMismatchError,
  Decimal,
  formatMoney,
  LexposureError,
  ValidationError,
} from '../../../src/index.js';

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

describe('formatMoney refuses what is not money, at once (issue 19)', () => {
  it.each([
    [null, ''],
    [{ amount: '1', currency: 'XXX' }, 'currency'],
    [{ amount: 12, currency: 'EUR' }, 'amount'],
    [{ amount: '1e5', currency: 'EUR' }, 'amount'],
    [{ amount: '9'.repeat(10_000_000), currency: 'EUR' }, 'amount'],
    [{ amount: new Decimal('1e900000000000000000'), currency: 'EUR' }, 'amount'],
    [{ amount: { toStringTag: '[object Decimal]' }, currency: 'EUR' }, 'amount'],
  ])('%# is a ValidationError at %s', (value, field) => {
    const t = performance.now();
    let caught: unknown;
    try {
      formatMoney(value as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect((caught as ValidationError).issues[0]?.field).toBe(field);
    expect(performance.now() - t).toBeLessThan(100);
  });

  it('formats money as reports show it', () => {
    expect(formatMoney({ amount: '20000000', currency: 'EUR' })).toBe('EUR 20,000,000');
    expect(formatMoney({ amount: new Decimal('1234.5'), currency: 'GBP' })).toBe('GBP 1,234.5');
  });
});
