import { describe, expect, it } from 'vitest';
import {
  NotInForceError,
  perViolationMaximum,
  UnknownProvisionError,
  ValidationError,
} from '../../../src/index.js';

describe('US per-violation penalties, for comparison', () => {
  it('FTC Act 5(l): $53,088 per violation from 17 January 2025 (90 FR 5580), $51,744 the day before', () => {
    const after = perViolationMaximum({ provision: 'FTC Act 5(l)', violations: 10, asOf: '2025-01-17' });
    expect(after.perViolation).toEqual({ amount: '53088', currency: 'USD' });
    expect(after.amount).toEqual({ amount: '530880', currency: 'USD' });
    const before = perViolationMaximum({ provision: 'FTC Act 5(l)', violations: 10, asOf: '2025-01-16' });
    expect(before.perViolation.amount).toBe('51744');
  });

  it('CCPA §1798.155: $2,500 / $7,500, adjusted to $2,663 / $7,988 from 1 January 2025', () => {
    expect(
      perViolationMaximum({ provision: 'CCPA 1798.155', violations: 1000, asOf: '2024-12-31' }).amount.amount,
    ).toBe('2500000');
    const intentional = perViolationMaximum({
      provision: 'ccpa 1798.155',
      violations: 1000,
      asOf: '2025-01-01',
      intentionalOrMinors: true,
    });
    expect(intentional.amount).toEqual({ amount: '7988000', currency: 'USD' });
  });

  it('warns that adjustments after the date it was checked are not known', () => {
    const later = perViolationMaximum({ provision: 'FTC Act 5(m)(1)(A)', violations: 1, asOf: '2026-06-01' });
    expect(later.steps.at(-1)?.severity).toBe('warning');
  });

  it('refuses unknown provisions, dates before the first version and fractional counts', () => {
    expect(() => perViolationMaximum({ provision: 'COPPA', violations: 1, asOf: '2025-06-01' })).toThrow(
      UnknownProvisionError,
    );
    expect(() =>
      perViolationMaximum({ provision: 'FTC Act 5(l)', violations: 1, asOf: '2023-06-01' }),
    ).toThrow(NotInForceError);
    expect(() =>
      perViolationMaximum({ provision: 'FTC Act 5(l)', violations: 1.5, asOf: '2025-06-01' }),
    ).toThrow(ValidationError);
  });
});
