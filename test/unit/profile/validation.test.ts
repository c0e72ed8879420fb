import { describe, expect, it } from 'vitest';
import {
  type CompanyProfileInput,
  LexposureError,
  legalMaximum,
  parseProfile,
  ValidationError,
} from '../../../src/index.js';

function base() {
  return {
    name: 'Acme SA',
    financialYears: [
      {
        year: 2023,
        end: '2023-12-31',
        scope: 'undertaking',
        turnover: { amount: '1000000', currency: 'EUR' },
      },
    ],
  } as Record<string, unknown> & { financialYears: Array<Record<string, unknown>> };
}

function issuesOf(input: unknown): Array<{ path: string; message: string }> {
  try {
    parseProfile(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toBeInstanceOf(LexposureError);
    expect((error as ValidationError).code).toBe('VALIDATION_ERROR');
    return (error as ValidationError).issues.map((i) => ({ path: i.field, message: i.message }));
  }
  throw new Error('the profile was accepted');
}

function withTurnover(amount: unknown, currency: unknown = 'EUR') {
  const p = base();
  p.financialYears[0] = { ...p.financialYears[0], turnover: { amount, currency } };
  return p;
}

const AMOUNT = 'profile.financialYears[0].turnover.amount';

describe('a profile with bad input gets a ValidationError naming the field', () => {
  it('negative turnover', () => {
    expect(issuesOf(withTurnover('-5'))).toEqual([{ path: AMOUNT, message: 'must not be negative, got -5' }]);
  });

  it('non-numeric turnover', () => {
    expect(issuesOf(withTurnover('a lot'))[0]).toMatchObject({
      path: AMOUNT,
      message: expect.stringMatching(/not a plain decimal/),
    });
    expect(issuesOf(withTurnover(null))[0]).toMatchObject({
      path: AMOUNT,
      message: expect.stringMatching(/got null/),
    });
    expect(issuesOf(withTurnover(Number.NaN))[0]?.path).toBe(AMOUNT);
  });

  it('a float like 0.1 + 0.2', () => {
    expect(issuesOf(withTurnover(0.1 + 0.2))[0]).toMatchObject({
      path: AMOUNT,
      message: expect.stringMatching(/0\.30000000000000004 is a binary float/),
    });
  });

  it('unknown currency', () => {
    expect(issuesOf(withTurnover('5', 'EURO'))).toEqual([
      {
        path: 'profile.financialYears[0].turnover.currency',
        message: 'unknown currency "EURO": expected an active ISO 4217 code such as "EUR" or "USD"',
      },
    ]);
    expect(issuesOf(withTurnover('5', 'eur'))[0]?.path).toBe('profile.financialYears[0].turnover.currency');
  });

  it('impossible dates', () => {
    const p = base();
    p.financialYears[0] = { ...p.financialYears[0], end: '2023-02-30' };
    expect(issuesOf(p)[0]).toMatchObject({
      path: 'profile.financialYears[0].end',
      message: expect.stringMatching(/not a calendar date/),
    });
    const q = base();
    q.financialYears[0] = { ...q.financialYears[0], start: '2024-01-01' };
    expect(issuesOf(q)[0]).toMatchObject({
      path: 'profile.financialYears[0].start',
      message: expect.stringMatching(/not before end/),
    });
  });

  it('missing fields', () => {
    const p = base();
    delete p.name;
    expect(issuesOf(p)[0]?.path).toBe('profile.name');
    const q = base();
    delete q.financialYears[0]?.scope;
    expect(issuesOf(q)[0]?.path).toBe('profile.financialYears[0].scope');
    expect(issuesOf(null)[0]?.path).toBe('profile');
  });

  it('unknown keys, so a typo is never silently ignored', () => {
    const p = { ...base(), turnovr: '5' };
    expect(issuesOf(p)[0]?.message).toMatch(/turnovr/);
  });

  it('a year label that does not match the year end, and duplicated years', () => {
    const p = base();
    p.financialYears[0] = { ...p.financialYears[0], year: 2020 };
    expect(issuesOf(p)[0]).toMatchObject({ path: 'profile.financialYears[0].year' });
    const q = base();
    q.financialYears.push({ ...q.financialYears[0] });
    expect(issuesOf(q)[0]).toMatchObject({
      path: 'profile.financialYears[1]',
      message: expect.stringMatching(/second undertaking figure/),
    });
  });

  it('reports every problem at once', () => {
    const p = withTurnover('-1', 'XXX');
    expect(issuesOf(p).map((i) => i.path)).toEqual([AMOUNT, 'profile.financialYears[0].turnover.currency']);
  });
});

describe('legalMaximum arguments', () => {
  // A valid profile, typed as one: the wrong arguments below are refused by the compiler too
  // (@ts-expect-error), and at run time by the schema, which this test checks.
  const valid = base as () => CompanyProfileInput;
  it('names a bad date, a bad option and a missing provision', () => {
    expect(() => legalMaximum({ profile: valid(), provision: 'GDPR 83(5)', asOf: '2021-13-01' })).toThrow(
      /asOf: "2021-13-01" is not a calendar date/,
    );
    expect(() =>
      // @ts-expect-error: 'spot' is not a conversion basis ('annual-average' or 'year-end')
      legalMaximum({ profile: valid(), provision: 'GDPR 83(5)', asOf: '2024-01-01', fx: { basis: 'spot' } }),
    ).toThrow(/fx\.basis/);
    // @ts-expect-error: the provision is required
    expect(() => legalMaximum({ profile: valid(), asOf: '2024-01-01' })).toThrow(/provision/);
    expect(() =>
      legalMaximum({ profile: { name: '' }, provision: 'GDPR 83(5)', asOf: '2024-01-01' }),
    ).toThrow(/profile\.name: must not be empty/);
    // @ts-expect-error: the argument is an object, not a provision
    expect(() => legalMaximum('GDPR 83(5)')).toThrow(ValidationError);
  });

  it('validates exchange rates the caller passes', () => {
    const valid = base as () => CompanyProfileInput;
    const fx = {
      rates: [
        { base: 'USD', quote: 'GBP', rate: '0.8', kind: 'average' as const, date: '2023-12-31', source: 'x' },
      ],
    };
    expect(() => legalMaximum({ profile: valid(), provision: 'GDPR 83(5)', asOf: '2024-01-01', fx })).toThrow(
      /fx\.rates\[0\]\.base: rates must be quoted against the euro.*fx\.rates\[0\]\.period: an average rate needs the period/,
    );
  });
});

describe('a parsed profile', () => {
  it('is frozen and passes through parseProfile unchanged', () => {
    const parsed = parseProfile(base());
    expect(Object.isFrozen(parsed)).toBe(true);
    expect(Object.isFrozen(parsed.financialYears[0])).toBe(true);
    expect(parseProfile(parsed)).toBe(parsed);
    expect(parsed.publicAuthority).toBe(false);
    expect(parsed.financialYears[0]?.turnover.amount.toFixed()).toBe('1000000');
  });
});

describe('a validation issue carries its code and key-array path, as zod writes them', () => {
  it('a negative amount: a custom issue at profile → financialYears → 0 → turnover → amount', () => {
    try {
      parseProfile(withTurnover('-5'));
      throw new Error('the profile was accepted');
    } catch (error) {
      const [issue] = (error as ValidationError).issues;
      expect(issue?.code).toBe('custom');
      expect(issue?.path).toEqual(['profile', 'financialYears', 0, 'turnover', 'amount']);
      expect(issue?.field).toBe(AMOUNT);
    }
  });

  it('an unknown key: unrecognized_keys; a missing name: invalid_type', () => {
    const p = { ...base(), colour: 'blue' };
    const unknownKey = (() => {
      try {
        parseProfile(p);
      } catch (error) {
        return (error as ValidationError).issues[0];
      }
    })();
    expect(unknownKey?.code).toBe('unrecognized_keys');
    expect(unknownKey?.path).toEqual(['profile']);
    const { name: _name, ...nameless } = base();
    const missing = (() => {
      try {
        parseProfile(nameless);
      } catch (error) {
        return (error as ValidationError).issues[0];
      }
    })();
    expect(missing).toMatchObject({
      code: 'invalid_type',
      path: ['profile', 'name'],
      message: 'is required',
    });
  });
});
