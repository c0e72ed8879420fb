import { describe, expect, it } from 'vitest';
import { money, serializeMoney } from '../../../src/core/money.js';
import { Decimal, formatMoney, ValidationError } from '../../../src/index.js';

describe('money', () => {
  it('keeps every digit when serialised, without exponent notation', () => {
    expect(serializeMoney(money(new Decimal('13520014008.0548'), 'EUR')).amount).toBe('13520014008.0548');
    expect(serializeMoney(money(new Decimal('1e30'), 'EUR')).amount).toBe('1000000000000000000000000000000');
    expect(serializeMoney(money(new Decimal('0.0000001'), 'EUR')).amount).toBe('0.0000001');
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
