import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CompanyProfileInput,
  estimateExposure,
  OBLIGATION_IDS,
  portfolio,
  portfolioChart,
  RISK_SCORE_MODEL,
  riskScore,
  ValidationError,
} from '../../../src/index.js';
import { aProfile } from '../../../src/testing/index.js';
import { supplierBase } from '../../helpers/supplier-base.js';

const saas: CompanyProfileInput = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../../fixtures/profiles/saas-vendor.json', import.meta.url)),
    'utf8',
  ),
);
const ASOF = '2025-06-30';

/** The documented formula, recomputed: log-scale level between two anchors, clamped. */
const level = (x: number, from: number, to: number) =>
  x <= 0
    ? 0
    : Math.min(1, Math.max(0, (Math.log10(x) - Math.log10(from)) / (Math.log10(to) - Math.log10(from))));

const GDPR_IDS = OBLIGATION_IDS.filter((id) => id.startsWith('GDPR '));
const vendor = (posture?: 'met' | 'not met' | 'unknown' | 'partly met') =>
  ({
    ...aProfile('Parts GmbH')
      .establishedIn('DE')
      .controller()
      .withTurnover(2024, '30000000', 'EUR', { employees: 120, scope: 'entity' })
      .toInput(),
    ...(posture ? { posture: GDPR_IDS.map((obligation) => ({ obligation, status: posture })) } : {}),
  }) satisfies CompanyProfileInput;

function spearman(a: readonly number[], b: readonly number[]): number {
  const ranks = (v: readonly number[]) => {
    const order = v.map((x, i) => [x, i] as const).sort((p, q) => p[0] - q[0]);
    const r = new Array<number>(v.length);
    for (let i = 0; i < order.length; ) {
      let j = i;
      while (j + 1 < order.length && order[j + 1]?.[0] === order[i]?.[0]) j++;
      for (let k = i; k <= j; k++) r[order[k]?.[1] as number] = (i + j) / 2;
      i = j + 1;
    }
    return r;
  };
  const ra = ranks(a);
  const rb = ranks(b);
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const ma = mean(ra);
  const mb = mean(rb);
  let c = 0;
  let va = 0;
  let vb = 0;
  for (let i = 0; i < ra.length; i++) {
    c += ((ra[i] as number) - ma) * ((rb[i] as number) - mb);
    va += ((ra[i] as number) - ma) ** 2;
    vb += ((rb[i] as number) - mb) ** 2;
  }
  return c / Math.sqrt(va * vb);
}

