import { describe, expect, it } from 'vitest';
import { assessGatekeeper, isGatekeeper, maximumFine, obligationsFor } from '../../../src/index.js';
import { aProfile, type ProfileBuilder } from '../../../src/testing/index.js';
import { fixtureProfile } from '../../helpers/profiles.js';

const YEARS = [2022, 2023, 2024] as const;

/** A group with the given Union turnover (EUR) in 2022–2024 and a social network in 5 Member States. */
function group(
  euTurnover: readonly string[],
  options: { marketCap?: string; endUsers?: number; businessUsers?: number; memberStates?: string[] } = {},
): ProfileBuilder {
  let builder = aProfile('Platform Group Inc');
  YEARS.forEach((year, i) => {
    builder = builder.withYear({
      year,
      end: `${year}-12-31`,
      scope: 'undertaking',
      turnover: { amount: '90000000000', currency: 'EUR' },
      euTurnover: { amount: euTurnover[i] as string, currency: 'EUR' },
      ...(options.marketCap && year === 2024
        ? { marketCap: { amount: options.marketCap, currency: 'EUR' } }
        : {}),
    });
  });
  return builder.withService({
    kind: 'social-network',
    name: 'Friends',
    memberStates: options.memberStates ?? ['DE', 'FR', 'IT', 'ES', 'NL'],
    dmaUsers: YEARS.map((year) => ({
      year,
      monthlyActiveEndUsers: options.endUsers ?? 60_000_000,
      yearlyActiveBusinessUsers: options.businessUsers ?? 20_000,
    })),
  });
}

const BIG = ['8000000000', '8000000000', '8000000000'];

describe('DMA Art. 3(2): the gatekeeper presumption, limb by limb', () => {
  it('all three limbs met: presumed', () => {
    const result = assessGatekeeper({ profile: group(BIG).build(), asOf: '2025-03-01' });
    expect(result.financialYears).toEqual([2024, 2023, 2022]);
    expect(result.presumption).toEqual({
      sizeLimb: true,
      usersLimb: true,
      entrenchedLimb: true,
      presumed: true,
    });
    expect(result.designated).toBe(false);
  });

  it('EUR 7.5 billion is reached at exactly 7,500,000,000, and must be reached in each of the three years', () => {
    const exact = ['7500000000', '7500000000', '7500000000'];
    expect(assessGatekeeper({ profile: group(exact).build(), asOf: '2025-03-01' }).presumption.sizeLimb).toBe(
      true,
    );
    const oneShort = ['8000000000', '7499999999.99', '8000000000'];
    const result = assessGatekeeper({
      profile: group(oneShort, { marketCap: '1000000000' }).build(),
      asOf: '2025-03-01',
    });
    expect(result.presumption.sizeLimb).toBe(false);
    expect(result.presumption.presumed).toBe(false);
    // Without the market capitalisation the other alternative of point (a) is open: undecided.
    expect(
      assessGatekeeper({ profile: group(oneShort).build(), asOf: '2025-03-01' }).presumption.sizeLimb,
    ).toBeNull();
  });

  it('or EUR 75 billion of average market capitalisation in the last financial year', () => {
    const low = ['1000000000', '1000000000', '1000000000'];
    expect(
      assessGatekeeper({ profile: group(low, { marketCap: '75000000000' }).build(), asOf: '2025-03-01' })
        .presumption.sizeLimb,
    ).toBe(true);
    expect(
      assessGatekeeper({ profile: group(low, { marketCap: '74999999999' }).build(), asOf: '2025-03-01' })
        .presumption.sizeLimb,
    ).toBe(false);
  });

  it('and the same core platform service in at least three Member States', () => {
    const two = group(BIG, { memberStates: ['DE', 'FR', 'CH'] }).build();
    expect(assessGatekeeper({ profile: two, asOf: '2025-03-01' }).presumption.sizeLimb).toBe(false);
  });

  it('45 million monthly active end users and 10,000 yearly active business users', () => {
    expect(
      assessGatekeeper({ profile: group(BIG, { endUsers: 44_999_999 }).build(), asOf: '2025-03-01' })
        .presumption.usersLimb,
    ).toBe(false);
    expect(
      assessGatekeeper({ profile: group(BIG, { businessUsers: 9_999 }).build(), asOf: '2025-03-01' })
        .presumption.usersLimb,
    ).toBe(false);
    expect(
      assessGatekeeper({
        profile: group(BIG, { endUsers: 45_000_000, businessUsers: 10_000 }).build(),
        asOf: '2025-03-01',
      }).presumption.usersLimb,
    ).toBe(true);
  });

  it('cannot decide without the figures, and says so (null)', () => {
    const result = assessGatekeeper({
      profile: fixtureProfile('meta-platforms-gatekeeper'),
      asOf: '2025-06-01',
    });
    expect(result.presumption.presumed).toBeNull();
    expect(result.designated).toBe(true);
    // A gatekeeper is designated (Art. 3(1), (9)): the boolean does not wait for the presumption.
    expect(isGatekeeper({ profile: fixtureProfile('meta-platforms-gatekeeper'), asOf: '2025-06-01' })).toBe(
      true,
    );
  });

  it('isGatekeeper: meeting the Art. 3(2) thresholds presumes, it does not designate', () => {
    const args = { profile: group(BIG).build(), asOf: '2025-03-01' };
    expect(assessGatekeeper(args).presumption.sizeLimb).toBe(true);
    expect(isGatekeeper(args)).toBe(false);
    expect(() => isGatekeeper({ ...args, asOf: 'soon' })).toThrow(/isGatekeeper arguments/);
  });
});

