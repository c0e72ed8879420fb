import { weakMemo } from '../core/memo.js';
import type { DriverGroup } from './design.js';
import { dexAboveTurnoverCap, encode } from './design.js';
import {
  ARTICLE_FAMILIES,
  articleFlags,
  CALIBRATION_CELLS,
  type CalibrationCell,
  cellOf,
  type FineCase,
} from './features.js';
import type { FineModel } from './fit.js';
import { dot } from './linear-algebra.js';
import { BASELINE_REGIME } from './regimes.js';
import { spreadAt } from './spread.js';

/** A calibration cell with fewer out-of-fold residuals than this borrows the pooled ones. */
export const MIN_CELL_CASES = 20;

export const DEFAULT_LEVELS = [0.1, 0.5, 0.9] as const;

/** One driver of a prediction: a group of terms, as a factor against the reference case. */
export interface Driver {
  readonly group: DriverGroup;
  /** 10^(the group's contribution in dex): ×3.1 means three times the reference. */
  readonly factor: number;
  readonly text: string;
}

export interface FinePrediction {
  /** The model's point prediction, log10 euros (before any cap). */
  readonly log10Point: number;
  /** The predictive distribution: CV+ values μ₋ₖ₍ᵢ₎(x) + eᵢ over the calibration cell, sorted, in euros, capped. */
  readonly sample: Float64Array;
  /** The quantiles asked for, in euros, capped at `cap`. */
  readonly quantiles: ReadonlyMap<number, number>;
  /** The mean of the (capped) predictive distribution, in euros. */
  readonly mean: number;
  readonly cell: {
    readonly cell: CalibrationCell;
    /** The residuals the distribution rests on. */
    readonly n: number;
    /** Whether the cell had too few cases and the pooled residuals were used. */
    readonly pooled: boolean;
  };
  readonly drivers: readonly Driver[];
  /** The reference fine: the baseline term alone (an average authority, the median turnover). */
  readonly reference: number;
}

/**
 * The conformal quantile of a sorted sample at level τ: its ⌈τ(n + 1)⌉-th smallest value, kept
 * inside the sample (finite-sample CV+ / split conformal).
 */
export function conformalQuantile(sorted: Float64Array, tau: number): number {
  const n = sorted.length;
  const k = Math.min(n, Math.max(1, Math.ceil(tau * (n + 1))));
  return sorted[k - 1] as number;
}

/**
 * The residuals each cell's distribution rests on: its own, or all of them (the same list) where it
 * has fewer than MIN_CELL_CASES.
 */
function computeResidualsByCell(
  all: FineModel['residuals'],
): Readonly<Record<CalibrationCell, FineModel['residuals']>> {
  const ofCell = (cell: CalibrationCell) => {
    const own = all.filter((r) => r.cell === cell);
    return own.length < MIN_CELL_CASES ? all : own;
  };
  return Object.fromEntries(CALIBRATION_CELLS.map((cell) => [cell, ofCell(cell)])) as Record<
    CalibrationCell,
    FineModel['residuals']
  >;
}

/**
 * Remembered per list of residuals (a fitted model's are not changed after fitting; a model given
 * with other residuals is another list): every prediction reads its cell's.
 */
const residualsByCell = /* @__PURE__ */ weakMemo(computeResidualsByCell);

/**
 * A cell's residuals laid out for the predictive distribution: grouped by fold, each fold's scores
 * ascending. A case's values 10^(μ₋ₖ(x) + s·score) keep that order within a fold (s > 0), so the
 * sorted sample is a merge of the folds' runs, not a sort.
 */
interface ResidualRuns {
  /** The normalised scores, fold after fold, each fold's ascending. */
  readonly scores: Float64Array;
  /** Fold f's scores are scores[starts[f]] .. scores[starts[f + 1] - 1]. */
  readonly starts: Int32Array;
}