describe('riskScore: quantities a risk officer recognises', () => {
  it('follows the documented formula: 100 × (0.9 × level of the expected loss + 0.1 × the gap share)', () => {
    const result = riskScore({ profile: vendor('met'), asOf: ASOF });
    const m = RISK_SCORE_MODEL;
    // The loss is shown in cents: the score, computed before that rounding, lies between the scores
    // of the loss half a cent either side (and within the score's own rounding, 0.05).
    const loss = Number(result.expectedAnnualLoss.amount);
    const scoreOf = (x: number) =>
      100 *
      (m.weights.expectedLoss * level(x, m.views.euros.from, m.views.euros.to) +
        m.weights.gaps * result.gapShare);
    expect(result.score).toBeGreaterThanOrEqual(scoreOf(Math.max(1e-9, loss - 0.005)) - 0.05);
    expect(result.score).toBeLessThanOrEqual(scoreOf(loss + 0.005) + 0.05);
    // The annual probability over the regimes: 1 − Π(1 − p).
    const p = 1 - result.regimes.reduce((q, r) => q * (1 - r.probability), 1);
    expect(result.probability).toBeCloseTo(p, 12);
    expect(result.regimes.map((r) => r.regime)).toContain('GDPR');
  });

  it('the score step states the grade bands the model holds, not a copy of them', () => {
    const result = riskScore({ profile: vendor('met'), asOf: ASOF });
    const step = result.steps.find((s) => s.id === 'risk-score.score');
    expect(step?.rule).toContain('A below 20, B below 35, C below 50, D below 65, E below 80, F from 80');
    const bands = RISK_SCORE_MODEL.grades;
    expect(result.grade).toBe(bands.find(([, upper]) => result.score < upper || upper === 100)?.[0]);
  });

  it('offers the turnover view one option away', () => {
    const euros = riskScore({ profile: vendor('met'), asOf: ASOF });
    const turnover = riskScore({ profile: vendor('met'), asOf: ASOF, view: 'turnover' });
    expect(turnover.view).toBe('turnover');
    const ratio = Number(euros.expectedAnnualLoss.amount) / 30_000_000;
    expect(turnover.drivers.find((d) => d.part === 'expectedLoss')?.level).toBeCloseTo(
      level(ratio, RISK_SCORE_MODEL.views.turnover.from, RISK_SCORE_MODEL.views.turnover.to),
      2,
    );
  });

  it('posture matters: failing every duty is at least one grade worse than meeting every one', () => {
    const grades = ['A', 'B', 'C', 'D', 'E', 'F'];
    for (const base of supplierBase(60, 11)) {
      const input = base.profile;
      const met = riskScore({
        profile: { ...input, posture: GDPR_IDS.map((obligation) => ({ obligation, status: 'met' })) },
        asOf: ASOF,
      });
      const none = riskScore({
        profile: { ...input, posture: GDPR_IDS.map((obligation) => ({ obligation, status: 'not met' })) },
        asOf: ASOF,
      });
      if (met.regimes.length === 0) continue; // no GDPR exposure: the posture has nothing to weigh on
      expect(
        grades.indexOf(none.grade) - grades.indexOf(met.grade),
        `${base.profile.name}`,
      ).toBeGreaterThanOrEqual(1);
    }
  });

  it('"unknown" never scores better than "met", nor than no answer at all', () => {
    const met = riskScore({ profile: vendor('met'), asOf: ASOF }).score;
    const unknown = riskScore({ profile: vendor('unknown'), asOf: ASOF }).score;
    const unanswered = riskScore({ profile: vendor(), asOf: ASOF }).score;
    expect(unknown).toBeGreaterThanOrEqual(met);
    expect(unknown).toBeGreaterThanOrEqual(unanswered);
  });

  it('property: more gaps never lower a score (moving any duty from met towards not met)', () => {
    const order = ['met', 'partly met', 'unknown', 'not met'] as const;
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: GDPR_IDS.length, maxLength: GDPR_IDS.length }),
        fc.integer({ min: 0, max: GDPR_IDS.length - 1 }),
        (statuses, which) => {
          const posture = (s: readonly number[]) =>
            GDPR_IDS.map((obligation, i) => ({ obligation, status: order[s[i] as number] ?? 'unknown' }));
          const before = riskScore({
            profile: { ...vendor(), posture: posture(statuses) },
            asOf: ASOF,
          }).score;
          const worse = [...statuses];
          worse[which] = Math.min(3, (worse[which] as number) + 1);
          const after = riskScore({ profile: { ...vendor(), posture: posture(worse) }, asOf: ASOF }).score;
          return after >= before;
        },
      ),
      { numRuns: 40 },
    );
  });

  it('property: a higher expected loss never lowers the score', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e8, noNaN: true }),
        fc.double({ min: 1, max: 10, noNaN: true }),
        (loss, factor) => {
          const score = (x: number) =>
            riskScore({
              profile: vendor('met'),
              asOf: ASOF,
              expectedLoss: { amount: x.toFixed(2), currency: 'EUR' },
            }).score;
          return score(loss * factor) >= score(loss);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('unknown is not safe: a non-EU vendor of unknown scope is undetermined, says what settles it, and is never grade A', () => {
    const overseas = aProfile('Overseas Inc.')
      .establishedIn('US')
      .controller()
      .withTurnover(2024, '500000', 'EUR')
      .toInput();
    const result = riskScore({ profile: overseas, asOf: ASOF });
    expect(result.status).toBe('undetermined');
    expect(result.needs).toEqual([
      'profile.processing.offersGoodsOrServicesInUnion',
      'profile.processing.monitorsBehaviourInUnion',
    ]);
    expect(result.grade).not.toBe('A');
    expect(result.regimes.map((r) => r.regime)).toContain('GDPR');
  });

  it('an unknown country code is a ValidationError', () => {
    const bad = { ...vendor(), establishments: [{ country: 'QQ', main: true }] };
    expect(() => riskScore({ profile: bad, asOf: ASOF })).toThrow(ValidationError);
    expect(() => riskScore({ profile: bad, asOf: ASOF })).toThrow(
      /"QQ" is not an ISO 3166-1 alpha-2 country code/,
    );
  });

  it('an estimate of another vendor cannot be scored for this one', () => {
    const other = estimateExposure({ profile: saas, asOf: ASOF });
    expect(() => riskScore({ profile: vendor(), asOf: ASOF, estimate: other })).toThrow(
      /not of this profile/,
    );
    const same = estimateExposure({ profile: vendor('met'), asOf: ASOF });
    expect(riskScore({ profile: vendor('met'), asOf: ASOF, estimate: same }).score).toBe(
      riskScore({ profile: vendor('met'), asOf: ASOF }).score,
    );
  });
});

describe('a generated supplier base of 10,000 vendors in the EU size mix', () => {
  const base = supplierBase(10_000);
  const scores = base.map((v) => riskScore({ profile: v.profile, asOf: ASOF }));

  it('the score order agrees with the expected annual loss in euros (Spearman ≥ 0.9)', () => {
    const rho = spearman(
      scores.map((s) => s.score),
      scores.map((s) => Number(s.expectedAnnualLoss.amount)),
    );
    expect(rho).toBeGreaterThanOrEqual(0.9);
  });

  it('no score value is held by more than 2 % of the vendors, and every grade is used', () => {
    const counts = new Map<number, number>();
    for (const s of scores) counts.set(s.score, (counts.get(s.score) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(200);
    expect(new Set(scores.map((s) => s.grade))).toEqual(new Set(['A', 'B', 'C', 'D', 'E', 'F']));
  });

  it('no undetermined vendor is graded A', () => {
    const undetermined = scores.filter((s) => s.status === 'undetermined');
    expect(undetermined.length).toBeGreaterThan(0);
    for (const s of undetermined) expect(s.grade).not.toBe('A');
  });

  it('the portfolio view: grades, the suppliers that dominate the loss, the total and its tail', () => {
    const view = portfolio({ scores, iterations: 5000 });
    expect(view.suppliers).toBe(10_000);
    expect(Object.values(view.grades).reduce((a, b) => a + b, 0)).toBe(10_000);
    const total = scores.reduce((sum, s) => sum + Number(s.expectedAnnualLoss.amount), 0);
    expect(Number(view.expectedAnnualLoss.amount)).toBeCloseTo(total, 0);
    expect(view.dominant[0]?.share).toBeGreaterThan(view.dominant[1]?.share ?? 0 - 1e-9);
    expect(Number(view.annual.loss99.amount)).toBeGreaterThanOrEqual(Number(view.annual.loss95.amount));
    expect(portfolioChart(view)).toMatchObject({ mark: 'bar' });
  });
});
