import { describe, expect, it } from 'vitest';
import { legalMaximum, maximumFine, parseProfile } from '../../src/index.js';
import { aProfile } from '../../src/testing/index.js';

// The examples of README.md, so that the documentation cannot drift from what the code does.
describe('README examples', () => {
  const profile = parseProfile({
    name: 'Acme Analytics SAS',
    undertaking: 'Acme Group SE',
    financialYears: [
      {
        year: 2024,
        end: '2024-12-31',
        scope: 'undertaking',
        turnover: { amount: '2400000000', currency: 'EUR' },
      },
    ],
    establishments: [{ country: 'FR', main: true }],
    roles: ['controller'],
  });

  it('legalMaximum: 4 % of EUR 2.4bn is EUR 96m', () => {
    const cap = legalMaximum({ profile, provision: 'GDPR 83(5)', asOf: '2025-06-30' });
    expect(cap.amount).toEqual({ amount: '96000000', currency: 'EUR' });
    expect(cap.basis).toBe('turnover');
  });

  it('maximumFine: linked infringements capped at the gravest', () => {
    const total = maximumFine({
      profile,
      regime: 'GDPR',
      articles: ['5(1)(f)', 'Art. 32', 'GDPR Art. 33'],
      asOf: '2025-06-30',
      linked: true,
    });
    expect(total.amount).toEqual({ amount: '96000000', currency: 'EUR' });
    expect(total.gravestInfringement).toBe('GDPR 83(5)');
  });

  it('lexposure/testing: a 40-person vendor faces the fixed EUR 20m', () => {
    const vendor = aProfile('Acme SaaS')
      .establishedIn('DE')
      .processor()
      .withTurnover(2024, '6000000', 'EUR', { scope: 'entity', employees: 40 })
      .build();
    expect(
      legalMaximum({ profile: vendor, provision: 'GDPR 83(5)', asOf: '2025-06-30' }).amount?.amount,
    ).toBe('20000000');
  });
});
