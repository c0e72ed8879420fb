import { describe, expect, it } from 'vitest';
import {
  DataCoverageError,
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

  it.each([
    // 16 CFR 1.98 adjustments: 85 FR 2014, 86 FR 2539, 87 FR 1070, 88 FR 1499 (effective 11 January
    // 2023: $50,120), 89 FR 1445, 90 FR 5580.
    ['2020-01-14', '43280'],
    ['2021-01-12', '43280'],
    ['2021-01-13', '43792'],
    ['2022-01-10', '46517'],
    ['2023-01-10', '46517'],
    ['2023-01-11', '50120'],
    ['2024-01-10', '51744'],
    ['2025-01-17', '53088'],
  ])('FTC Act 5(l) on %s: $%s per violation', (asOf, amount) => {
    expect(perViolationMaximum({ provision: 'FTC Act 5(l)', violations: 1, asOf }).perViolation.amount).toBe(
      amount,
    );
  });

  it('FTC Act 5(m)(1)(B) carries the same amount; an amount not read in the FR text says so', () => {
    const r = perViolationMaximum({ provision: 'FTC Act 5(m)(1)(B)', violations: 2, asOf: '2023-06-01' });
    expect(r.amount.amount).toBe('100240');
    expect(r.steps.some((s) => s.label === 'Source of the amount')).toBe(true);
    // 83 FR 2902 was read: $41,484 from 22 January 2018, no warning on its source.
    const read = perViolationMaximum({ provision: 'FTC Act 5(l)', violations: 1, asOf: '2018-06-01' });
    expect(read.perViolation.amount).toBe('41484');
    expect(read.steps.some((s) => s.label === 'Source of the amount')).toBe(false);
  });

  it('CCPA before the CPRA (2020-2022): the $7,500 tier covered intentional violations only, not minors’ data', () => {
    const r = perViolationMaximum({
      provision: 'CCPA 1798.155',
      violations: 1,
      asOf: '2022-06-01',
      intentionalOrMinors: true,
    });
    expect(r.perViolation.amount).toBe('7500');
    expect(r.steps.some((s) => s.label === 'Minors’ data')).toBe(true);
    const cpra = perViolationMaximum({
      provision: 'CCPA 1798.155',
      violations: 1,
      asOf: '2023-01-01',
      intentionalOrMinors: true,
    });
    expect(cpra.steps.some((s) => s.label === 'Minors’ data')).toBe(false);
  });

  it('warns that adjustments after the date it was checked are not known', () => {
    const later = perViolationMaximum({ provision: 'FTC Act 5(m)(1)(A)', violations: 1, asOf: '2026-06-01' });
    expect(later.steps.at(-1)?.severity).toBe('warning');
  });

  it('refuses unknown provisions, dates before the first version and fractional counts', () => {
    expect(() => perViolationMaximum({ provision: 'COPPA', violations: 1, asOf: '2025-06-01' })).toThrow(
      UnknownProvisionError,
    );
    // Before the first bundled FTC amount the data stop, not the law: DataCoverageError.
    expect(() =>
      perViolationMaximum({ provision: 'FTC Act 5(l)', violations: 1, asOf: '2009-02-08' }),
    ).toThrow(DataCoverageError);
    // The CCPA itself is operative from 1 January 2020 (Civ. Code §1798.198).
    expect(() =>
      perViolationMaximum({ provision: 'CCPA 1798.155', violations: 1, asOf: '2019-12-31' }),
    ).toThrow(NotInForceError);
    expect(() =>
      perViolationMaximum({ provision: 'FTC Act 5(l)', violations: 1.5, asOf: '2025-06-01' }),
    ).toThrow(ValidationError);
  });
});
