import { describe, expect, it } from 'vitest';
import { assessVeryLargePlatform, isVeryLargePlatform, obligationsFor } from '../../../src/index.js';
import { aProfile } from '../../../src/testing/index.js';
import { fixtureProfile } from '../../helpers/profiles.js';

function platform(recipients: number, designation?: { notified: string }) {
  return aProfile('Platform BV')
    .establishedIn('NL')
    .withService({
      kind: 'online-platform',
      name: 'Board',
      euMonthlyActiveRecipients: recipients,
      ...(designation ? { dsaDesignation: designation } : {}),
    })
    .build();
}

describe('DSA Art. 33: very large online platforms', () => {
  it('the threshold is 45 million average monthly active recipients, reached at 45,000,000', () => {
    expect(
      assessVeryLargePlatform({ profile: platform(44_999_999), asOf: '2025-01-01' }).meetsThreshold,
    ).toBe(false);
    const at = assessVeryLargePlatform({ profile: platform(45_000_000), asOf: '2025-01-01' });
    expect(at.meetsThreshold).toBe(true);
    // Reaching the threshold is not enough: the Commission designates (Art. 33(4)).
    expect(at.veryLarge).toBe(false);
  });

  it('Section 5 applies from four months after the notification of the designation (Art. 33(6))', () => {
    const profile = platform(50_000_000, { notified: '2024-06-30' });
    expect(assessVeryLargePlatform({ profile, asOf: '2024-10-29' }).veryLarge).toBe(false);
    expect(assessVeryLargePlatform({ profile, asOf: '2024-10-30' }).veryLarge).toBe(true);
    // is* answers the question alone, as a boolean; assess* gives the reasons.
    expect(isVeryLargePlatform({ profile, asOf: '2024-10-29' })).toBe(false);
    expect(isVeryLargePlatform({ profile, asOf: '2024-10-30' })).toBe(true);
    expect(isVeryLargePlatform({ profile: platform(45_000_000), asOf: '2025-01-01' })).toBe(false);
    expect(() => isVeryLargePlatform({ profile, asOf: '2024-13-01' })).toThrow(
      /isVeryLargePlatform arguments/,
    );
    expect(
      assessVeryLargePlatform({ profile, asOf: '2024-10-30' }).services[0]?.designation?.section5From,
    ).toBe('2024-10-30');
  });

  it('the first designations: notified 25 April 2023, Section 5 from 25 August 2023, the rest early (Art. 92)', () => {
    const result = obligationsFor({ profile: fixtureProfile('amazon-store-vlop'), asOf: '2023-09-01' });
    const byArticle = new Map(
      result.obligations.filter((o) => o.regime === 'DSA').map((o) => [o.article, o]),
    );
    expect(byArticle.get('Art. 34')).toMatchObject({
      status: 'applies',
      appliesFrom: '2023-08-25',
      finedUnder: 'DSA 74(1)',
    });
    expect(byArticle.get('Art. 30')).toMatchObject({
      status: 'applies',
      appliesFrom: '2023-08-25',
      finedUnder: 'DSA 52(3)',
    });
    expect(byArticle.get('Art. 24(2)')).toMatchObject({ appliesFrom: '2022-11-16' });
    // Established in the Union: no legal representative (Art. 13).
    expect(byArticle.has('Art. 13')).toBe(false);
    expect(result.obligations.filter((o) => o.regime === 'DSA')).toHaveLength(32);
  });
});

describe('DSA tiers', () => {
  function dutiesOf(
    kind: 'mere-conduit' | 'hosting' | 'online-platform' | 'online-marketplace' | 'online-search-engine',
  ) {
    const profile = aProfile('Tiered SE')
      .establishedIn('FR')
      .withYear({
        year: 2024,
        end: '2024-12-31',
        scope: 'entity',
        employees: 400,
        turnover: { amount: '90000000', currency: 'EUR' },
      })
      .withService({ kind })
      .build();
    return obligationsFor({ profile, asOf: '2025-06-01' }).obligations.map((o) => o.article);
  }

  it('are cumulative: intermediary ⊂ hosting ⊂ platform ⊂ marketplace', () => {
    expect(dutiesOf('mere-conduit')).toEqual(['Art. 11', 'Art. 12', 'Art. 14', 'Art. 15']);
    expect(dutiesOf('online-search-engine')).toEqual(['Art. 11', 'Art. 12', 'Art. 14', 'Art. 15']);
    expect(dutiesOf('hosting')).toEqual([
      'Art. 11',
      'Art. 12',
      'Art. 14',
      'Art. 15',
      'Art. 16',
      'Art. 17',
      'Art. 18',
    ]);
    const platformDuties = dutiesOf('online-platform');
    expect(platformDuties).toContain('Art. 28');
    expect(platformDuties).not.toContain('Art. 30');
    expect(dutiesOf('online-marketplace')).toEqual([...platformDuties, 'Art. 30', 'Art. 31', 'Art. 32']);
  });

  it('a provider without an establishment in the Union must appoint a legal representative (Art. 13)', () => {
    const profile = aProfile('Overseas Inc').establishedIn('US').withService({ kind: 'hosting' }).build();
    const articles = obligationsFor({ profile, asOf: '2025-06-01' }).obligations.map((o) => o.article);
    expect(articles).toContain('Art. 13');
  });

  it('apply from 17 February 2024 (Art. 93(2))', () => {
    const profile = aProfile('Early Ltd').establishedIn('IE').withService({ kind: 'hosting' }).build();
    const before = obligationsFor({ profile, asOf: '2024-02-16' }).obligations;
    expect(before.every((o) => o.status === 'not yet')).toBe(true);
    expect(
      obligationsFor({ profile, asOf: '2024-02-17' }).obligations.every((o) => o.status === 'applies'),
    ).toBe(true);
  });
});

