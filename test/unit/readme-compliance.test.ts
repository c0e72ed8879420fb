import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gapAnalysis } from '../../src/compliance/gap-analysis.js';
import { postureFromQuestionnaire, QUESTIONNAIRE } from '../../src/compliance/questionnaire.js';
import { deadline, isLate } from '../../src/deadlines/deadline.js';
import { riskScore } from '../../src/exposure/risk-score.js';
import { GDPR_DUTIES } from '../../src/law/gdpr/duties.js';

// The example of the README section "Duties, compliance posture and gaps", checked figure by figure.
describe('README: a vendor questionnaire → gaps → exposure → score', () => {
  const posture = postureFromQuestionnaire({
    principles: 'yes',
    'lawful-basis': 'yes',
    consent: 'yes',
    'privacy-notice': 'partly',
    'data-subject-requests': 'yes',
    'processor-contracts': 'partly',
    records: 'yes',
    cooperation: 'yes',
    security: 'partly',
    'breach-procedure': 'no',
    'data-protection-officer': 'yes',
    transfers: 'yes',
  });
  const profile = {
    name: 'Acme CRM GmbH',
    financialYears: [
      {
        year: 2025,
        end: '2025-12-31',
        scope: 'undertaking',
        turnover: { amount: '80000000', currency: 'EUR' },
        employees: 420,
      },
    ],
    establishments: [{ country: 'DE', main: true }],
    roles: ['controller', 'processor'],
    processing: {
      consent: true,
      servicesToChildren: false,
      specialCategories: false,
      automatedDecisions: false,
      jointControllers: false,
      usesProcessors: true,
      likelyToResultInHighRisk: false,
      publicAreaMonitoring: false,
      largeScaleSpecialCategories: false,
      coreActivityMonitoring: false,
      coreActivitySpecialCategories: false,
      dpoRequiredByLaw: true,
      transfers: [
        { country: 'US', certified: true },
        { country: 'IN', safeguard: 'standard data protection clauses' },
      ],
    },
    posture,
  };
  const result = gapAnalysis({ profile, asOf: '2026-06-30' });

  it('the summary and the table of gaps', () => {
    expect(result.summary).toEqual({ applicable: 25, met: 17, partlyMet: 5, notMet: 2, unknown: 1 });
    expect(result.gaps.map((g) => [g.id, g.status, g.finedUnder, g.legalMaximum?.amount])).toEqual([
      ['GDPR Art. 13', 'partly met', 'GDPR 83(5)', '20000000'],
      ['GDPR Art. 14', 'partly met', 'GDPR 83(5)', '20000000'],
      ['GDPR Art. 33', 'not met', 'GDPR 83(4)', '10000000'],
      ['GDPR Art. 34', 'not met', 'GDPR 83(4)', '10000000'],
      ['GDPR Art. 28', 'partly met', 'GDPR 83(4)', '10000000'],
      ['GDPR Art. 29', 'partly met', 'GDPR 83(4)', '10000000'],
      ['GDPR Art. 32', 'partly met', 'GDPR 83(4)', '10000000'],
      ['GDPR Art. 25', 'unknown', 'GDPR 83(4)', '10000000'],
    ]);
  });

  it('the score with and without the posture, and the gaps part (2 × 1 + 1 × 1 + 5 × 0.5) ÷ 25', () => {
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    const score = riskScore({ profile, asOf: '2026-06-30' });
    // 2 not met and 1 unknown count fully, 5 partly met half: 5.5 of 25 duties.
    expect(score.drivers.find((d) => d.part === 'gaps')).toMatchObject({ value: '0.220', points: 2.2 });
    const without = riskScore({ profile: { ...profile, posture: undefined }, asOf: '2026-06-30' });
    expect(without.score).toBeGreaterThan(score.score);
    expect(readme).toContain(
      `riskScore({ profile, asOf: '2026-06-30' }); // ${score.score}, grade ${score.grade} (${without.score}, grade ${without.grade}, without the posture)`,
    );
  });

  it('the counts the README states', () => {
    expect(GDPR_DUTIES).toHaveLength(31);
    expect(QUESTIONNAIRE).toHaveLength(32);
  });
});

describe('README: deadlines', () => {
  it('the three examples', () => {
    expect(deadline({ timeLimit: 'GDPR 12(3)', from: '2026-01-31' }).lastDay).toBe('2026-03-02');
    expect(deadline({ timeLimit: 'GDPR 33(1)', from: '2026-04-03T16:40+02:00' }).endsAt).toBe(
      '2026-04-06T17:00+02:00',
    );
    expect(
      isLate({
        timeLimit: 'GDPR 33(1)',
        from: '2026-04-03T16:40+02:00',
        done: '2026-04-06T18:30+02:00',
      }),
    ).toBe(true);
  });
});
