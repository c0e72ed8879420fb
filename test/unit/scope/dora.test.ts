import { describe, expect, it } from 'vitest';
import { maximumFine, NotApplicableError, nis2Entity, obligationsFor } from '../../../src/index.js';
import { aProfile } from '../../../src/testing/index.js';

// DORA, Regulation (EU) 2022/2554 (CELEX 32022R2554): applies from 17 January 2025 (Art. 64);
// credit institutions are financial entities (Art. 2(1)(a)). NIS2 Art. 4(1) and recital 28: for them
// NIS2's risk-management, reporting, supervision and enforcement provisions do not apply.
const bank = (extra: object = {}) => ({
  ...aProfile('Bank AG')
    .establishedIn('DE')
    .inSector('banking')
    .withTurnover(2023, '5000000000', 'EUR', { employees: 8000 })
    .withTurnover(2024, '5000000000', 'EUR', { employees: 8000 })
    .toInput(),
  ...extra,
});

describe('NIS2 and DORA for a bank', () => {
  it('on 16 January 2025 a large bank is an essential entity with NIS2 Arts 21 and 23 and the Art. 34(4) cap', () => {
    const entity = nis2Entity({ profile: bank(), asOf: '2025-01-16' });
    expect(entity).toMatchObject({ entity: 'essential', finedUnder: 'NIS2 34(4)', displacedBy: null });
    const cap = maximumFine({ profile: bank(), regime: 'NIS2', articles: ['21'], asOf: '2025-01-16' });
    // NIS2 Art. 34(4): at least EUR 10m or 2 % of EUR 5bn = EUR 100m.
    expect(cap.amount).toEqual({ amount: '100000000', currency: 'EUR' });
  });

  it('from 17 January 2025 DORA displaces them: no NIS2 fine, the duties are excluded and say why', () => {
    const entity = nis2Entity({ profile: bank(), asOf: '2025-01-17' });
    expect(entity).toMatchObject({ entity: 'essential', finedUnder: null, displacedBy: { act: 'DORA' } });
    expect(entity.steps.at(-1)?.citation?.provision).toContain('Art. 4(1)');
    expect(() =>
      maximumFine({ profile: bank(), regime: 'NIS2', articles: ['21'], asOf: '2025-01-17' }),
    ).toThrow(NotApplicableError);
    const duties = obligationsFor({ profile: bank(), asOf: '2025-01-17' }).obligations.filter(
      (o) => o.regime === 'NIS2',
    );
    expect(duties.map((d) => d.status)).toEqual(['excluded', 'excluded']);
    expect(duties[0]?.why).toContain('DORA');
  });

  it('an entity DORA Art. 2(3) excludes stays under NIS2', () => {
    const entity = nis2Entity({
      profile: bank({ financialEntity: 'insurance-intermediary', doraExcluded: true }),
      asOf: '2025-06-01',
    });
    expect(entity.finedUnder).toBe('NIS2 34(4)');
  });

  it('a declared financial entity in another NIS2 sector (an insurer running a digital provider) is displaced too', () => {
    const insurer = {
      ...aProfile('Insurer SA')
        .establishedIn('FR')
        .inSector('digital-providers')
        .withTurnover(2024, '900000000', 'EUR', { employees: 3000 })
        .toInput(),
      financialEntity: 'insurance-undertaking' as const,
    };
    expect(nis2Entity({ profile: insurer, asOf: '2025-06-01' }).displacedBy?.entity).toBe(
      'insurance and reinsurance undertakings',
    );
  });
});
