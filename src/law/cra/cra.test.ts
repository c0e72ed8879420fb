import { describe, expect, it } from 'vitest';
import {
  type CompanyProfileInput,
  deadline,
  estimateExposure,
  maximumFine,
  NotApplicableError,
  NotInForceError,
  obligationsFor,
  UnknownProvisionError,
} from '../../index.js';
import { parseArticleReference } from '../names.js';

// Regulation (EU) 2024/2847 (Cyber Resilience Act), https://eur-lex.europa.eu/eli/reg/2024/2847/oj.
// Art. 64(2): up to EUR 15 000 000 or 2,5 % of total worldwide annual turnover, whichever is higher;
// Art. 64(3): EUR 10 000 000 or 2 %; Art. 71(2): applies from 11 December 2027, Art. 14 from
// 11 September 2026; Art. 64(10): no fines on stewards, nor on micro and small manufacturers for a
// missed 24-hour early warning.

/** A profile with one calendar year of entity turnover and headcount, and CRA roles. */
function craProfile(
  turnover: string,
  roles: CompanyProfileInput['craRoles'],
  employees = 1000,
  year = 2027,
): CompanyProfileInput {
  return {
    name: 'Devices Example GmbH',
    ...(roles ? { craRoles: roles } : {}),
    financialYears: [
      {
        year,
        end: `${year}-12-31`,
        scope: 'undertaking',
        employees,
        turnover: { amount: turnover, currency: 'EUR' },
      },
    ],
  };
}

const AFTER = '2028-06-01';

describe('CRA Art. 64: the maxima', () => {
  it('Art. 13 (Annex I) → 64(2): 2.5 % of €1bn = €25m is above €15m', () => {
    const r = maximumFine({
      profile: craProfile('1000000000', ['manufacturer']),
      regime: 'CRA',
      articles: ['Art. 13(1)'],
      asOf: AFTER,
    });
    expect(r.infringements[0]?.provision).toBe('CRA 64(2)');
    expect(r.amount).toEqual({ amount: '25000000', currency: 'EUR' });
  });

  it('Art. 19 (importers) → 64(3): 2 % of €100m = €2m is below €10m, so €10m', () => {
    const r = maximumFine({
      profile: craProfile('100000000', ['importer']),
      regime: 'CRA',
      articles: ['Art. 19 CRA'],
      asOf: AFTER,
    });
    expect(r.infringements[0]?.provision).toBe('CRA 64(3)');
    expect(r.amount).toEqual({ amount: '10000000', currency: 'EUR' });
  });

  it('each infringement has its own maximum: Arts 13 and 19 sum to €15m + €10m', () => {
    const r = maximumFine({
      profile: craProfile('100000000', ['manufacturer', 'importer']),
      regime: 'CRA',
      articles: ['13', '19'],
      asOf: AFTER,
    });
    expect(r.amount).toEqual({ amount: '25000000', currency: 'EUR' });
  });

  it('lists only the paragraphs Art. 64(3) lists: 30(1)-(3) and 33(5), not 30(4) or 33 whole', () => {
    const args = { profile: craProfile('1', ['manufacturer']), regime: 'CRA', asOf: AFTER } as const;
    expect(maximumFine({ ...args, articles: ['30(3)'] }).infringements[0]?.provision).toBe('CRA 64(3)');
    expect(maximumFine({ ...args, articles: ['33(5)'] }).infringements[0]?.provision).toBe('CRA 64(3)');
    expect(() => maximumFine({ ...args, articles: ['30(4)'] })).toThrow(UnknownProvisionError);
    expect(() => maximumFine({ ...args, articles: ['33'] })).toThrow(UnknownProvisionError);
    expect(() => maximumFine({ ...args, articles: ['24'] })).toThrow(UnknownProvisionError);
  });
});

