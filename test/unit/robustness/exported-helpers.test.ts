import { describe, expect, it } from 'vitest';
import * as L from '../../../src/index.js';
import * as S from '../../../src/sanctions/index.js';
import * as T from '../../../src/testing/index.js';

// Issue 19: exported helpers threw TypeErrors or plain Errors on bad values (quantile, the Money
// functions, provisionById, parseArticleReference, evaluateCap, createSanctionSet,
// sanctionsFromCsv, the profile builder...). Each either returns or throws a LexposureError, at
// once. The Money arithmetic and evaluateCap are no longer exported (fewer exports).

const HOSTILE: readonly unknown[] = [
  undefined,
  null,
  42,
  Number.NaN,
  {},
  [],
  'x'.repeat(1_000_000),
  Symbol('s'),
  { toStringTag: '[object Decimal]' },
  new Proxy(
    {},
    {
      get() {
        throw new Error('a getter that throws');
      },
    },
  ),
];

const HELPERS: Record<string, (v: unknown) => unknown> = {
  provisionById: (v) => L.provisionById(v as string),
  periodicPenaltyById: (v) => L.periodicPenaltyById(v as string),
  parseArticleReference: (v) => L.parseArticleReference(v as string),
  'provisionForArticle (article)': (v) => L.provisionForArticle('GDPR', v as string),
  'provisionForArticle (regime)': (v) => L.provisionForArticle(v as L.Regime, '5'),
  'quantile (values)': (v) => S.quantile(v as L.Decimal[], 50),
  'quantile (p)': (v) => S.quantile([new L.Decimal(1)], v as number),
  createSanctionSet: (v) => S.createSanctionSet(v),
  sanctionsFromCsv: (v) => S.sanctionsFromCsv(v as string, { amount: 'amount' } as never),
  aProfile: (v) => T.aProfile(v as string).build(),
  obligationId: (v) => L.obligationId(v as never),
  formatCitation: (v) => L.formatCitation(v as never),
  formatMoney: (v) => L.formatMoney(v as never),
  precedingFinancialYearEnd: (v) => L.precedingFinancialYearEnd(v as string, '2025-01-01'),
  calibrate: (v) => L.calibrate(v as never),
  fitFineModel: (v) => L.fitFineModel(v as never),
  postureFromQuestionnaire: (v) => L.postureFromQuestionnaire(v),
  enterpriseSize: (v) => L.enterpriseSize(v as never),
  portfolio: (v) => L.portfolio(v as never),
  perViolationMaximum: (v) => L.perViolationMaximum(v as never),
  periodicPenalty: (v) => L.periodicPenalty(v as never),
};

describe('exported helpers on hostile values', () => {
  it.each(Object.keys(HELPERS))('%s returns or throws a LexposureError within 100 ms', (name) => {
    const call = HELPERS[name] as (v: unknown) => unknown;
    for (const value of HOSTILE) {
      const t = performance.now();
      try {
        call(value);
      } catch (error) {
        expect(error, `${name}(hostile value #${HOSTILE.indexOf(value)})`).toBeInstanceOf(L.LexposureError);
      }
      expect(performance.now() - t).toBeLessThan(100);
    }
  });

  it('the Money constructors and evaluateCap are the library’s own, not exports', () => {
    for (const name of ['money', 'serializeMoney', 'evaluateCap']) expect(name in L, name).toBe(false);
  });
});
