import { describe, expect, it } from 'vitest';
import {
  legalMaximum,
  maximumFine,
  obligationsFor,
  parseProfile,
  perViolationMaximum,
} from '../../src/index.js';
import { aProfile } from '../../src/testing/index.js';
import { fixtureProfile } from '../helpers/profiles.js';

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

  it('obligationsFor: the small hosting provider’s notice and action duty', () => {
    const result = obligationsFor({ profile: fixtureProfile('small-hosting-provider'), asOf: '2025-06-01' });
    expect(result.obligations.find((o) => o.article === 'Art. 16')).toMatchObject({
      regime: 'DSA',
      tier: 'hosting service',
      service: 'Example Web Hosting',
      status: 'applies',
      appliesFrom: '2024-02-17',
      finedUnder: 'DSA 52(3)',
    });
  });

  it('perViolationMaximum: the FTC and CCPA amounts the README states', () => {
    const at = (provision: string, asOf: string, intentionalOrMinors = false) =>
      perViolationMaximum({ provision, violations: 1, asOf, intentionalOrMinors }).perViolation.amount;
    expect(at('FTC Act 5(l)', '2025-01-17')).toBe('53088');
    expect(at('FTC Act 5(l)', '2025-01-16')).toBe('51744');
    expect([at('CCPA 1798.155', '2024-12-31'), at('CCPA 1798.155', '2024-12-31', true)]).toEqual([
      '2500',
      '7500',
    ]);
    expect([at('CCPA 1798.155', '2025-01-01'), at('CCPA 1798.155', '2025-01-01', true)]).toEqual([
      '2663',
      '7988',
    ]);
  });
});

describe('README sanctions table', () => {
  it('is what `lexposure sanctions --regime GDPR --format markdown` prints', async () => {
    const { sanctions } = await import('../../src/sanctions/index.js');
    const { formatSanctionsOverview, sanctionsOverview } = await import('../../src/report/sanctions.js');
    const { expectReadmeBlock } = await import('../helpers/readme-block.js');
    expectReadmeBlock(
      'sanctions',
      formatSanctionsOverview(sanctionsOverview(sanctions, { regime: 'GDPR' }, 5), 'markdown'),
    );
  });
});
