import { describe, expect, it } from 'vitest';
import { maximumFine, UnknownProvisionError, ValidationError } from '../../../src/index.js';
import { eurProfile, fixtureProfile } from '../../helpers/profiles.js';

const AS_OF = '2024-06-30';
const BILLION = eurProfile('1000000000');

describe('Art. 83(3): several infringements', () => {
  it('caps linked infringements at the gravest one', () => {
    // 83(5): max(20m, 4 % × 1bn) = 40m; 83(4): max(10m, 2 % × 1bn) = 20m.
    const result = maximumFine({
      profile: BILLION,
      regime: 'GDPR',
      articles: ['5(1)(f)', '32', '33'],
      asOf: AS_OF,
      linked: true,
    });
    expect(result.linked).toBe(true);
    expect(result.infringements.map((i) => i.provision)).toEqual(['GDPR 83(5)', 'GDPR 83(4)', 'GDPR 83(4)']);
    expect(result.caps.map((c) => c.provision)).toEqual(['GDPR 83(5)', 'GDPR 83(4)']);
    expect(result.gravestInfringement).toBe('GDPR 83(5)');
    expect(result.amount).toEqual({ amount: '40000000', currency: 'EUR' });
    expect(result.citation.provision).toBe('Art. 83(3)');
  });

  it('adds up the separate caps of infringements that are not linked', () => {
    const result = maximumFine({
      profile: BILLION,
      regime: 'GDPR',
      articles: ['5(1)(f)', '32', '33'],
      asOf: AS_OF,
      linked: false,
    });
    expect(result.caps.map((c) => c.amount?.amount)).toEqual(['40000000', '20000000', '20000000']);
    expect(result.amount?.amount).toBe('80000000');
  });

  it('assumes linked processing when not told, and warns', () => {
    const result = maximumFine({ profile: BILLION, regime: 'GDPR', articles: ['6', '13'], asOf: AS_OF });
    expect(result.linked).toBe(true);
    expect(result.amount?.amount).toBe('40000000');
    expect(result.steps.find((s) => s.label === 'Linked processing operations')?.severity).toBe('warning');
  });

  it('keeps the fixed amount for a small company: EUR 20m for Arts 6 and 32', () => {
    const result = maximumFine({
      profile: fixtureProfile('saas-vendor'),
      regime: 'GDPR',
      articles: ['6', '32'],
      asOf: '2026-03-01',
      linked: true,
    });
    expect(result.amount?.amount).toBe('20000000');
    expect(result.caps[0]?.turnover?.year).toBe(2025);
  });

  it('leaves public authorities to national law', () => {
    const result = maximumFine({
      profile: fixtureProfile('public-hospital'),
      regime: 'GDPR',
      articles: ['32'],
      asOf: '2026-06-01',
    });
    expect(result.amount).toBeNull();
  });

  it('names an article no provision covers', () => {
    const run = () => maximumFine({ profile: BILLION, regime: 'GDPR', articles: ['6', '24'], asOf: AS_OF });
    expect(run).toThrow(UnknownProvisionError);
    expect(run).toThrow(/"24": GDPR Art\. 24 is not listed/);
  });

  it('validates its arguments', () => {
    // @ts-expect-error: the CCPA is not a regime of the library
    expect(() => maximumFine({ profile: BILLION, regime: 'CCPA', articles: ['16'], asOf: AS_OF })).toThrow(
      ValidationError,
    );
    expect(() =>
      maximumFine({ profile: BILLION, regime: 'DSA', articles: ['16'], linked: true, asOf: AS_OF }),
    ).toThrow(/linked: the DSA has no rule like GDPR Art\. 83\(3\)/);
    expect(() => maximumFine({ profile: BILLION, regime: 'GDPR', articles: [], asOf: AS_OF })).toThrow(
      /articles: name at least one/,
    );
  });
});
