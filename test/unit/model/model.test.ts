import { describe, expect, it } from 'vitest';
import {
  BUNDLED_MODEL,
  calibrate,
  estimateExposure,
  type FineModel,
  fitFineModel,
  type ProfileArg,
} from '../../../src/index.js';
import { encode } from '../../../src/model/design.js';
import { caseOfRecord } from '../../../src/model/features.js';
import { trainingCases } from '../../../src/model/fit.js';
import { predictFine } from '../../../src/model/predict.js';
import { createSanctionSet, SANCTIONS_DATASET, sanctions } from '../../../src/sanctions/index.js';
import { aProfile } from '../../../src/testing/index.js';

const all = sanctions.all();

describe('the bundled fine model', () => {
  it('is the model the bundled dataset fits to today (refit with `npm run model` after a data change)', () => {
    const refit = fitFineModel(sanctions, { datasetVersion: SANCTIONS_DATASET.version });
    expect(refit.data).toEqual(BUNDLED_MODEL.model.data);
    expect(refit.coefficients).toEqual(BUNDLED_MODEL.model.coefficients);
    expect(refit.residuals.length).toBe(BUNDLED_MODEL.model.residuals.length);
  });

  it('fits 1,000 cases in well under a second', () => {
    const many = [...all, ...all.slice(0, 250).map((r) => ({ ...r, id: `${r.id}-copy` }))];
    const set = createSanctionSet(many);
    const t0 = performance.now();
    fitFineModel(set);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('is deterministic: the same records give the same model', () => {
    const a = fitFineModel(all.slice(0, 400));
    const b = fitFineModel(all.slice(0, 400));
    expect(a).toEqual(b);
  });

  it('shrinks authority effects: an authority with few fines gets the pooled effect "other"', () => {
    const space = BUNDLED_MODEL.model.space;
    for (const a of space.authorities) {
      expect(all.filter((r) => r.authorityId === a).length).toBeGreaterThanOrEqual(3);
    }
    expect(space.columns.some((c) => c.name === 'authority:other')).toBe(true);
  });
});

describe('a prediction, recomputed independently from the model’s data', () => {
  const model = BUNDLED_MODEL.model;
  const record = all.find((r) => r.id === 'cnil-criteo-2023-06-consent-proof');
  const c = record ? caseOfRecord(record) : null;

  it('quantiles are the ⌈τ(n+1)⌉-th of μ₋ₖ(x) + spread(x) × score over the cell, capped', () => {
    if (!c) throw new Error('no Criteo record');
    const x = encode(model.space, c);
    const dot = (b: readonly number[]) => b.reduce((s, v, i) => s + v * (x[i] as number), 0);
    // The spread model is log-linear (src/model/spread.ts): 10^(x·β), at least its floor.
    expect(model.spread.link).toBe('log10');
    const spread = Math.max(model.spread.floor, 10 ** dot(model.spread.coefficients));
    const p = predictFine(model, c, { cap: 1e8 });
    const cell = model.residuals.filter((r) => r.cell === p.cell.cell);
    const pool = cell.length >= 20 ? cell : model.residuals;
    const values = pool
      .map((r) => Math.min(1e8, 10 ** (dot(model.foldCoefficients[r.fold] as number[]) + spread * r.score)))
      .sort((a, b) => a - b);
    const nth = (tau: number) => values[Math.ceil(tau * (values.length + 1)) - 1] as number;
    expect(p.quantiles.get(0.1)).toBeCloseTo(nth(0.1), 6);
    expect(p.quantiles.get(0.5)).toBeCloseTo(nth(0.5), 6);
    expect(p.quantiles.get(0.9)).toBeCloseTo(nth(0.9), 6);
    expect(Math.max(...values)).toBeLessThanOrEqual(1e8);
  });

  it('the whole predictive sample is the sorted, capped values, case by case in each cell (the fold-run merge)', () => {
    const cases = all.filter((_, i) => i % 37 === 0).map(caseOfRecord);
    const cells = new Set<string>();
    for (const k of cases) {
      const x = encode(model.space, k);
      const dot = (b: readonly number[]) => b.reduce((s, v, i) => s + v * (x[i] as number), 0);
      const spread = Math.max(model.spread.floor, 10 ** dot(model.spread.coefficients));
      const p = predictFine(model, k, { cap: 2e6 });
      cells.add(p.cell.cell);
      const cell = model.residuals.filter((r) => r.cell === p.cell.cell);
      const pool = cell.length >= 20 ? cell : model.residuals;
      const values = pool
        .map((r) => Math.min(2e6, 10 ** (dot(model.foldCoefficients[r.fold] as number[]) + spread * r.score)))
        .sort((a, b) => a - b);
      expect(p.sample.length).toBe(values.length);
      values.forEach((v, i) => {
        expect(Math.abs((p.sample[i] as number) - v)).toBeLessThanOrEqual(v * 1e-12);
      });
    }
    expect(cells.size).toBe(3);
  });

  it('each calibration score is the out-of-fold residual divided by the spread the model expects for the case', () => {
    const cases = trainingCases(all);
    const i = cases.findIndex((t) => t.record.id === 'cnil-criteo-2023-06-consent-proof');
    const t = cases[i];
    const r = model.residuals[i];
    if (!t || !r) throw new Error('no Criteo case');
    const x = encode(model.space, t.case);
    const dot = (b: readonly number[]) => b.reduce((s, v, k) => s + v * (x[k] as number), 0);
    const outOfFold = t.y - dot(model.foldCoefficients[r.fold] as number[]);
    const spread = Math.max(model.spread.floor, 10 ** dot(model.spread.coefficients));
    // Scores are kept to 4 decimals.
    expect(Math.abs(r.score * spread - outOfFold)).toBeLessThan(1e-4 * spread + 1e-9);
  });

  it('the drivers multiply up to the point prediction: reference × Π factors = 10^point', () => {
    if (!c) throw new Error('no Criteo record');
    const p = predictFine(model, c);
    const product = p.drivers.reduce((v, d) => v * d.factor, p.reference);
    expect(Math.log10(product)).toBeCloseTo(p.log10Point, 9);
  });
});

describe('estimateExposure with the fine model', () => {
  const company = aProfile('Shop SARL')
    .establishedIn('FR')
    .controller()
    .withTurnover(2024, '8000000', 'EUR', { employees: 40, scope: 'entity' })
    .build();

  it('reads the lead authority from the main establishment (Art. 56) and explains each driver', () => {
    const gdpr = estimateExposure({ profile: company, asOf: '2025-06-30' }).regimes.find(
      (r) => r.regime === 'GDPR',
    );
    expect(gdpr?.model?.case.authority).toBe('FR-CNIL');
    expect(gdpr?.model?.drivers.find((d) => d.group === 'authority')?.text).toMatch(/^FR-CNIL: ×/);
    expect(gdpr?.model?.cell.cell).toBe('sme');
    expect(gdpr?.model?.cell.measuredCoverage).not.toBeNull();
  });

  it('refuses a model of the earlier format (its spread coefficients mean something else): refit it', () => {
    const old = { ...BUNDLED_MODEL.model, version: 1 } as unknown as FineModel;
    expect(() => estimateExposure({ profile: company, asOf: '2025-06-30', model: old })).toThrow(
      /model: a fine model of version 2/,
    );
  });

  it('refits on the sanctions given, so an evaluation on earlier cases never learns from later ones', () => {
    const before2024 = createSanctionSet(all.filter((r) => r.date < '2024-01-01'));
    const gdpr = estimateExposure({
      profile: company,
      asOf: '2025-06-30',
      sanctions: before2024,
    }).regimes.find((r) => r.regime === 'GDPR');
    expect((gdpr?.model?.data.to ?? '9999') < '2024-01-01').toBe(true);
    expect(gdpr?.model?.nearest.length).toBeGreaterThan(0);
    for (const n of gdpr?.model?.nearest ?? []) expect(n.date < '2024-01-01').toBe(true);
  });

  it('the annual probability is 1 − e^(−rate), and the expected loss rate × the expected fine', () => {
    const gdpr = estimateExposure({ profile: company, asOf: '2025-06-30' }).regimes.find(
      (r) => r.regime === 'GDPR',
    );
    const f = gdpr?.frequency;
    expect(f).toBeTruthy();
    if (!f || !gdpr?.model) return;
    expect(f.probability).toBeCloseTo(1 - Math.exp(-f.rate), 12);
    expect(Number(f.expectedAnnualLoss.amount)).toBeCloseTo(f.rate * Number(gdpr.model.expected.amount), 1);
  });

  it('a large company is far likelier to be fined in a year than an SME, through the measured share of fines', () => {
    const large = aProfile('Big SA')
      .establishedIn('FR')
      .controller()
      .withTurnover(2024, '5000000000', 'EUR', { employees: 20000 })
      .build();
    const p = (profile: ProfileArg) =>
      estimateExposure({ profile, asOf: '2025-06-30' }).regimes.find((r) => r.regime === 'GDPR')?.frequency
        ?.probability ?? 0;
    expect(p(large)).toBeGreaterThan(50 * p(company));
  });

  it('the DSA and the DMA get the legal maximum only, flagged "no calibration data"', () => {
    const vlop = aProfile('Platform Ltd')
      .establishedIn('IE')
      .withTurnover(2024, '10000000000')
      .withService({
        kind: 'online-platform',
        euMonthlyActiveRecipients: 50_000_000,
        dsaDesignation: { notified: '2023-04-25' },
      })
      .build();
    const dsa = estimateExposure({ profile: vlop, asOf: '2025-06-30' }).regimes.find(
      (r) => r.regime === 'DSA',
    );
    expect(dsa?.model).toBeNull();
    expect(dsa?.steps.some((s) => /no calibration data/.test(s.rule ?? ''))).toBe(true);
  });

  it('never gives a likely fine above the legal maximum, nor above the largest GDPR fine ever imposed, for a processor with no known infringement', () => {
    const processor = aProfile('Cloud BV')
      .establishedIn('NL')
      .processor()
      .withTurnover(2024, '200000000000', 'EUR', { employees: 100000 })
      .build();
    const gdpr = estimateExposure({ profile: processor, asOf: '2025-06-30' }).regimes.find(
      (r) => r.regime === 'GDPR',
    );
    const largest = Math.max(
      ...all.filter((r) => r.regime === 'GDPR').map((r) => Number(r.amountEur.amount.amount)),
    );
    expect(Number(gdpr?.combined?.likely?.amount)).toBeLessThan(largest);
    expect(Number(gdpr?.combined?.high.amount)).toBeLessThanOrEqual(Number(gdpr?.legalMaximum?.amount));
  });
});

describe('calibrate: the measured accuracy the README reports', () => {
  const report = calibrate(sanctions);

  it('rolling origin from 2024: the 80 % interval covers 75-85 % of later fines, and beats the naive baselines', () => {
    const o = report.rollingOrigin.overall;
    expect(o.model.coverage).toBeGreaterThanOrEqual(0.75);
    expect(o.model.coverage).toBeLessThanOrEqual(0.85);
    expect(o.model.medianError).toBeLessThan(o.globalMedian.medianError);
    // On the cases with a turnover, against the median fine ÷ turnover: at most 0.7 of its error.
    expect(o.modelOnTurnoverCases?.medianError ?? 1).toBeLessThanOrEqual(
      0.7 * (o.medianRatio?.medianError ?? 0),
    );
    // For large companies the 0.7 is missed since the December 2026 data added the group's
    // turnover to 26 fines on large groups (0.62 against 0.70 for the naive rule): the model still
    // has to beat the naive rule, and the README states the miss.
    expect(report.rollingOrigin.bySize.large.modelOnTurnoverCases?.medianError ?? 1).toBeLessThan(
      report.rollingOrigin.bySize.large.medianRatio?.medianError ?? 0,
    );
  });

  it('grouped cross-validation: coverage 75-85 % overall and in each size cell with at least 30 cases', () => {
    const cv = report.groupedCv;
    for (const s of [cv.overall, cv.bySize.large, cv.bySize.sme, cv.bySize.unknown]) {
      if (s.model.n < 30) continue;
      expect(s.model.coverage).toBeGreaterThanOrEqual(0.75);
      expect(s.model.coverage).toBeLessThanOrEqual(0.85);
      expect(Math.abs(s.model.bias)).toBeLessThanOrEqual(0.3);
    }
  });
});