describe('CRA Art. 71(2): dates of application', () => {
  const profile = craProfile('1000000000', ['manufacturer'], 1000, 2026);

  it('Art. 13 cannot be infringed on 10 December 2027; it can on 11 December 2027', () => {
    expect(() => maximumFine({ profile, regime: 'CRA', articles: ['13'], asOf: '2027-12-10' })).toThrow(
      NotInForceError,
    );
    expect(maximumFine({ profile, regime: 'CRA', articles: ['13'], asOf: '2027-12-11' }).amount).toEqual({
      amount: '25000000',
      currency: 'EUR',
    });
  });

  it('Art. 14 applies from 11 September 2026, but the fines of Art. 64 only from 11 December 2027', () => {
    expect(() => maximumFine({ profile, regime: 'CRA', articles: ['14(2)(b)'], asOf: '2026-09-10' })).toThrow(
      /Art\. 14.*2026-09-11/,
    );
    expect(() => maximumFine({ profile, regime: 'CRA', articles: ['14(2)(b)'], asOf: '2026-12-01' })).toThrow(
      NotInForceError,
    );
  });

  it('obligationsFor: a manufacturer has Art. 14 from 2026-09-11 and Art. 13 from 2027-12-11', () => {
    const status = (asOf: string) =>
      Object.fromEntries(
        obligationsFor({ profile, asOf })
          .obligations.filter((o) => o.regime === 'CRA')
          .map((o) => [o.article, o.status]),
      );
    expect(status('2026-09-10')).toEqual({ 'Art. 13': 'not yet', 'Art. 14': 'not yet' });
    expect(status('2026-09-11')).toEqual({ 'Art. 13': 'not yet', 'Art. 14': 'applies' });
    expect(status('2027-12-11')).toEqual({ 'Art. 13': 'applies', 'Art. 14': 'applies' });
  });
});

describe('CRA Art. 64(10): who is never fined', () => {
  it('(a) a small manufacturer (49 persons, €10m) is not fined for a missed early warning, only for the rest', () => {
    const profile = craProfile('10000000', ['manufacturer'], 49, 2027);
    for (const early of ['14(2)(a)', '14(4)(a)'])
      expect(() => maximumFine({ profile, regime: 'CRA', articles: [early], asOf: AFTER })).toThrow(
        NotApplicableError,
      );
    expect(maximumFine({ profile, regime: 'CRA', articles: ['14(2)(b)'], asOf: AFTER }).amount).toEqual({
      amount: '15000000',
      currency: 'EUR',
    });
  });

  it('(a) a large manufacturer is fined for it', () => {
    const profile = craProfile('1000000000', ['manufacturer'], 1000, 2027);
    expect(maximumFine({ profile, regime: 'CRA', articles: ['14(4)(a)'], asOf: AFTER }).amount?.amount).toBe(
      '25000000',
    );
  });

  it('(b) an open-source software steward is never fined; a steward that also manufactures is warned', () => {
    expect(() =>
      maximumFine({
        profile: craProfile('1000000', ['open-source software steward']),
        regime: 'CRA',
        articles: ['13'],
        asOf: AFTER,
      }),
    ).toThrow(/64\(10\)\(b\)/);
    const both = maximumFine({
      profile: craProfile('1000000', ['manufacturer', 'open-source software steward']),
      regime: 'CRA',
      articles: ['13'],
      asOf: AFTER,
    });
    expect(both.steps.some((s) => s.severity === 'warning' && /64\(10\)\(b\)/.test(s.rule ?? ''))).toBe(true);
  });
});

describe('CRA scope, time limits and names', () => {
  it('without craRoles the CRA is undetermined and names the fact that settles it', () => {
    const estimate = estimateExposure({ profile: craProfile('1000000', undefined), asOf: AFTER });
    const cra = estimate.regimes.find((r) => r.regime === 'CRA');
    expect(cra?.applies).toBeNull();
    expect(cra?.needs).toContain('craRoles');
    const none = estimateExposure({ profile: craProfile('1000000', []), asOf: AFTER });
    expect(none.regimes.find((r) => r.regime === 'CRA')?.applies).toBe(false);
  });

  it('the 24-hour early warning of Art. 14(2)(a) and the 14-day final report of Art. 14(2)(c)', () => {
    // Regulation 1182/71 Art. 3(1): the hour of the event is not counted; the period starts at 11:00.
    expect(deadline({ timeLimit: 'CRA 14(2)(a)', from: '2026-10-05T10:20+02:00' }).endsAt).toBe(
      '2026-10-06T11:00+02:00',
    );
    // Art. 3(1), (2)(b): a period in days starts the day after the event and ends with its last day.
    expect(deadline({ timeLimit: 'CRA 14(2)(c)', from: '2026-10-05' }).lastDay).toBe('2026-10-19');
  });

  it('is read by its names: "CRA", "Cyber Resilience Act", "2024/2847"', () => {
    for (const name of ['CRA', 'Cyber Resilience Act', '2024/2847'])
      expect(parseArticleReference(`Art. 13 ${name}`)?.regime).toBe('CRA');
  });
});
