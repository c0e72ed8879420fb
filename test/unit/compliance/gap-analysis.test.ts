import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { gapAnalysis } from '../../../src/compliance/gap-analysis.js';
import { postureFromQuestionnaire } from '../../../src/compliance/questionnaire.js';
import { riskScore } from '../../../src/exposure/risk-score.js';
import { stepsOf } from '../../../src/report/steps/render.js';
import { aProfile } from '../../../src/testing/profile-builder.js';

const asOf = '2026-06-30';
// A controller with a turnover of €1bn in 2025: GDPR 83(5) caps at 4 % = €40m, 83(4) at 2 % = €20m (Art. 83(4)-(5)).
const vendor = aProfile('Cloud Vendor SE')
  .establishedIn('IE')
  .controller()
  .withTurnover(2025, '1000000000', 'EUR', { employees: 900 })
  .processing({
    consent: false,
    servicesToChildren: false,
    specialCategories: false,
    automatedDecisions: false,
    jointControllers: false,
    usesProcessors: true,
    likelyToResultInHighRisk: true,
    coreActivityMonitoring: false,
    coreActivitySpecialCategories: false,
    dpoRequiredByLaw: false,
  })
  .transfersTo({ country: 'US' });

const fourPct = new Decimal('1000000000').times('0.04').toFixed();
const twoPct = new Decimal('1000000000').times('0.02').toFixed();

describe('gapAnalysis', () => {
  const posture = postureFromQuestionnaire({
    principles: 'yes',
    'lawful-basis': 'yes',
    'privacy-notice': 'partly',
    'data-subject-requests': 'yes',
    'privacy-by-design': 'yes',
    'processor-contracts': 'yes',
    records: 'yes',
    cooperation: 'yes',
    security: 'no',
    'breach-procedure': 'yes',
    'impact-assessment': 'no',
    transfers: 'yes',
  });
  const profile = { ...vendor.toInput(), posture };
  const result = gapAnalysis({ profile, asOf });

  it('lists the applicable obligations not met, each with the legal maximum of its provision', () => {
    const byId = new Map(result.gaps.map((g) => [g.id, g]));
    expect(byId.get('GDPR Art. 32')).toMatchObject({
      status: 'not met',
      finedUnder: 'GDPR 83(4)',
      legalMaximum: { amount: twoPct, currency: 'EUR' },
    });
    expect(byId.get('GDPR Art. 13')).toMatchObject({
      status: 'partly met',
      legalMaximum: { amount: fourPct },
    });
    expect(byId.has('GDPR Art. 30')).toBe(false);
    expect(byId.has('GDPR Art. 7')).toBe(false); // does not rely on consent: does not apply
  });

  it('ranks by exposure, then not met before partly met before unknown', () => {
    const ranks = result.gaps.map((g) => `${g.legalMaximum?.amount}/${g.status}`);
    expect(ranks[0]).toBe(`${fourPct}/not met`);
    const firstTwoPct = result.gaps.findIndex((g) => g.legalMaximum?.amount === twoPct);
    expect(result.gaps.slice(0, firstTwoPct).every((g) => g.legalMaximum?.amount === fourPct)).toBe(true);
    expect(result.gaps.slice(firstTwoPct).every((g) => g.legalMaximum?.amount === twoPct)).toBe(true);
    const order = { 'not met': 0, 'partly met': 1, unknown: 2 };
    for (const band of [result.gaps.slice(0, firstTwoPct), result.gaps.slice(firstTwoPct)]) {
      const statuses = band.map((g) => order[g.status]);
      expect(statuses).toEqual([...statuses].sort((a, b) => a - b));
    }
  });

  it('a transfer to an uncertified US recipient with no safeguard is a gap whatever the posture says', () => {
    const transfer = result.gaps.find((g) => g.id === 'GDPR Art. 44');
    expect(transfer).toMatchObject({ status: 'not met', source: 'profile' });
    expect(transfer?.evidence).toContain('the posture said "met"');
  });

  it('counts add up', () => {
    const s = result.summary;
    expect(s.met + s.partlyMet + s.notMet + s.unknown).toBe(s.applicable);
    expect(result.gaps).toHaveLength(s.applicable - s.met);
    expect(result.postureGiven).toBe(true);
  });

  it('without a posture every applicable obligation is unknown, and a step warns', () => {
    const bare = gapAnalysis({ profile: vendor.toInput(), asOf });
    expect(bare.postureGiven).toBe(false);
    expect(bare.summary.unknown).toBe(
      bare.summary.applicable - (bare.gaps.some((g) => g.source === 'profile') ? 1 : 0),
    );
    expect(bare.steps.at(-1)?.severity).toBe('warning');
  });

  it('reports what it cannot settle', () => {
    const unsure = gapAnalysis({
      profile: aProfile('X').establishedIn('FR').controller().withTurnover(2025, '1000000').toInput(),
      asOf,
    });
    expect(unsure.undetermined.find((u) => u.id === 'GDPR Art. 7')?.needs).toEqual([
      'profile.processing.consent',
    ]);
  });
});

describe('riskScore with a posture', () => {
  const ids = gapAnalysis({ profile: vendor.toInput(), asOf }).gaps.map((g) => g.id);
  const withAll = (status: 'met' | 'not met') => ({
    ...vendor.transfersTo({ country: 'US', certified: true }).toInput(),
    processing: { ...vendor.toInput().processing, transfers: [{ country: 'US', certified: true }] },
    posture: [...new Set(ids)].map((obligation) => ({ obligation, status })),
  });

  it('adds a gaps driver and says so; all met gives level 0, all not met level 1', () => {
    const good = riskScore({ profile: withAll('met'), asOf });
    const bad = riskScore({ profile: withAll('not met'), asOf });
    const gap = (s: typeof good) => s.drivers.find((d) => d.part === 'gaps');
    expect(gap(good)).toMatchObject({ level: 0, weight: 0.1 });
    expect(gap(bad)).toMatchObject({ level: 1, weight: 0.1, points: 10 });
    expect(bad.score).toBeGreaterThan(good.score);
    expect(stepsOf(bad.steps).find((s) => s.label === 'Compliance gaps')?.rule).toMatch(
      /applicable duties, \d+ not met/,
    );
    // The score is the weighted sum of the drivers (recomputed here).
    const sum = bad.drivers.reduce((acc, d) => acc + d.level * d.weight, 0);
    expect(bad.score).toBeCloseTo(Math.round(sum * 1000) / 10, 10);
    expect(bad.drivers.reduce((acc, d) => acc + d.weight, 0)).toBeCloseTo(1, 12);
  });

  it('a gap analysis passed in gives the same score as one made inside', () => {
    const profile = withAll('not met');
    const gaps = gapAnalysis({ profile, asOf });
    expect(riskScore({ profile, asOf, gaps })).toEqual(riskScore({ profile, asOf }));
  });

  it('without a posture every applicable duty counts as unknown, that is as not met (the conservative reading)', () => {
    const none = riskScore({ profile: vendor.toInput(), asOf });
    expect(none.drivers.find((d) => d.part === 'gaps')?.level).toBe(1);
    expect(stepsOf(none.steps).find((s) => s.label === 'Compliance gaps')?.severity).toBe('warning');
  });
});
