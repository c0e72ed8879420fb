import { describe, expect, it } from 'vitest';
import {
  type CompanyProfileInput,
  edpbFine,
  estimateExposure,
  type LegalMaximumArgs,
  legalMaximum,
  maximumFine,
  parseProfile,
  riskScore,
  simulate,
  ValidationError,
} from '../../../src/index.js';

// Issue 17, typed inputs: every entry point's argument is its schema's input type, so that a
// misspelt key or a wrong word fails when the caller compiles (`npm run typecheck` compiles this
// file: each @ts-expect-error below fails the build if the compiler stops refusing the line), and
// the same call still fails at run time for a JavaScript caller or a JSON file.

/** GDPR Art. 83(5): 4 % of the undertaking's EUR 1bn = EUR 40m. */
const profile = {
  name: 'Typed Example SA',
  roles: ['controller'],
  establishments: [{ country: 'FR', main: true }],
  financialYears: [
    {
      year: 2024,
      end: '2024-12-31',
      scope: 'undertaking',
      turnover: { amount: '1000000000', currency: 'EUR' },
    },
  ],
} as const;
const asOf = '2025-06-30';

describe('what the compiler accepts', () => {
  it('a readonly (as const) profile, an annotated one and a parsed one give the same figure', () => {
    const annotated: CompanyProfileInput = {
      ...profile,
      roles: [...profile.roles],
      establishments: [...profile.establishments],
      financialYears: [...profile.financialYears],
    };
    const args: LegalMaximumArgs = { profile, provision: 'GDPR 83(5)', asOf };
    expect(legalMaximum(args).amount).toEqual({ amount: '40000000', currency: 'EUR' });
    expect(legalMaximum({ ...args, profile: annotated }).amount).toEqual(legalMaximum(args).amount);
    expect(legalMaximum({ ...args, profile: parseProfile(profile) }).amount).toEqual(
      legalMaximum(args).amount,
    );
  });

  it("takes a simulation's mean as riskScore's expected loss", () => {
    const sim = simulate({
      profile,
      asOf,
      iterations: 100,
      seed: 1,
      scenarios: [
        {
          id: 's',
          provision: 'GDPR 83(5)',
          frequency: { probability: '0.1' },
          severity: { kind: 'fixed', value: '1000' },
        },
      ],
    });
    expect(riskScore({ profile, asOf, expectedLoss: sim.total.mean }).grade).toMatch(/^[A-F]$/);
  });
});

describe('what the compiler refuses, and the schema refuses too', () => {
  it('a misspelt key', () => {
    // @ts-expect-error: "provison" is not a key (provision is)
    expect(() => legalMaximum({ profile, provison: 'GDPR 83(5)', asOf })).toThrow(ValidationError);
    // @ts-expect-error: "explian" is not a key
    expect(() => legalMaximum({ profile, provision: 'GDPR 83(5)', asOf, explian: false })).toThrow(
      /Unrecognized key: "explian"/,
    );
  });

  it('a misspelt key or word inside the profile', () => {
    // @ts-expect-error: "controler" is not a role
    expect(() => estimateExposure({ profile: { ...profile, roles: ['controler'] }, asOf })).toThrow(
      /profile\.roles\[0\]/,
    );
    const year = {
      year: 2024,
      end: '2024-12-31',
      scope: 'undertaking',
      turnovr: { amount: '1', currency: 'EUR' },
    } as const;
    const misspelt = { ...profile, financialYears: [year] } as const;
    // @ts-expect-error: "turnovr" is not a key of a financial year
    expect(() => legalMaximum({ profile: misspelt, provision: 'GDPR 83(5)', asOf })).toThrow(ValidationError);
  });

  it("a regime the library does not know, and a seriousness outside the method's words", () => {
    // @ts-expect-error: the CCPA is not a regime of the library
    expect(() => maximumFine({ profile, regime: 'CCPA', articles: ['6'], asOf })).toThrow(ValidationError);
    expect(() =>
      edpbFine({
        profile,
        asOf,
        // @ts-expect-error: seriousness is a string ("low", "medium", "high" or an alias)
        infringement: { articles: ['6'], seriousness: 3 },
      }),
    ).toThrow(ValidationError);
  });
});
