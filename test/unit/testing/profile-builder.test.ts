import { describe, expect, it } from 'vitest';
import { legalMaximum, ValidationError } from '../../../src/index.js';
import { aProfile } from '../../../src/testing/index.js';

describe('the profile builder of lexposure/testing', () => {
  it('builds valid profiles step by step without sharing state', () => {
    const base = aProfile('Acme SaaS').establishedIn('DE').controller();
    const small = base.withTurnover(2024, '6000000', 'EUR', { scope: 'entity', employees: 40 });
    const large = base.partOf('Acme Group').withTurnover(2024, '2500000000');
    expect(small.build().financialYears).toHaveLength(1);
    expect(base.build().financialYears).toHaveLength(0);
    expect(
      legalMaximum({ profile: large.build(), provision: 'GDPR 83(5)', asOf: '2025-06-01' }).amount?.amount,
    ).toBe('100000000');
    expect(small.build().roles).toEqual(['controller']);
  });

  it('validates like parseProfile', () => {
    expect(() => aProfile('Bad').withTurnover(2024, '-1').build()).toThrow(ValidationError);
    expect(aProfile('JSON').withTurnover(2024, 5).toInput()).toMatchObject({
      financialYears: [{ turnover: { amount: 5 } }],
    });
    expect(aProfile('Public').publicAuthority().processor().build()).toMatchObject({
      publicAuthority: true,
      roles: ['processor'],
    });
  });
});
