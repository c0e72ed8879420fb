import { describe, expect, it } from 'vitest';
import '../../../src/testing/vitest.js';
import { ValidationError } from '../../../src/core/errors.js';
import { aProfile, lexposureMatchers } from '../../../src/testing/index.js';

const asOf = '2026-06-30';
// A 40-person German processor with €6m of turnover: GDPR 83(5) caps at the fixed €20m (Art. 83(5)).
const vendor = aProfile('Acme SaaS GmbH')
  .establishedIn('DE')
  .processor()
  .withTurnover(2025, '6000000', 'EUR', { scope: 'entity', employees: 40 });

describe('toHaveObligation', () => {
  it('passes when the obligation has the status, and says why when it does not', () => {
    expect(vendor).toHaveObligation('GDPR Art. 32', { asOf });
    expect(vendor).not.toHaveObligation('GDPR Art. 15', { asOf });
    expect(() => expect(vendor).toHaveObligation('GDPR Art. 15', { asOf })).toThrow(/has no such obligation/);
    expect(() => expect(vendor).toHaveObligation('GDPR Art. 30', { asOf, status: 'excluded' })).toThrow(
      /is "undetermined" .*needs profile.processing.likelyToResultInRisk/,
    );
  });

  it('reads the exemption of Art. 30(5)', () => {
    const small = vendor.processing({
      likelyToResultInRisk: false,
      occasional: true,
      specialCategories: false,
      criminalConvictionsData: false,
    });
    expect(small).toHaveObligation('GDPR Art. 30', { asOf, status: 'excluded' });
    expect(small.build()).toHaveObligation('GDPR Art. 30', { asOf, status: 'excluded' });
  });
});

describe('toHaveExposureUnder', () => {
  it('compares the legal maximum with a budget, exactly', () => {
    expect(vendor).toHaveExposureUnder('20000000.01', { asOf, regime: 'GDPR', measure: 'legalMaximum' });
    expect(vendor).not.toHaveExposureUnder('20000000', { asOf, regime: 'GDPR', measure: 'legalMaximum' });
    expect(() =>
      expect(vendor).toHaveExposureUnder(1000, { asOf, regime: 'GDPR', measure: 'legalMaximum' }),
    ).toThrow(
      'expected the legal maximum under the GDPR on 2026-06-30 to stay under EUR 1000, got EUR 20000000 (GDPR EUR 20,000,000)',
    );
  });

  it('refuses a budget that is not an exact decimal', () => {
    // Issue 19: the matchers' own arguments are a ValidationError naming them, not a TypeError.
    expect(() => expect(vendor).toHaveExposureUnder(0.1 + 0.2, { asOf })).toThrow(ValidationError);
    expect(() => expect(vendor).toHaveExposureUnder(0.1 + 0.2, { asOf })).toThrow(
      /budgetEur: .*binary float/,
    );
    expect(() => expect(vendor).toHaveExposureUnder('1000', { asOf: '2026-13-01' })).toThrow(
      /options\.asOf: "2026-13-01" is not a calendar date/,
    );
    expect(() => expect(vendor).toHaveRiskScoreBelow(Number.NaN, { asOf })).toThrow(
      /score: expected a finite number/,
    );
  });
});

describe('toHaveRiskScoreBelow and toHaveNoGaps', () => {
  it('score', () => {
    expect(vendor).toHaveRiskScoreBelow(100, { asOf });
    expect(() => expect(vendor).toHaveRiskScoreBelow(0, { asOf })).toThrow(
      /to be below 0, got [\d.]+ \(grade [A-F]/,
    );
  });

  it('gaps: without a posture every duty is unknown; with every duty met, none', () => {
    expect(() => expect(vendor).toHaveNoGaps({ asOf })).toThrow(
      /expected no gaps on 2026-06-30, found \d+: GDPR Art\. \d+ unknown/,
    );
    expect(vendor).toHaveNoGaps({ asOf, ignoreUnknown: true });
    const ids = ['GDPR Art. 28', 'GDPR Art. 29', 'GDPR Art. 31', 'GDPR Art. 32', 'GDPR Art. 33'];
    const allMet = ids.reduce((b, id) => b.withPosture(id, 'met'), vendor.processing({ transfers: [] }));
    expect(allMet).toHaveObligation('GDPR Art. 33', { asOf });
    expect(() => expect(allMet).toHaveNoGaps({ asOf })).not.toThrow(/GDPR Art\. (28|29|31|32|33) /);
  });

  it('an invalid profile fails the assertion with the validation message', () => {
    expect(() => expect({ name: '' }).toHaveRiskScoreBelow(50, { asOf })).toThrow(
      /could not be assessed: Invalid company profile: profile.name/,
    );
  });

  it('the matchers are plain functions for Jest too', () => {
    expect(Object.keys(lexposureMatchers).sort()).toEqual([
      'toHaveExposureUnder',
      'toHaveNoGaps',
      'toHaveObligation',
      'toHaveRiskScoreBelow',
    ]);
    const result = lexposureMatchers.toHaveObligation(vendor.toInput(), 'GDPR Art. 32', { asOf });
    expect(result.pass).toBe(true);
  });
});