function computeResidualRuns(residuals: FineModel['residuals']): ResidualRuns {
  const folds = residuals.reduce((k, r) => Math.max(k, r.fold + 1), 0);
  const ordered = [...residuals].sort((a, b) => a.fold - b.fold || a.score - b.score);
  const starts = new Int32Array(folds + 1);
  for (const r of residuals) starts[r.fold + 1] = (starts[r.fold + 1] as number) + 1;
  for (let f = 0; f < folds; f++) starts[f + 1] = (starts[f + 1] as number) + (starts[f] as number);
  return { scores: Float64Array.from(ordered, (r) => r.score), starts };
}

const residualRuns = /* @__PURE__ */ weakMemo(computeResidualRuns);

/**
 * The sorted predictive sample of a case: each fold's run of values, capped, merged. Doubles:
 * 10^v as exp(v·ln 10), within a few units in the last place of 10 ** v.
 */
function predictiveSample(
  runs: ResidualRuns,
  foldPoint: readonly number[],
  spread: number,
  cap: number | null,
): Float64Array {
  const { scores, starts } = runs;
  const folds = starts.length - 1;
  const values = new Float64Array(scores.length);
  const scale = spread * Math.LN10;
  for (let f = 0; f < folds; f++) {
    const point = (foldPoint[f] as number) * Math.LN10;
    for (let i = starts[f] as number, end = starts[f + 1] as number; i < end; i++) {
      const value = Math.exp(point + scale * (scores[i] as number));
      values[i] = cap !== null && value > cap ? cap : value;
    }
  }
  if (folds <= 1) return values;
  const heads = starts.slice(0, folds);
  const sample = new Float64Array(values.length);
  for (let out = 0; out < sample.length; out++) {
    let best = -1;
    let bestValue = Number.POSITIVE_INFINITY;
    for (let f = 0; f < folds; f++) {
      const h = heads[f] as number;
      if (h < (starts[f + 1] as number) && (values[h] as number) < bestValue) {
        best = f;
        bestValue = values[h] as number;
      }
    }
    sample[out] = bestValue;
    heads[best] = (heads[best] as number) + 1;
  }
  return sample;
}

/**
 * The fine a case would likely draw, with its predictive distribution. `cap` bounds every value
 * (the legal maximum in euros); `levels` are the quantiles asked for.
 */
export function predictFine(
  model: FineModel,
  c: FineCase,
  options: {
    readonly cap?: number | null;
    readonly levels?: readonly number[];
    /** false: the drivers' factors without their words (`text` empty). */
    readonly explain?: boolean;
  } = {},
): FinePrediction {
  const x = encode(model.space, c);
  const log10Point = dot(model.coefficients, x);
  const cell = cellOf(c);
  const residuals = residualsByCell(model.residuals)[cell];
  const pooled = residuals === model.residuals;
  const foldPoint = model.foldCoefficients.map((b) => dot(b, x));
  const spread = spreadAt(model.spread, x);
  // Normalised CV+: the case's own spread times each calibration case's normalised score.
  const sample = predictiveSample(residualRuns(residuals), foldPoint, spread, options.cap ?? null);
  const quantiles = new Map<number, number>();
  for (const tau of options.levels ?? DEFAULT_LEVELS) quantiles.set(tau, conformalQuantile(sample, tau));
  let sum = 0;
  for (const v of sample) sum += v;
  return {
    log10Point,
    sample,
    quantiles,
    mean: sample.length > 0 ? sum / sample.length : 0,
    cell: { cell, n: residuals.length, pooled },
    drivers: driversOf(model, c, x, options.explain !== false),
    reference: 10 ** (model.coefficients[0] as number),
  };
}

const fmtFactor = (f: number) =>
  f >= 10 ? `×${f.toFixed(0)}` : f >= 0.1 ? `×${f.toFixed(2)}` : `×${f.toPrecision(2)}`;
