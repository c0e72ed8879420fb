import { describe, expect, it } from 'vitest';
import { maximumFine, nis2Entity, obligationsFor } from '../../../src/index.js';
import { aProfile } from '../../../src/testing/index.js';

function entity(sector: string, employees: number, turnover: string) {
  return aProfile('Operator SA')
    .inSector(sector)
    .withYear({
      year: 2024,
      end: '2024-12-31',
      scope: 'undertaking',
      employees,
      turnover: { amount: turnover, currency: 'EUR' },
    })
    .build();
}

describe('NIS2 Arts 2 and 3: essential and important entities', () => {
  it.each([
    // Annex I above the medium ceilings: essential (Art. 3(1)(a)); medium: important (3(2)).
    ['energy', 300, '80000000', 'essential', 'NIS2 34(4)'],
    ['energy', 120, '30000000', 'important', 'NIS2 34(5)'],
    // Annex II: important whatever the size above the size-cap.
    ['manufacturing', 5000, '2000000000', 'important', 'NIS2 34(5)'],
    // Below the size-cap of Art. 2(1): out of scope.
    ['energy', 30, '5000000', 'out of scope', null],
    // Regardless of size (Art. 3(1)(b)).
    ['dns-service-provider', 3, '200000', 'essential', 'NIS2 34(4)'],
    ['qualified-trust-service-provider', 3, '200000', 'essential', 'NIS2 34(4)'],
    // Public electronic communications: essential when medium (Art. 3(1)(c)), important when small.
    ['public-electronic-communications', 100, '20000000', 'essential', 'NIS2 34(4)'],
    ['public-electronic-communications', 20, '3000000', 'important', 'NIS2 34(5)'],
  ])('%s, %i persons, EUR %s → %s', (sector, employees, turnover, expected, provision) => {
    const result = nis2Entity({ profile: entity(sector, employees, turnover), asOf: '2025-06-01' });
    expect(result.entity).toBe(expected);
    expect(result.finedUnder).toBe(provision);
  });

  it('a sector outside the Annexes is out of scope, and the step lists the sectors', () => {
    const result = nis2Entity({ profile: entity('retail', 5000, '1'), asOf: '2025-06-01' });
    expect(result.entity).toBe('out of scope');
    expect(result.steps[0]?.rule).toContain('dns-service-provider');
  });

  it('an important entity’s infringement of Art. 21 falls under Art. 34(5): at least EUR 7m or 1.4 %', () => {
    const result = maximumFine({
      profile: entity('manufacturing', 5000, '2000000000'),
      regime: 'NIS2',
      articles: ['21', '23'],
      asOf: '2025-06-01',
    });
    expect(result.infringements.map((i) => i.provision)).toEqual(['NIS2 34(5)', 'NIS2 34(5)']);
    // 1.4 % × 2,000,000,000 = 28,000,000 each; two separate infringements.
    expect(result.caps.map((c) => c.amount?.amount)).toEqual(['28000000', '28000000']);
    expect(result.amount).toEqual({ amount: '56000000', currency: 'EUR' });
    expect(result.linked).toBe(false);
  });

  it('lists Arts 21 and 23 as obligations, from 18 October 2024', () => {
    const profile = aProfile('Grid SA')
      .inSector('energy')
      .withYear({
        year: 2023,
        end: '2023-12-31',
        scope: 'undertaking',
        employees: 300,
        turnover: { amount: '80000000', currency: 'EUR' },
      })
      .build();
    const before = obligationsFor({ profile, asOf: '2024-10-17' }).obligations;
    expect(before.map((o) => [o.article, o.status])).toEqual([
      ['Art. 21', 'not yet'],
      ['Art. 23', 'not yet'],
    ]);
    const after = obligationsFor({ profile, asOf: '2024-10-18' }).obligations;
    expect(after.every((o) => o.status === 'applies' && o.finedUnder === 'NIS2 34(4)')).toBe(true);
  });
});