describe('DMA designation and obligations', () => {
  it('six months from the designation of 6 September 2023 end on 7 March 2024 (Art. 3(10))', () => {
    const result = assessGatekeeper({
      profile: fixtureProfile('meta-platforms-gatekeeper'),
      asOf: '2024-01-01',
    });
    expect(result.services.map((s) => s.designated?.obligationsFrom)).toEqual(Array(6).fill('2024-03-07'));
  });

  it('lists the obligations of Arts 5 to 7 that concern each designated service', () => {
    const before = obligationsFor({
      profile: fixtureProfile('meta-platforms-gatekeeper'),
      asOf: '2024-03-06',
    });
    const dma = before.obligations.filter((o) => o.regime === 'DMA');
    expect(dma.every((o) => o.status === 'not yet')).toBe(true);
    const after = obligationsFor({
      profile: fixtureProfile('meta-platforms-gatekeeper'),
      asOf: '2024-03-07',
    });
    const whatsapp = after.obligations.filter((o) => o.service === 'WhatsApp').map((o) => o.article);
    expect(whatsapp).toContain('Art. 7');
    expect(whatsapp).toContain('Art. 5(2)');
    expect(whatsapp).not.toContain('Art. 6(4)');
    const ads = after.obligations.filter((o) => o.service === 'Meta Ads').map((o) => o.article);
    expect(ads).toEqual(expect.arrayContaining(['Art. 5(9)', 'Art. 5(10)', 'Art. 6(8)']));
    expect(after.obligations.find((o) => o.article === 'Art. 6(10)')?.finedUnder).toBe('DMA 30(1)');
  });
});

describe('DMA Art. 30(2): a repeat within the 8 preceding years', () => {
  function withDecision(date: string) {
    return group(BIG)
      .withYear({
        year: 2030,
        end: '2030-12-31',
        scope: 'undertaking',
        turnover: { amount: '100000000000', currency: 'EUR' },
      })
      .sanctioned({ date, regime: 'DMA', articles: ['5(2)'], service: 'Friends' })
      .build();
  }

  function provisionFor(decision: string, asOf: string) {
    return maximumFine({
      profile: withDecision(decision),
      regime: 'DMA',
      articles: ['5(2)'],
      asOf,
      service: 'Friends',
    }).infringements[0]?.provision;
  }

  it('counts a decision from exactly 8 years before to the day before the new decision', () => {
    expect(provisionFor('2023-05-10', '2031-05-10')).toBe('DMA 30(2)');
    expect(provisionFor('2023-05-09', '2031-05-10')).toBe('DMA 30(1)');
    expect(provisionFor('2031-05-09', '2031-05-10')).toBe('DMA 30(2)');
    expect(provisionFor('2031-05-10', '2031-05-10')).toBe('DMA 30(1)');
  });

  it('gives 20 % instead of 10 %', () => {
    const result = maximumFine({
      profile: withDecision('2026-01-01'),
      regime: 'DMA',
      articles: ['5(2)'],
      asOf: '2031-05-10',
    });
    expect(result.amount).toEqual({ amount: '20000000000', currency: 'EUR' });
    expect(result.steps.some((s) => s.label === 'Repeat infringement of DMA Art. 5(2)')).toBe(true);
  });

  it('does not count another obligation, nor another service', () => {
    const profile = withDecision('2026-01-01');
    const other = maximumFine({ profile, regime: 'DMA', articles: ['6(5)'], asOf: '2031-05-10' });
    expect(other.infringements[0]?.provision).toBe('DMA 30(1)');
    const otherService = maximumFine({
      profile,
      regime: 'DMA',
      articles: ['5(2)'],
      asOf: '2031-05-10',
      service: 'Videos',
    });
    expect(otherService.infringements[0]?.provision).toBe('DMA 30(1)');
  });

  it('the bundled gatekeeper’s 2025 decision on Art. 5(2) makes a new Art. 5(2) infringement a repeat', () => {
    const result = maximumFine({
      profile: fixtureProfile('meta-platforms-gatekeeper'),
      regime: 'DMA',
      articles: ['5(2)'],
      asOf: '2025-06-01',
      service: 'Facebook',
    });
    expect(result.infringements[0]?.provision).toBe('DMA 30(2)');
  });
});

describe('DMA Art. 18: systematic non-compliance', () => {
  it('is flagged with three non-compliance decisions within 8 years, not with two', () => {
    const two = group(BIG)
      .sanctioned({ date: '2024-01-10', regime: 'DMA' })
      .sanctioned({ date: '2025-01-10', regime: 'DMA' });
    expect(
      assessGatekeeper({ profile: two.build(), asOf: '2026-01-01' }).systematicNonCompliance.flagged,
    ).toBe(false);
    const three = two.sanctioned({ date: '2025-06-10', regime: 'DMA' }).build();
    const result = assessGatekeeper({ profile: three, asOf: '2026-01-01' });
    expect(result.systematicNonCompliance).toEqual({
      flagged: true,
      decisions: ['2024-01-10', '2025-01-10', '2025-06-10'],
    });
    // Eight years after the first decision, it drops out of the window.
    expect(assessGatekeeper({ profile: three, asOf: '2032-01-11' }).systematicNonCompliance.flagged).toBe(
      false,
    );
  });
});