const eur = (v: number) =>
  v >= 1e9
    ? `EUR ${(v / 1e9).toFixed(1)}bn`
    : v >= 1e6
      ? `EUR ${(v / 1e6).toFixed(1)}m`
      : `EUR ${Math.round(v / 1e3)}k`;

function driversOf(model: FineModel, c: FineCase, x: Float64Array, explain: boolean): Driver[] {
  const sums = new Map<DriverGroup, number>();
  model.space.columns.forEach((col, i) => {
    if (col.group === 'baseline') return;
    sums.set(col.group, (sums.get(col.group) ?? 0) + (model.coefficients[i] as number) * (x[i] as number));
  });
  const factor = (g: DriverGroup) => 10 ** (sums.get(g) ?? 0);
  if (!explain) {
    const groups: DriverGroup[] = [
      'authority',
      'turnover',
      'size',
      'articles',
      'sector',
      'consumers',
      'time',
    ];
    if (c.regime !== BASELINE_REGIME) groups.push('regime');
    return groups.map((group) => ({ group, factor: factor(group), text: '' }));
  }
  const flags = articleFlags(c.articles);
  const families = ARTICLE_FAMILIES.filter((f) => flags.families.has(f.id)).map((f) => f.label);
  const known = c.authority !== null && model.space.authorities.includes(c.authority);
  // Above EUR 500m the authority's effect includes its own slope on the turnover (design.ts).
  const ownSlope = known && dexAboveTurnoverCap(c) > 0;
  const drivers: Driver[] = [
    {
      group: 'authority',
      factor: factor('authority'),
      text:
        c.authority === null
          ? 'lead authority unknown: the average of the authorities'
          : `${c.authority}: ${fmtFactor(factor('authority'))} against the average authority${ownSlope ? ', at this turnover' : ''}${known ? '' : ' (too few of its fines: the pooled effect of the sparse authorities)'}`,
    },
    {
      group: 'turnover',
      factor: factor('turnover'),
      text:
        c.logTurnover === null
          ? `turnover unknown: ${fmtFactor(factor('turnover'))}`
          : `${c.turnoverIsGroup ? 'group' : 'entity'} turnover ${eur(10 ** c.logTurnover)}${c.logGroupOverEntity !== null ? `, group ${fmtFactor(10 ** c.logGroupOverEntity)} larger` : ''}: ${fmtFactor(factor('turnover'))} against ${eur(10 ** model.space.turnoverCentre)} (the median of the decided cases)`,
    },
    {
      group: 'size',
      factor: factor('size'),
      text: `size class ${c.sizeClass ?? 'unknown'}: ${fmtFactor(factor('size'))}`,
    },
    {
      group: 'articles',
      factor: factor('articles'),
      text: `articles (${[...families, ...(flags.higherTier ? ['a higher-tier article'] : []), ...(flags.cookies ? ['cookies, LIL Art. 82'] : [])].join('; ') || 'none of the families'}): ${fmtFactor(factor('articles'))}`,
    },
    {
      group: 'sector',
      factor: factor('sector'),
      text: `sector ${c.nace ?? 'unknown'} (NACE): ${fmtFactor(factor('sector'))}`,
    },
    {
      group: 'consumers',
      factor: factor('consumers'),
      text: `${c.consumerFacing === null ? 'consumer-facing unknown' : c.consumerFacing ? 'serves consumers' : 'does not serve consumers'}: ${fmtFactor(factor('consumers'))}`,
    },
    {
      group: 'time',
      factor: factor('time'),
      text: `decided in ${c.date.slice(0, 4)}${cellOf(c) === 'large' ? ', on the trend of fines on large companies' : ''}: ${fmtFactor(factor('time'))} against ${model.space.yearCentre}`,
    },
  ];
  if (c.regime !== BASELINE_REGIME) {
    drivers.push({
      group: 'regime',
      factor: factor('regime'),
      text: `${c.regime}: ${fmtFactor(factor('regime'))} against the ${BASELINE_REGIME}`,
    });
  }
  return drivers;
}
