import { describe, expect, it } from 'vitest';
import {
  type CompanyProfileInput,
  type LegalMaximum,
  legalMaximum,
  MissingTurnoverError,
  NotInForceError,
  parseProfile,
  UnknownProvisionError,
} from '../../../src/index.js';
import { divideHalfEven, toDecimal } from '../../helpers/exact.js';
import { eurProfile, fixtureProfile } from '../../helpers/profiles.js';

const AS_OF = '2024-06-30';

function cap(amount: string, provision: string): LegalMaximum {
  return legalMaximum({ profile: eurProfile(amount), provision, asOf: AS_OF });
}

describe('GDPR Art. 83(5): EUR 20,000,000 or 4 % of turnover, whichever is higher', () => {
  // 4 % × 500,000,000 = 20,000,000: the crossover of the two limbs.
  it.each([
    ['0', '20000000', 'fixed'],
    ['6150000', '20000000', 'fixed'],
    ['499999999.99', '20000000', 'fixed'],
    ['500000000', '20000000', 'fixed'],
    ['500000000.01', '20000000.0004', 'turnover'],
    ['1000000000', '40000000', 'turnover'],
    ['338000350201.37', '13520014008.0548', 'turnover'],
  ])('turnover EUR %s → cap EUR %s (%s)', (turnover, expected, basis) => {
    const result = cap(turnover, 'GDPR 83(5)');
    expect(result.amount).toEqual({ amount: expected, currency: 'EUR' });
    expect(result.basis).toBe(basis);
    expect(result.fixed).toEqual({ amount: '20000000', currency: 'EUR' });
    expect(result.turnoverShare?.rate).toBe('0.04');
  });

  it('gives the share of turnover exactly, even below the fixed amount', () => {
    expect(cap('499999999.99', 'GDPR 83(5)').turnoverShare?.amount.amount).toBe('19999999.9996');
  });

  it('gives Art. 83(6) the same limbs', () => {
    expect(cap('500000000.01', 'GDPR 83(6)').amount?.amount).toBe('20000000.0004');
    expect(cap('1', 'GDPR 83(6)').amount?.amount).toBe('20000000');
  });
});

describe('GDPR Art. 83(4): EUR 10,000,000 or 2 % of turnover, whichever is higher', () => {
  it.each([
    ['499999999.99', '10000000', 'fixed'],
    ['500000000', '10000000', 'fixed'],
    ['500000000.01', '10000000.0002', 'turnover'],
    ['2000000000', '40000000', 'turnover'],
  ])('turnover EUR %s → cap EUR %s (%s)', (turnover, expected, basis) => {
    const result = cap(turnover, 'GDPR 83(4)');
    expect(result.amount?.amount).toBe(expected);
    expect(result.basis).toBe(basis);
  });

  it('matches LG Bonn 29 OWi 1/20: 2 % of a EUR 3.63bn turnover is EUR 72.6m', () => {
    expect(cap('3630000000', 'GDPR 83(4)').amount?.amount).toBe('72600000');
  });
});