describe('micro and small enterprises (Arts 15(2), 19 and 29)', () => {
  /**
   * A marketplace that was a micro enterprise until its second year over the ceilings (of a medium
   * enterprise) closed at the end of `ceasedYear` (Recommendation 2003/361/EC, Annex Art. 4(2)).
   */
  function grown(ceasedYear: number, recipients = 1_000_000, designation?: { notified: string }) {
    return aProfile('Grown Market SL')
      .establishedIn('ES')
      .withYear({
        year: ceasedYear - 2,
        end: `${ceasedYear - 2}-12-31`,
        scope: 'entity',
        employees: 8,
        turnover: { amount: '1500000', currency: 'EUR' },
      })
      .withYear({
        year: ceasedYear - 1,
        end: `${ceasedYear - 1}-12-31`,
        scope: 'entity',
        employees: 70,
        turnover: { amount: '14000000', currency: 'EUR' },
      })
      .withYear({
        year: ceasedYear,
        end: `${ceasedYear}-12-31`,
        scope: 'entity',
        employees: 80,
        turnover: { amount: '16000000', currency: 'EUR' },
      })
      .withService({
        kind: 'online-marketplace',
        name: 'Market',
        euMonthlyActiveRecipients: recipients,
        ...(designation ? { dsaDesignation: designation } : {}),
      })
      .build();
  }

  function status(profile: ReturnType<typeof grown>, asOf: string, article: string) {
    return obligationsFor({ profile, asOf }).obligations.find((o) => o.article === article)?.status;
  }

  it('a small marketplace is excluded from Sections 3 and 4 and from Art. 15, except Art. 24(3)', () => {
    const small = aProfile('Small Market')
      .establishedIn('ES')
      .withYear({
        year: 2024,
        end: '2024-12-31',
        scope: 'entity',
        employees: 30,
        turnover: { amount: '5000000', currency: 'EUR' },
      })
      .withService({ kind: 'online-marketplace' })
      .build();
    const result = obligationsFor({ profile: small, asOf: '2025-06-01' }).obligations;
    const excluded = result.filter((o) => o.status === 'excluded').map((o) => o.article);
    expect(excluded).toContain('Art. 15');
    expect(excluded).toContain('Art. 20');
    expect(excluded).toContain('Art. 30');
    expect(result.find((o) => o.article === 'Art. 24(3)')?.status).toBe('applies');
    expect(result.find((o) => o.article === 'Art. 16')?.status).toBe('applies');
  });

  it('the exclusion runs for 12 months after ceasing to qualify: 11 months on, still excluded; 13 months on, not', () => {
    // A micro enterprise that ceased to qualify as micro or small on 2024-12-31.
    const profile = grown(2024);
    expect(status(profile, '2025-11-30', 'Art. 30')).toBe('excluded');
    expect(status(profile, '2025-12-30', 'Art. 30')).toBe('excluded');
    expect(status(profile, '2025-12-31', 'Art. 30')).toBe('applies');
    expect(status(profile, '2026-01-31', 'Art. 30')).toBe('applies');
    // Art. 15(2) has no run-off: transparency reporting applies as soon as the status is lost.
    expect(status(profile, '2025-11-30', 'Art. 15')).toBe('applies');
  });

  it('never for a very large online platform', () => {
    const small = aProfile('Tiny Giant')
      .establishedIn('ES')
      .withYear({
        year: 2024,
        end: '2024-12-31',
        scope: 'entity',
        employees: 30,
        turnover: { amount: '5000000', currency: 'EUR' },
      })
      .withService({
        kind: 'online-marketplace',
        euMonthlyActiveRecipients: 50_000_000,
        dsaDesignation: { notified: '2024-03-01' },
      })
      .build();
    const result = obligationsFor({ profile: small, asOf: '2025-06-01' }).obligations;
    expect(result.filter((o) => o.status === 'excluded')).toEqual([]);
  });
});
