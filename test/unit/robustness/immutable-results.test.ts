import { describe, expect, it } from 'vitest';
import { TIME_LIMITS } from '../../../src/api/law.js';
import {
  BUNDLED_MODEL,
  type CompanyProfileInput,
  DEFAULT_SCENARIOS,
  deadline,
  ecbReferenceRates,
  edpbFine,
  estimateExposure,
  fineProvisions,
  gapAnalysis,
  lawStatus,
  legalMaximum,
  maximumFine,
  obligationsFor,
  provisionById,
  QUESTIONNAIRE,
  riskScore,
} from '../../../src/index.js';
import { sanctions } from '../../../src/sanctions/index.js';

// Issue 19: a caller who edited a returned result changed later results for other companies (a GDPR
// maximum of €20m became €10m, the Art. 12(3) deadline three months, citation URLs the caller's).
// Every result, and every table of the library, is immutable from the caller's side.

const profile = (amount: string, name = 'Other Company SA'): CompanyProfileInput => ({
  name,
  roles: ['controller'],
  establishments: [{ country: 'FR', main: true }],
  financialYears: [
    {
      year: 2024,
      end: '2024-12-31',
      scope: 'undertaking',
      employees: 300,
      turnover: { amount, currency: 'EUR' },
    },
  ],
  posture: [{ obligation: 'GDPR Art. 30', status: 'not met' }],
});
const asOf = '2025-06-01';

/** Every kind of answer, as JSON, for a company the caller did not touch. */
function answers() {
  const p = profile('1000000');
  return JSON.stringify({
    max: legalMaximum({ profile: p, provision: 'GDPR 83(5)', asOf }),
    fine: maximumFine({ profile: p, regime: 'GDPR', articles: ['5', '32'], asOf }),
    deadline: deadline({ timeLimit: 'GDPR 12(3)', from: '2025-01-10' }),
    obligations: obligationsFor({ profile: p, asOf }),
    gaps: gapAnalysis({ profile: p, asOf }),
    estimate: estimateExposure({ profile: p, asOf }),
    score: riskScore({ profile: p, asOf }),
    edpb: edpbFine({ profile: p, asOf, infringement: { articles: ['5'], seriousness: 'low' } }),
    median: sanctions.query({ regime: 'GDPR' }).length,
    first: sanctions.all()[0],
  });
}

/** Edits every reachable part of a value the way a careless caller would; frozen parts refuse. */
function vandalise(value: unknown, depth = 0): void {
  if (typeof value !== 'object' || value === null || depth > 6) return;
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    try {
      if (typeof v === 'string') (value as Record<string, unknown>)[key] = 'changed by the caller';
      else if (typeof v === 'number') (value as Record<string, unknown>)[key] = -1;
      else if (Array.isArray(v)) {
        vandalise(v, depth + 1);
        v.length = 0;
      } else vandalise(v, depth + 1);
    } catch {
      // A frozen part refuses the edit (TypeError in strict mode): that is the point.
    }
  }
}

describe('results and tables are immutable from the outside', () => {
  it('editing every kind of result changes no later answer for another company', () => {
    const before = answers();
    const p = profile('1000000000', 'Caller Corp');
    vandalise(legalMaximum({ profile: p, provision: 'GDPR 83(5)', asOf }));
    vandalise(maximumFine({ profile: p, regime: 'GDPR', articles: ['5', '32'], asOf }));
    vandalise(deadline({ timeLimit: 'GDPR 12(3)', from: '2025-03-01' }));
    vandalise(obligationsFor({ profile: p, asOf }));
    vandalise(gapAnalysis({ profile: p, asOf }));
    vandalise(estimateExposure({ profile: p, asOf }));
    vandalise(riskScore({ profile: p, asOf }));
    vandalise(edpbFine({ profile: p, asOf, infringement: { articles: ['5'], seriousness: 'low' } }));
    vandalise(sanctions.query({ regime: 'GDPR' }));
    expect(answers()).toBe(before);
  });

  it('the law tables refuse edits: provisions, time limits, questions, scenarios, rates, model, status', () => {
    const before = answers();
    const gdpr = provisionById('GDPR 83(5)');
    expect(Object.isFrozen(gdpr)).toBe(true);
    expect(Object.isFrozen(gdpr.versions[0]?.citation)).toBe(true);
    for (const table of [
      fineProvisions(),
      TIME_LIMITS,
      QUESTIONNAIRE,
      DEFAULT_SCENARIOS,
      ecbReferenceRates(),
      BUNDLED_MODEL,
      lawStatus(),
      sanctions.all(),
    ])
      vandalise(table);
    expect(gdpr.versions[0]?.fixed?.amount.toFixed()).toBe('20000000');
    expect(deadline({ timeLimit: 'GDPR 12(3)', from: '2025-01-10' }).lastDay).toBe('2025-02-10');
    expect(answers()).toBe(before);
  });
});