describe('Amazon Europe Core, CNPD Luxembourg, 16 July 2021, EUR 746,000,000', () => {
  const profile = fixtureProfile('amazon-europe-core');
  const result = legalMaximum({ profile, provision: 'GDPR 83(5)', asOf: '2021-07-16' });
  // Amazon.com, Inc. FY2020 net sales USD 386,064m (Form 10-K), at the ECB 2020 average EUR 1 = USD 1.1422.
  const turnoverCents = divideHalfEven(386_064_000_000n * 100n * 10_000n, 11_422n);
  const capUnits = turnoverCents * 4n; // 4 % of cents = units of EUR 0.0001

  it("computes the cap on the undertaking's FY2020 turnover, converted at a cited rate", () => {
    expect(result.turnover).toMatchObject({
      year: 2020,
      scope: 'undertaking',
      reported: { amount: '386064000000', currency: 'USD' },
      amount: { amount: toDecimal(turnoverCents, 2), currency: 'EUR' },
    });
    expect(result.turnover?.fx?.rates[0]).toMatchObject({
      quotation: 'EUR 1 = USD 1.1422',
      date: '2020-12-31',
    });
    expect(result.amount).toEqual({ amount: toDecimal(capUnits, 4), currency: 'EUR' });
    expect(result.basis).toBe('turnover');
  });

  it('shows the fine within the cap: EUR 746m is about 5.5 % of the maximum', () => {
    expect(BigInt(746_000_000) * 10_000n).toBeLessThan(capUnits);
    expect(Number((746_000_000n * 1000n) / (capUnits / 10_000n))).toBe(55); // per mille
  });

  it('gives the same cap on the year-end rate basis only if asked, with that rate in the steps', () => {
    const yearEnd = legalMaximum({
      profile,
      provision: 'GDPR 83(5)',
      asOf: '2021-07-16',
      fx: { basis: 'year-end' },
    });
    const cents = divideHalfEven(386_064_000_000n * 100n * 10_000n, 12_271n);
    expect(yearEnd.amount?.amount).toBe(toDecimal(cents * 4n, 4));
    expect(yearEnd.steps.some((s) => s.value === 'EUR 1 = USD 1.2271')).toBe(true);
  });

  it('explains itself step by step, with citations', () => {
    const labels = result.steps.map((s) => s.label);
    expect(labels[0]).toBe('GDPR 83(5) in force on 2021-07-16');
    expect(labels).toContain('Preceding financial year');
    expect(labels).toContain('Turnover converted to EUR');
    expect(labels.at(-1)).toBe('Legal maximum under GDPR 83(5)');
    expect(result.citation).toMatchObject({ provision: 'Art. 83(5)', celex: '32016R0679' });
    const scope = result.steps.find((s) => s.label === 'Turnover scope');
    expect(scope?.citation?.provision).toBe('Recital 150');
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('whose turnover: the undertaking, not the entity', () => {
  const group: CompanyProfileInput = {
    name: 'Subsidiary GmbH',
    undertaking: 'Parent Group SE',
    financialYears: [
      { year: 2023, end: '2023-12-31', scope: 'entity', turnover: { amount: '100000000', currency: 'EUR' } },
      {
        year: 2023,
        end: '2023-12-31',
        scope: 'undertaking',
        turnover: { amount: '2000000000', currency: 'EUR' },
      },
    ],
  };

  it("uses the group's turnover when both are known (C-807/21, C-383/23)", () => {
    const result = legalMaximum({ profile: group, provision: 'GDPR 83(5)', asOf: AS_OF });
    expect(result.amount?.amount).toBe('80000000');
    expect(result.turnover?.scope).toBe('undertaking');
  });

  it("refuses to use only the entity's turnover for a member of a named group", () => {
    const entityOnly = { ...group, financialYears: group.financialYears?.slice(0, 1) };
    const run = () => legalMaximum({ profile: entityOnly, provision: 'GDPR 83(5)', asOf: AS_OF });
    expect(run).toThrow(MissingTurnoverError);
    expect(run).toThrow(
      /undertaking's \(Parent Group SE\) turnover for financial year 2023.*only the entity figure/,
    );
  });

  it("uses the entity's turnover when the caller asks, with a warning", () => {
    const result = legalMaximum({
      profile: group,
      provision: 'GDPR 83(5)',
      asOf: AS_OF,
      turnover: { scope: 'entity' },
    });
    expect(result.amount?.amount).toBe('20000000');
    expect(result.turnover?.scope).toBe('entity');
    expect(result.steps.find((s) => s.label === 'Turnover scope')?.severity).toBe('warning');
  });

  it('takes a standalone company’s own turnover as the undertaking’s, and says so', () => {
    const result = legalMaximum({
      profile: eurProfile('900000000', { scope: 'entity' }),
      provision: 'GDPR 83(5)',
      asOf: AS_OF,
    });
    expect(result.amount?.amount).toBe('36000000');
    expect(result.steps.find((s) => s.label === 'Turnover scope')?.value).toBe(
      'entity, taken as the undertaking',
    );
  });
});

describe('the preceding financial year', () => {
  const years: CompanyProfileInput = {
    name: 'Retailer plc',
    financialYears: [
      {
        year: 2019,
        end: '2019-12-31',
        scope: 'undertaking',
        turnover: { amount: '1000000000', currency: 'EUR' },
      },
    ],
  };

  it('names the missing year instead of taking an older one', () => {
    try {
      legalMaximum({ profile: years, provision: 'GDPR 83(5)', asOf: '2021-07-16' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MissingTurnoverError);
      expect(error).toMatchObject({
        code: 'MISSING_TURNOVER',
        financialYear: 2020,
        financialYearEnd: '2020-12-31',
      });
      expect((error as Error).message).toMatch(/financial year 2020 \(ended 2020-12-31\)/);
    }
  });

  it('falls back to the latest earlier year only when allowed, as a warning step', () => {
    const result = legalMaximum({
      profile: years,
      provision: 'GDPR 83(5)',
      asOf: '2021-07-16',
      turnover: { allowFallback: true },
    });
    expect(result.turnover?.year).toBe(2019);
    expect(result.amount?.amount).toBe('40000000');
    const fallback = result.steps.find((s) => s.label === 'Fallback to an earlier financial year');
    expect(fallback?.severity).toBe('warning');
  });

  it('follows a financial year ending 31 March', () => {
    const march: CompanyProfileInput = {
      name: 'March Ltd',
      financialYears: [
        {
          year: 2021,
          end: '2021-03-31',
          scope: 'undertaking',
          turnover: { amount: '1000000000', currency: 'EUR' },
        },
        {
          year: 2020,
          end: '2020-03-31',
          scope: 'undertaking',
          turnover: { amount: '800000000', currency: 'EUR' },
        },
      ],
    };
    expect(legalMaximum({ profile: march, provision: 'GDPR 83(5)', asOf: '2021-03-31' }).amount?.amount).toBe(
      '32000000',
    );
    expect(legalMaximum({ profile: march, provision: 'GDPR 83(5)', asOf: '2021-04-01' }).amount?.amount).toBe(
      '40000000',
    );
  });

  it('needs at least one financial year', () => {
    expect(() => legalMaximum({ profile: { name: 'Empty' }, provision: 'GDPR 83(4)', asOf: AS_OF })).toThrow(
      MissingTurnoverError,
    );
  });
});

describe('dates, authorities and provisions', () => {
  it('does not apply Art. 83 before 25 May 2018 (Art. 99(2))', () => {
    const before = () =>
      legalMaximum({ profile: eurProfile('1', { year: 2017 }), provision: 'GDPR 83(5)', asOf: '2018-05-24' });
    expect(before).toThrow(NotInForceError);
    expect(before).toThrow(/GDPR 83\(5\) applies from 2018-05-25; it did not apply on 2018-05-24/);
    expect(
      legalMaximum({ profile: eurProfile('1', { year: 2017 }), provision: 'GDPR 83(5)', asOf: '2018-05-25' })
        .amount?.amount,
    ).toBe('20000000');
  });

  it('leaves the amount for public authorities to national law (Art. 83(7))', () => {
    const result = legalMaximum({
      profile: fixtureProfile('public-hospital'),
      provision: 'GDPR 83(5)',
      asOf: '2026-06-01',
    });
    expect(result.amount).toBeNull();
    expect(result.basis).toBe('national-law');
    expect(result.turnover).toBeNull();
    expect(result.steps.some((s) => s.citation?.provision === 'Art. 83(7)')).toBe(true);
  });

  it('reads provision ids as cited', () => {
    expect(cap('1', 'gdpr art. 83(5)').provision).toBe('GDPR 83(5)');
    expect(cap('1', 'Art. 83(4) GDPR').provision).toBe('GDPR 83(4)');
    expect(() => cap('1', 'GDPR 83(9)')).toThrow(UnknownProvisionError);
    expect(cap('1', 'DSA Article 74(1)').provision).toBe('DSA 74(1)');
    expect(() => cap('1', 'DSA 76')).toThrow(/periodic penalty payments: use periodicPenalty/);
  });

  it('accepts a parsed profile and gives the same result', () => {
    const input = fixtureProfile('meta-platforms-ireland');
    const parsed = parseProfile(input);
    const a = legalMaximum({ profile: input, provision: 'GDPR 83(5)', asOf: '2023-05-12' });
    const b = legalMaximum({ profile: parsed, provision: 'GDPR 83(5)', asOf: '2023-05-12' });
    expect(b).toEqual(a);
    // DPC, 12 May 2023: Meta FY2022 revenue USD 116,609m at the ECB 2022 average EUR 1 = USD 1.0530.
    const cents = divideHalfEven(116_609_000_000n * 100n * 10_000n, 10_530n);
    expect(a.amount?.amount).toBe(toDecimal(cents * 4n, 4));
    expect(BigInt(1_200_000_000) * 10_000n).toBeLessThan(cents * 4n);
  });
});
