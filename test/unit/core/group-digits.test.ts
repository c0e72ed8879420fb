import { describe, expect, it } from 'vitest';
import { groupDigits } from '../../../src/core/group-digits.js';

describe('groupDigits', () => {
  it('groups as English toLocaleString does for whole numbers (an independent formatter)', () => {
    let seed = 7;
    for (let i = 0; i < 2_000; i++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      const m = Math.floor((seed / 2_147_483_648) * 10 ** (1 + (i % 15)));
      const n = i % 7 === 0 && m !== 0 ? -m : m;
      expect(groupDigits(n)).toBe(n.toLocaleString('en'));
      expect(groupDigits(String(n))).toBe(n.toLocaleString('en'));
    }
  });

  it('writes the edge cases', () => {
    expect(groupDigits('0')).toBe('0');
    expect(groupDigits('')).toBe('0');
    expect(groupDigits('999')).toBe('999');
    expect(groupDigits('1000')).toBe('1,000');
    expect(groupDigits('123456789012345678901234567890')).toBe('123,456,789,012,345,678,901,234,567,890');
  });
});
