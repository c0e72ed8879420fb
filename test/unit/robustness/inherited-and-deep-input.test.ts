import { describe, expect, it } from 'vitest';
import { MAX_INPUT_DEPTH } from '../../../src/core/own-data.js';
import * as L from '../../../src/index.js';

// Issue 19: "an inherited holidays property moves a deadline". A schema reads input[key], which
// finds keys on the prototype too; the entry points read only the caller's own properties.
describe('inherited properties and deep or cyclic input', () => {
  it('an inherited holidays list does not move a deadline', () => {
    // GDPR Art. 12(3): one month from receipt on 1 January 2026 ends on Sunday 1 February, moved
    // to Monday 2 February (Regulation 1182/71, Art. 3(4)). A holiday on 2 February set on the
    // prototype would move it to the 3rd.
    const own = L.deadline({ timeLimit: 'GDPR 12(3)', from: '2026-01-01' });
    expect(own.lastDay).toBe('2026-02-02');
    const inherited = Object.assign(Object.create({ holidays: ['2026-02-02'] }), {
      timeLimit: 'GDPR 12(3)',
      from: '2026-01-01',
    });
    expect(L.deadline(inherited).lastDay).toBe('2026-02-02');
    // Given as its own property, the holiday counts.
    expect(
      L.deadline({ timeLimit: 'GDPR 12(3)', from: '2026-01-01', holidays: ['2026-02-02'] }).lastDay,
    ).toBe('2026-02-03');
  });

  it('an inherited turnover is not read: the profile has none of its own', () => {
    const base = {
      name: 'Inherits SA',
      roles: ['controller'],
      establishments: [{ country: 'FR' }],
    };
    const years = Object.create({
      0: {
        year: 2024,
        end: '2024-12-31',
        scope: 'undertaking',
        turnover: { amount: '1000000000', currency: 'EUR' },
      },
      length: 1,
    });
    expect(() =>
      L.legalMaximum({
        profile: { ...base, financialYears: years } as never,
        provision: 'GDPR 83(5)',
        asOf: '2025-06-30',
      }),
    ).toThrow(L.ValidationError);
    const inherited = Object.assign(
      Object.create({
        financialYears: [
          {
            year: 2024,
            end: '2024-12-31',
            scope: 'undertaking',
            turnover: { amount: '1000000000', currency: 'EUR' },
          },
        ],
      }),
      base,
    );
    // Without a turnover of its own the cap cannot be worked out: never 4 % of a turnover the
    // caller did not give (€40m here).
    expect(() => L.legalMaximum({ profile: inherited, provision: 'GDPR 83(5)', asOf: '2025-06-30' })).toThrow(
      expect.objectContaining({ code: 'MISSING_TURNOVER' }),
    );
  });

  it(`input nested deeper than ${MAX_INPUT_DEPTH} levels, or cyclic, is a ValidationError`, () => {
    const cyclic: Record<string, unknown> = { name: 'Loop' };
    cyclic.self = cyclic;
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = { deep };
    for (const profile of [cyclic, deep]) {
      const t = performance.now();
      try {
        L.parseProfile(profile);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(L.ValidationError);
        expect((error as L.ValidationError).issues[0]?.code).toBe('too_deep');
      }
      expect(performance.now() - t).toBeLessThan(100);
    }
  });

  it('a frozen result passed back is read once and remembered, not copied', () => {
    const profile = L.parseProfile({
      name: 'Round Trip SA',
      roles: ['controller'],
      establishments: [{ country: 'FR' }],
      financialYears: [
        {
          year: 2024,
          end: '2024-12-31',
          scope: 'undertaking',
          turnover: { amount: '1000000000', currency: 'EUR' },
        },
      ],
    });
    const a = L.legalMaximum({ profile, provision: 'GDPR 83(5)', asOf: '2025-06-30' });
    const b = L.legalMaximum({ profile, provision: 'GDPR 83(5)', asOf: '2025-06-30' });
    // 4 % of €1bn (Art. 83(5)).
    expect(a.amount?.amount).toBe('40000000');
    expect(b).toEqual(a);
  });
});

describe('error messages stay short', () => {
  it('a 10 MB currency code gives a short message (issue 19: a 10-million-character message)', () => {
    const profile = {
      name: 'Long Code SA',
      financialYears: [
        {
          year: 2024,
          end: '2024-12-31',
          scope: 'undertaking',
          turnover: { amount: '1', currency: 'X'.repeat(1e7) },
        },
      ],
    };
    try {
      L.legalMaximum({ profile: profile as never, provision: 'GDPR 83(5)', asOf: '2025-06-30' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(L.ValidationError);
      expect((error as Error).message.length).toBeLessThan(1_000);
      expect((error as Error).message).toContain('unknown currency "XXXXXXXXXXXX…"');
    }
  });
});
