import { describe, expect, it } from 'vitest';
import {
  fineProvisions,
  type LegalMaximum,
  legalMaximum,
  NotInForceError,
  type ProfileArg,
  provisionById,
} from '../../../src/index.js';
import { aProfile } from '../../../src/testing/index.js';
import { divideHalfEven, toDecimal } from '../../helpers/exact.js';
import { eurProfile, fixtureProfile } from '../../helpers/profiles.js';

/** An entity-scope EUR profile: the provider's own turnover, as the DSA takes it. */
function providerProfile(amount: string, year = 2024) {
  return eurProfile(amount, { year, scope: 'entity' });
}

function cap(profile: ProfileArg, provision: string, asOf: string, sme?: boolean): LegalMaximum {
  return legalMaximum({ profile, provision, asOf, ...(sme === undefined ? {} : { sme }) });
}

describe('the provision ids the design names', () => {
  it.each([
    'GDPR 83(4)',
    'GDPR 83(5)',
    'GDPR 83(6)',
    'DSA 52(3)',
    'DSA 74(1)',
    'DSA 74(2)',
    'DMA 30(1)',
    'DMA 30(2)',
    'DMA 30(3)',
    'AI Act 99(3)',
    'AI Act 99(4)',
    'AI Act 99(5)',
    'AI Act 101',
    'NIS2 34(4)',
    'NIS2 34(5)',
    'UK GDPR standard',
    'UK GDPR higher',
    'FR LIL 20 IV 7°',
    'FR LIL 20 IV 7° raised',
  ])('%s is modelled, with a cited version', (id) => {
    const provision = provisionById(id);
    expect(provision.id).toBe(id);
    expect(provision.versions.length).toBeGreaterThan(0);
    for (const v of provision.versions) expect(v.citation.url).toMatch(/^https:\/\//);
  });

  it('reads ids as users write them', () => {
    expect(provisionById('dsa art. 74(1)').id).toBe('DSA 74(1)');
    expect(provisionById('Art. 30(2) DMA').id).toBe('DMA 30(2)');
    expect(provisionById('ai act 99(3)').id).toBe('AI Act 99(3)');
    expect(provisionById('NIS 2 34(5)').id).toBe('NIS2 34(5)');
    expect(fineProvisions().length).toBe(23);
  });
});

describe('DSA: shares of turnover with no fixed amount', () => {
  // Art. 52(3): 6 % of the provider's annual worldwide turnover; 1 % for information failures.
  it('Art. 52(3): 6 % of EUR 1,234,567.89 = EUR 74,074.0734', () => {
    const result = cap(providerProfile('1234567.89'), 'DSA 52(3)', '2025-03-01');
    expect(result.amount).toEqual({ amount: '74074.0734', currency: 'EUR' });
    expect(result.basis).toBe('turnover');
    expect(result.fixed).toBeNull();
    expect(result.imposedBy).toBe('national authority');
  });

  it('Art. 52(3) second sentence: 1 %', () => {
    const result = cap(providerProfile('1234567.89'), 'DSA 52(3) information', '2025-03-01');
    expect(result.amount).toEqual({ amount: '12345.6789', currency: 'EUR' });
  });

  it('a turnover of zero gives a maximum of zero: the act sets no floor', () => {
    expect(cap(providerProfile('0'), 'DSA 74(1)', '2025-03-01').amount).toEqual({
      amount: '0',
      currency: 'EUR',
    });
  });

  it('Art. 74(1) and (2): the Commission, 6 % and 1 %', () => {
    const six = cap(providerProfile('500000000000'), 'DSA 74(1)', '2025-03-01');
    expect(six.amount).toEqual({ amount: '30000000000', currency: 'EUR' });
    expect(six.imposedBy).toBe('European Commission');
    expect(cap(providerProfile('500000000000'), 'DSA 74(2)', '2025-03-01').amount?.amount).toBe('5000000000');
  });

  it('Art. 93(2): the Member States’ penalties apply from 17 February 2024, the Commission’s from 16 November 2022', () => {
    expect(() => cap(providerProfile('1000000', 2023), 'DSA 52(3)', '2024-02-16')).toThrow(NotInForceError);
    expect(cap(providerProfile('1000000', 2023), 'DSA 52(3)', '2024-02-17').amount?.amount).toBe('60000');
    const profile = providerProfile('1000000', 2021);
    expect(() => cap(profile, 'DSA 74(1)', '2022-11-15')).toThrow(NotInForceError);
    expect(cap(profile, 'DSA 74(1)', '2022-11-16').amount?.amount).toBe('60000');
  });

  it('takes the provider’s own turnover; the group’s stands in, with a warning, when only it is given', () => {
    const group = cap(fixtureProfile('amazon-store-vlop'), 'DSA 74(1)', '2024-06-01');
    // Amazon.com, Inc. FY2023 net sales USD 574,785,000,000 at the ECB 2023 average 1.0813.
    const eurCents = divideHalfEven(574_785_000_000n * 100n * 10_000n, 10_813n);
    expect(group.turnover?.amount.amount).toBe(toDecimal(eurCents, 2));
    expect(group.amount?.amount).toBe(toDecimal(eurCents * 6n, 4));
    const scope = group.steps.find((s) => s.label === 'Turnover scope');
    expect(scope).toMatchObject({ value: 'undertaking, standing in for the entity', severity: 'warning' });
  });
});

describe('DMA Art. 30: 10 %, 20 % for a repeat, 1 % for information failures', () => {
  const profile = eurProfile('200000000000', { year: 2024 });
  it.each([
    ['DMA 30(1)', '20000000000'],
    ['DMA 30(2)', '40000000000'],
    ['DMA 30(3)', '2000000000'],
  ])('%s of EUR 200bn = EUR %s', (provision, expected) => {
    expect(cap(profile, provision, '2025-06-01').amount).toEqual({ amount: expected, currency: 'EUR' });
  });

  it('applies from 2 May 2023 (Art. 54)', () => {
    expect(() => cap(eurProfile('1', { year: 2022 }), 'DMA 30(1)', '2023-05-01')).toThrow(NotInForceError);
    expect(cap(eurProfile('1', { year: 2022 }), 'DMA 30(1)', '2023-05-02').amount?.amount).toBe('0.1');
  });
});

describe('AI Act Art. 99: higher of the two, lower of the two for SMEs (Art. 99(6))', () => {
  // 99(3): EUR 35m or 7 %; 99(4): EUR 15m or 3 %; 99(5): EUR 7.5m or 1 %.
  it.each([
    ['AI Act 99(3)', '8000000', true, '560000', 'turnover'],
    ['AI Act 99(3)', '8000000', false, '35000000', 'fixed'],
    ['AI Act 99(4)', '8000000', true, '240000', 'turnover'],
    ['AI Act 99(5)', '8000000', true, '80000', 'turnover'],
    ['AI Act 99(3)', '1000000000', true, '35000000', 'fixed'],
    ['AI Act 99(3)', '1000000000', false, '70000000', 'turnover'],
    // The crossover of 99(3): 7 % × EUR 500m = EUR 35m, for SMEs and others alike.
    ['AI Act 99(3)', '500000000', true, '35000000', 'fixed'],
    ['AI Act 99(3)', '500000000', false, '35000000', 'fixed'],
    ['AI Act 99(3)', '500000000.01', false, '35000000.0007', 'turnover'],
    ['AI Act 99(3)', '500000000.01', true, '35000000', 'fixed'],
  ])('%s, turnover EUR %s, SME %s → EUR %s (%s)', (provision, turnover, sme, expected, basis) => {
    const result = cap(eurProfile(turnover, { year: 2025 }), provision, '2026-03-01', sme);
    expect(result.amount).toEqual({ amount: expected, currency: 'EUR' });
    expect(result.basis).toBe(basis);
    expect(result.sme).toBe(sme);
    expect(result.rule.combination).toBe(sme ? 'lower' : 'higher');
  });

  it('derives SME status from the profile (Recommendation 2003/361/EC): the bundled AI provider is small', () => {
    const result = cap(fixtureProfile('ai-provider-sme'), 'AI Act 99(3)', '2026-03-01');
    // 45 persons, EUR 8,000,000 turnover in 2025: small; 7 % × 8,000,000 = 560,000 < 35,000,000.
    expect(result.sme).toBe(true);
    expect(result.amount).toEqual({ amount: '560000', currency: 'EUR' });
  });

  it('applies the general rule, with a warning, when the size cannot be judged', () => {
    const result = cap(eurProfile('8000000', { year: 2025 }), 'AI Act 99(3)', '2026-03-01');
    expect(result.sme).toBe(false);
    expect(result.amount?.amount).toBe('35000000');
    expect(result.steps.find((s) => s.label === 'SME, including start-ups')?.severity).toBe('warning');
  });

  it('dates: Art. 99 from 2 August 2025, Art. 101 from 2 August 2026 (Art. 113)', () => {
    const profile = eurProfile('1000000000', { year: 2024 });
    expect(() => cap(profile, 'AI Act 99(3)', '2025-08-01', false)).toThrow(NotInForceError);
    expect(cap(profile, 'AI Act 99(3)', '2025-08-02', false).amount?.amount).toBe('70000000');
    const later = eurProfile('1000000000', { year: 2025 });
    expect(() => cap(later, 'AI Act 101', '2026-08-01')).toThrow(NotInForceError);
    // 101: EUR 15m or 3 %, higher; no SME rule.
    expect(cap(later, 'AI Act 101', '2026-08-02').amount?.amount).toBe('30000000');
  });

  it('leaves public authorities to national law (Art. 99(8))', () => {
    const profile = aProfile('Agency').withTurnover(2025, '1000000').publicAuthority().build();
    const result = cap(profile, 'AI Act 99(4)', '2026-03-01');
    expect(result.basis).toBe('national-law');
    expect(result.steps.at(-1)?.citation?.provision).toBe('Art. 99(8)');
  });
});

describe('NIS2 Art. 34: the least the national maximum must be', () => {
  it.each([
    ['NIS2 34(4)', '100000000', '10000000', 'fixed'],
    ['NIS2 34(4)', '600000000', '12000000', 'turnover'],
    ['NIS2 34(5)', '100000000', '7000000', 'fixed'],
    // 1.4 % × 500,000,000 = 7,000,000: the crossover of 34(5).
    ['NIS2 34(5)', '500000000', '7000000', 'fixed'],
    ['NIS2 34(5)', '600000000', '8400000', 'turnover'],
  ])('%s, turnover EUR %s → at least EUR %s', (provision, turnover, expected, basis) => {
    const result = cap(eurProfile(turnover, { year: 2024 }), provision, '2025-01-15');
    expect(result.amount).toEqual({ amount: expected, currency: 'EUR' });
    expect(result.basis).toBe(basis);
    expect(result.nature).toBe('minimum-of-maximum');
    expect(result.steps.at(-1)?.label).toBe(`Maximum national law must at least provide under ${provision}`);
  });

  it('applies from 18 October 2024 (Art. 41(1))', () => {
    expect(() => cap(eurProfile('1', { year: 2023 }), 'NIS2 34(4)', '2024-10-17')).toThrow(NotInForceError);
  });
});

describe('UK GDPR, Data Protection Act 2018 s.157: pounds', () => {
  function gbp(amount: string) {
    return aProfile('UK Ltd').withTurnover(2024, amount, 'GBP').build();
  }
  it.each([
    // s.157(6): £8.7m or 2 %; crossover at £435m.
    ['UK GDPR standard', '435000000', '8700000', 'fixed'],
    ['UK GDPR standard', '435000000.01', '8700000.0002', 'turnover'],
    // s.157(5): £17.5m or 4 %; crossover at £437.5m.
    ['UK GDPR higher', '437500000', '17500000', 'fixed'],
    ['UK GDPR higher', '1000000000', '40000000', 'turnover'],
  ])('%s, turnover GBP %s → GBP %s', (provision, turnover, expected, basis) => {
    const result = cap(gbp(turnover), provision, '2025-06-01');
    expect(result.amount).toEqual({ amount: expected, currency: 'GBP' });
    expect(result.basis).toBe(basis);
  });

  it('converts a euro turnover into pounds through the ECB rates', () => {
    const result = cap(eurProfile('1000000000', { year: 2024 }), 'UK GDPR higher', '2025-06-01');
    // EUR 1,000,000,000 × 0.84662 (ECB 2024 average GBP) = GBP 846,620,000; 4 % = 33,864,800.
    expect(result.turnover?.amount).toEqual({ amount: '846620000', currency: 'GBP' });
    expect(result.amount).toEqual({ amount: '33864800', currency: 'GBP' });
  });

  it('does not apply before 1 January 2021', () => {
    expect(() => cap(gbp('1'), 'UK GDPR higher', '2020-12-31')).toThrow(NotInForceError);
  });
});
