import { ValidationError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { parseInput } from '../core/validation.js';
import type { SanctionRecord } from '../sanctions/record.js';
import { buildDesign, type DesignSpace, encode, type Penalties, penaltyVector } from './design.js';
import { type CalibrationCell, caseOfRecord, cellOf, type FineCase } from './features.js';
import {
  accumulate,
  dot,
  emptyNormalEquations,
  type NormalEquations,
  solveRidge,
  subtract,
} from './linear-algebra.js';
import { fitOptionsSchema } from './options.js';
import { recordsOf } from './records.js';
import { isModelledRegime, MODELLED_REGIMES } from './regimes.js';
import { fitSpread, SPREAD_FLOOR, SPREAD_OFFSET, type SpreadModel, spreadAt } from './spread.js';

/**
 * A fitted model of log10 fine (in euros): a ridge regression whose authority and sector effects
 * are shrunk towards the common mean, fitted on the whole data and once per fold of a grouped
 * K-fold split, with each case's out-of-fold residual kept for CV+ prediction intervals (Barber,
 * Candès, Ramdas and Tibshirani, "Predictive inference with the jackknife+", Ann. Statist. 49(1),
 * 2021), calibrated per size class (Mondrian). Plain data: it ships as JSON and refits anywhere.
 * Doubles throughout: statistics, not legal figures.
 */
export interface FineModel {
  readonly kind: 'lexposure fine model';
  readonly version: typeof FINE_MODEL_VERSION;
  /** The data it was fitted on. */
  readonly data: {
    readonly cases: number;
    readonly from: string;
    readonly to: string;
    /** A fingerprint of the cases (ids, dates, amounts), to tell whether a model is out of date. */
    readonly fingerprint: string;
    /** The dataset version, where the cases came from the bundled one. */
    readonly datasetVersion: string | null;
    /** The number of cases of each regime. */
    readonly regimes: Readonly<Record<string, number>>;
  };
  readonly penalties: Penalties;
  readonly space: DesignSpace;
  readonly coefficients: readonly number[];
  readonly folds: number;
  readonly foldCoefficients: readonly (readonly number[])[];
  /**
   * Each case's fold, its calibration cell and its normalised score: the out-of-fold residual
   * y − μ₋ₖ(x) divided by the spread the spread model expects for it (4 decimals: a ten-thousandth
   * of a spread is far below the model's resolution).
   */
  readonly residuals: readonly {
    readonly fold: number;
    readonly cell: CalibrationCell;
    readonly score: number;
  }[];
  /**
   * The spread model (spread.ts): a ridge regression of log10 of the out-of-fold |residual| on
   * the same design, so that intervals widen where fines are less predictable (normalised
   * conformal scores).
   */
  readonly spread: SpreadModel;
  /** Recency weighting: a case's weight halves every `halfLifeYears` before `referenceYear`. */
  readonly weighting: { readonly halfLifeYears: number | null; readonly referenceYear: number };
  /** The residual standard deviation of the full fit, in dex. */
  readonly residualSd: number;
}

/**
 * The format of a fitted model: 2 from December 2026, when the spread model moved to the log scale
 * (a version-1 model's spread coefficients mean something else: it must be refitted).
 */
export const FINE_MODEL_VERSION = 2;

/** Whether a value is a fitted model of this format (fitFineModel's result, or one saved from it). */
export function isFineModel(v: unknown): v is FineModel {
  return (
    typeof v === 'object' &&
    v !== null &&
    (v as FineModel).kind === 'lexposure fine model' &&
    (v as FineModel).version === FINE_MODEL_VERSION &&
    Array.isArray((v as FineModel).coefficients)
  );
}

export interface FitOptions {
  /** The number of folds of the grouped split (CV+). */
  readonly folds?: number;
  /** Fixed penalties; by default they are chosen by grouped cross-validation from a small grid. */
  readonly penalties?: Penalties;
  readonly datasetVersion?: string | null;
  /**
   * Recency weighting: a case's weight halves every this many years before the latest decision
   * (enforcement drifts: the EDPB method, larger fines); null for equal weights.
   */
  readonly halfLifeYears?: number | null;
}

/** The default half-life of the recency weights, chosen by the rolling-origin evaluation (README). */
export const DEFAULT_HALF_LIFE_YEARS = 3;

export { MODELLED_REGIMES };

export const DEFAULT_FOLDS = 10;

/** The fewest cases a fit or an evaluation is made on. */
export const MIN_CASES = 30;

const GRID: readonly Penalties[] = [1, 4, 16].flatMap((authority) =>
  [4, 16].map((sector) => ({ authority, sector, other: 2, continuous: 0.5 })),
);

/** The training cases of a set: modelled regimes, a positive amount. */
export function trainingCases(
  records: readonly SanctionRecord[],
): { record: SanctionRecord; case: FineCase; y: number }[] {
  return records
    .filter((r) => isModelledRegime(r.regime) && Number(r.amountEur.amount.amount) > 0)
    .map((record) => ({
      record,
      case: caseOfRecord(record),
      y: Math.log10(Number(record.amountEur.amount.amount)),
    }));
}

/** The group a case belongs to for the split: its undertaking, else its entity (fines on one group never straddle folds). */
export function groupOf(r: SanctionRecord): string {
  return (r.undertaking ?? r.entity).trim().toLowerCase();
}

/** FNV-1a: a deterministic fold for a group. */
export function foldOf(group: string, folds: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < group.length; i++) {
    h ^= group.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % folds;
}

function fingerprintOf(cases: readonly { record: SanctionRecord }[]): string {
  let h = 0x811c9dc5;
  for (const { record } of [...cases].sort((a, b) => (a.record.id < b.record.id ? -1 : 1))) {
    const s = `${record.id}|${record.date}|${record.amountEur.amount.amount}|${record.turnoverEur?.amount ?? ''}|${record.authorityId ?? ''};`;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  }
  return h.toString(16).padStart(8, '0');
}

/** Each case's weight, halving every `halfLife` years back from the latest decision's year (all 1 for null). */
function recencyWeights(
  cases: readonly { readonly record: SanctionRecord }[],
  halfLife: number | null,
): { referenceYear: number; weights: number[] } {
  const referenceYear = Math.max(...cases.map((c) => Number(c.record.date.slice(0, 4))));
  const weights = cases.map((c) =>
    halfLife === null ? 1 : 0.5 ** ((referenceYear - Number(c.record.date.slice(0, 4))) / halfLife),
  );
  return { referenceYear, weights };
}

/**
 * Fits the fine model on a sanction set's records (the bundled dataset, a subset of it, or a user's
 * own). Deterministic: the same records give the same model.
 */
export function fitFineModel(
  source: { all(): readonly SanctionRecord[] } | readonly SanctionRecord[],
  given: FitOptions = {},
): FineModel {
  const records = recordsOf(source, 'fitFineModel records');
  const options: FitOptions = parseInput(fitOptionsSchema, given, 'fitFineModel options', 'options');
  const cases = trainingCases(records);
  const folds = options.folds ?? DEFAULT_FOLDS;
  if (cases.length < MIN_CASES) {
    throw new ValidationError(
      [
        {
          path: 'sanctions',
          message: `the fine model needs at least ${MIN_CASES} data-protection fines with an amount, got ${cases.length}`,
        },
      ],
      'fitFineModel arguments',
    );
  }
  const halfLife = options.halfLifeYears === undefined ? DEFAULT_HALF_LIFE_YEARS : options.halfLifeYears;
  const { referenceYear, weights } = recencyWeights(cases, halfLife);
  const penalties = options.penalties ?? choosePenalties(cases, folds, weights);
  const space = buildDesign(
    cases.map((c) => c.case),
    penalties,
  );
  const rows = cases.map((c) => encode(space, c.case));
  const fold = cases.map((c) => foldOf(groupOf(c.record), folds));
  const ys = cases.map((c) => c.y);
  const { all, byFold } = normalEquations(space, rows, ys, fold, folds, weights);
  const penalty = penaltyVector(space);
  const coefficients = solveRidge(all, penalty);
  const foldCoefficients = byFold.map((f) => solveRidge(subtract(all, f), penalty));
  const raw = rows.map(
    (x, i) => (ys[i] as number) - dot(foldCoefficients[fold[i] as number] as Float64Array, x),
  );
  const spreadCoefficients = round(fitSpread(rows, raw, weights, penalty));
  const spread: SpreadModel = {
    link: 'log10',
    offset: SPREAD_OFFSET,
    coefficients: spreadCoefficients,
    floor: SPREAD_FLOOR,
  };
  const residuals = cases.map((c, i) => ({
    fold: fold[i] as number,
    cell: cellOf(c.case),
    score: (raw[i] as number) / spreadAt(spread, rows[i] as Float64Array),
  }));
  let ss = 0;
  for (let i = 0; i < rows.length; i++)
    ss += ((cases[i]?.y as number) - dot(coefficients, rows[i] as Float64Array)) ** 2;
  const dates = cases.map((c) => c.record.date).sort();
  // Frozen: what is derived from a model (its column index, its residuals by cell) is remembered
  // per model object.
  return deepFreeze({
    kind: 'lexposure fine model',
    version: FINE_MODEL_VERSION,
    data: {
      cases: cases.length,
      from: dates[0] as string,
      to: dates.at(-1) as string,
      fingerprint: fingerprintOf(cases),
      datasetVersion: options.datasetVersion ?? null,
      regimes: Object.fromEntries(
        MODELLED_REGIMES.map((r) => [r, cases.filter((c) => c.record.regime === r).length]),
      ),
    },
    penalties,
    space,
    coefficients: round(coefficients),
    folds,
    foldCoefficients: foldCoefficients.map(round),
    residuals: residuals.map((r) => ({ ...r, score: Math.round(r.score * 1e4) / 1e4 })),
    spread,
    weighting: { halfLifeYears: halfLife, referenceYear },
    residualSd: Math.round(Math.sqrt(ss / Math.max(1, rows.length - 1)) * 1e6) / 1e6,
  });
}

const round = (v: Float64Array) => Array.from(v, (x) => Math.round(x * 1e6) / 1e6);

function normalEquations(
  space: DesignSpace,
  rows: readonly Float64Array[],
  y: readonly number[],
  fold: readonly number[],
  folds: number,
  weights: readonly number[],
): { all: NormalEquations; byFold: NormalEquations[] } {
  const p = space.columns.length;
  const all = emptyNormalEquations(p);
  const byFold = Array.from({ length: folds }, () => emptyNormalEquations(p));
  rows.forEach((x, i) => {
    accumulate(all, x, y[i] as number, weights[i] as number);
    accumulate(byFold[fold[i] as number] as NormalEquations, x, y[i] as number, weights[i] as number);
  });
  return { all, byFold };
}

/** The penalties of the grid with the lowest grouped cross-validated squared error. */
function choosePenalties(
  cases: ReturnType<typeof trainingCases>,
  folds: number,
  weights: readonly number[],
): Penalties {
  // The design (its levels) depends on the penalties only through the column penalties, so the
  // normal equations are built once and each grid point only re-solves.
  const space = buildDesign(
    cases.map((c) => c.case),
    GRID[0] as Penalties,
  );
  const rows = cases.map((c) => encode(space, c.case));
  const fold = cases.map((c) => foldOf(groupOf(c.record), folds));
  const { all, byFold } = normalEquations(
    space,
    rows,
    cases.map((c) => c.y),
    fold,
    folds,
    weights,
  );
  let best = GRID[0] as Penalties;
  let bestError = Number.POSITIVE_INFINITY;
  for (const candidate of GRID) {
    const penalty = penaltyVector(
      buildDesign(
        cases.map((c) => c.case),
        candidate,
      ),
    );
    const betas = byFold.map((f) => solveRidge(subtract(all, f), penalty));
    let error = 0;
    rows.forEach((x, i) => {
      error +=
        (weights[i] as number) *
        ((cases[i]?.y as number) - dot(betas[fold[i] as number] as Float64Array, x)) ** 2;
    });
    if (error < bestError - 1e-9) {
      bestError = error;
      best = candidate;
    }
  }
  return best;
}
