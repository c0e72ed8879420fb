import { ValidationError } from '../core/errors.js';
import { parseInput } from '../core/validation.js';
import type { SanctionRecord } from '../sanctions/record.js';
import { CALIBRATION_CELLS, type CalibrationCell, cellOf } from './features.js';
import {
  DEFAULT_FOLDS,
  type FineModel,
  type FitOptions,
  fitFineModel,
  foldOf,
  groupOf,
  MIN_CASES,
  trainingCases,
} from './fit.js';
import { calibrateOptionsSchema } from './options.js';
import { predictFine } from './predict.js';
import { recordsOf } from './records.js';

/** How a prediction rule did on held-out fines. */
export interface Score {
  readonly n: number;
  /** Share of actual fines inside the interval (null for a rule with no interval). */
  readonly coverage: number | null;
  /** Median of high ÷ low (a factor), where the rule has an interval. */
  readonly medianWidth: number | null;
  /** Median |log10(likely ÷ actual)|, in dex. */
  readonly medianError: number;
  /** Median log10(likely ÷ actual): positive when the rule overstates. */
  readonly bias: number;
}

export interface EvaluationScores {
  readonly model: Score;
  /** The median fine of the training data, for every case. */
  readonly globalMedian: Score;
  /** The median fine of the authority in the training data (the global median where it has none). */
  readonly authorityMedian: Score;
  /**
   * The median fine ÷ turnover of the training cases that have a turnover, times the case's
   * turnover: scored on the held-out cases with a turnover only (`model` on the same cases beside it).
   */
  readonly medianRatio: Score | null;
  readonly modelOnTurnoverCases: Score | null;
}

export interface Evaluation {
  readonly name: string;
  readonly overall: EvaluationScores;
  readonly bySize: Readonly<Record<CalibrationCell, EvaluationScores>>;
  readonly byAuthority: Readonly<Record<string, Score>>;
}

export interface CalibrationReport {
  /** The nominal coverage of the interval (0.8: from the 10th to the 90th percentile). */
  readonly level: number;
  readonly cases: number;
  /** K-fold cross-validation grouped by undertaking: a group's fines never sit on both sides. */
  readonly groupedCv: Evaluation;
  /** Fit on the cases decided before year t, test on year t, for each year from `rollingFrom` on. */
  readonly rollingOrigin: Evaluation;
  readonly rollingFrom: number;
}

interface Outcome {
  readonly record: SanctionRecord;
  readonly cell: CalibrationCell;
  readonly actual: number;
  readonly low: number;
  readonly likely: number;
  readonly high: number;
  readonly globalMedian: number;
  readonly authorityMedian: number;
  /** null where the case or the training data have no turnover. */
  readonly ratio: number | null;
}

const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return Number.NaN;
  return n % 2 ? (s[(n - 1) / 2] as number) : ((s[n / 2 - 1] as number) + (s[n / 2] as number)) / 2;
};

function score(rows: readonly { actual: number; likely: number; low?: number; high?: number }[]): Score {
  const errors = rows.map((r) => Math.log10(r.likely / r.actual));
  const ranged = rows.filter((r) => r.low !== undefined && r.high !== undefined);
  return {
    n: rows.length,
    coverage:
      ranged.length > 0
        ? round(
            ranged.filter(
              (r) =>
                (r.low as number) <= r.actual * (1 + 1e-9) && r.actual <= (r.high as number) * (1 + 1e-9),
            ).length / ranged.length,
          )
        : null,
    medianWidth:
      ranged.length > 0 ? round(median(ranged.map((r) => (r.high as number) / (r.low as number)))) : null,
    medianError: round(median(errors.map(Math.abs))),
    bias: round(median(errors)),
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function scores(outcomes: readonly Outcome[]): EvaluationScores {
  const withRatio = outcomes.filter((o) => o.ratio !== null);
  return {
    model: score(outcomes),
    globalMedian: score(outcomes.map((o) => ({ actual: o.actual, likely: o.globalMedian }))),
    authorityMedian: score(outcomes.map((o) => ({ actual: o.actual, likely: o.authorityMedian }))),
    medianRatio:
      withRatio.length > 0
        ? score(withRatio.map((o) => ({ actual: o.actual, likely: o.ratio as number })))
        : null,
    modelOnTurnoverCases: withRatio.length > 0 ? score(withRatio) : null,
  };
}

function evaluation(name: string, outcomes: readonly Outcome[]): Evaluation {
  const byAuthority: Record<string, Score> = {};
  const authorities = [...new Set(outcomes.map((o) => o.record.authorityId ?? o.record.authority))].sort();
  for (const a of authorities) {
    const own = outcomes.filter((o) => (o.record.authorityId ?? o.record.authority) === a);
    if (own.length >= 5) byAuthority[a] = score(own);
  }
  return {
    name,
    overall: scores(outcomes),
    bySize: Object.fromEntries(
      CALIBRATION_CELLS.map((c) => [c, scores(outcomes.filter((o) => o.cell === c))]),
    ) as Record<CalibrationCell, EvaluationScores>,
    byAuthority,
  };
}

/** Predicts the held-out records with a model fitted on the training records, and the baselines. */
function outcomesOf(
  model: FineModel,
  train: readonly SanctionRecord[],
  test: readonly SanctionRecord[],
  level: number,
): Outcome[] {
  const trainCases = trainingCases(train);
  const amounts = trainCases.map((c) => 10 ** c.y);
  const global = median(amounts);
  const byAuthority = new Map<string, number[]>();
  for (const c of trainCases) {
    const a = c.record.authorityId ?? c.record.authority;
    byAuthority.set(a, [...(byAuthority.get(a) ?? []), 10 ** c.y]);
  }
  const ratios = trainCases
    .filter((c) => c.record.turnoverEur && Number(c.record.turnoverEur.amount) > 0)
    .map((c) => 10 ** c.y / Number(c.record.turnoverEur?.amount));
  const medianRatio = ratios.length > 0 ? median(ratios) : null;
  const lowTau = (1 - level) / 2;
  return trainingCases(test).map(({ record, case: c, y }) => {
    const p = predictFine(model, c, { levels: [lowTau, 0.5, 1 - lowTau] });
    const authority = byAuthority.get(record.authorityId ?? record.authority);
    const turnover = record.turnoverEur ? Number(record.turnoverEur.amount) : null;
    return {
      record,
      cell: cellOf(c),
      actual: 10 ** y,
      low: p.quantiles.get(lowTau) as number,
      likely: p.quantiles.get(0.5) as number,
      high: p.quantiles.get(1 - lowTau) as number,
      globalMedian: global,
      authorityMedian: authority && authority.length > 0 ? median(authority) : global,
      ratio: medianRatio !== null && turnover && turnover > 0 ? medianRatio * turnover : null,
    };
  });
}

/**
 * Two honest evaluations of the fine model on the records given (the bundled dataset, or a user's
 * own): K-fold cross-validation grouped by undertaking, and rolling origin (fit on the cases before
 * a year, test on that year). Each refits the whole model, intervals included, on the training
 * side only. Reports coverage, width and error overall, per size cell and per authority, beside
 * the naive baselines.
 */
export function calibrate(
  source: { all(): readonly SanctionRecord[] } | readonly SanctionRecord[],
  given: {
    readonly folds?: number;
    readonly level?: number;
    readonly rollingFrom?: number;
    /** Options of each refit (penalties, recency half-life). */
    readonly fit?: Omit<FitOptions, 'folds'>;
  } = {},
): CalibrationReport {
  const records = recordsOf(source, 'calibrate records');
  const options = parseInput(calibrateOptionsSchema, given, 'calibrate options', 'options');
  const folds = options.folds ?? DEFAULT_FOLDS;
  const level = options.level ?? 0.8;
  const rollingFrom = options.rollingFrom ?? 2024;
  const modelled = trainingCases(records).map((c) => c.record);
  if (modelled.length < MIN_CASES)
    throw new ValidationError(
      [
        {
          path: 'sanctions',
          message: `an evaluation needs at least ${MIN_CASES} data-protection fines with an amount, got ${modelled.length}`,
        },
      ],
      'calibrate records',
    );
  const cv: Outcome[] = [];
  for (let k = 0; k < folds; k++) {
    const test = modelled.filter((r) => foldOf(groupOf(r), folds) === k);
    const train = modelled.filter((r) => foldOf(groupOf(r), folds) !== k);
    if (test.length === 0) continue;
    cv.push(...outcomesOf(fitFineModel(train, { ...options.fit, folds }), train, test, level));
  }
  const rolling: Outcome[] = [];
  const lastYear = Math.max(...modelled.map((r) => Number(r.date.slice(0, 4))));
  for (let year = rollingFrom; year <= lastYear; year++) {
    const train = modelled.filter((r) => r.date < `${year}-01-01`);
    const test = modelled.filter((r) => r.date.startsWith(`${year}-`));
    if (test.length === 0 || train.length < 30) continue;
    rolling.push(...outcomesOf(fitFineModel(train, { ...options.fit, folds }), train, test, level));
  }
  return {
    level,
    cases: modelled.length,
    groupedCv: evaluation(`${folds}-fold cross-validation grouped by undertaking`, cv),
    rollingOrigin: evaluation(
      `rolling origin: fit on the cases before each year from ${rollingFrom}, test on that year`,
      rolling,
    ),
    rollingFrom,
  };
}

/** The calibration as the README table shows it (markdown). */
export function formatCalibrationReport(report: CalibrationReport): string {
  const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)} %`);
  const dex = (x: number | null | undefined) =>
    x === null || x === undefined || Number.isNaN(x) ? '—' : x.toFixed(2);
  const factor = (x: number | null) => (x === null ? '—' : `×${x < 10 ? x.toFixed(1) : x.toFixed(0)}`);
  const lines: string[] = [];
  for (const ev of [report.rollingOrigin, report.groupedCv]) {
    lines.push(`**${ev.name}**`, '');
    lines.push(
      '| Cases | n | 80 % interval covers | median width (high ÷ low) | median \\|log10 error\\| of likely | bias (dex) | global median | authority median | median fine ÷ turnover (n) | model on the same cases |',
      '|---|---|---|---|---|---|---|---|---|---|',
    );
    const row = (label: string, s: EvaluationScores) =>
      `| ${label} | ${s.model.n} | ${pct(s.model.coverage)} | ${factor(s.model.medianWidth)} | ${dex(s.model.medianError)} | ${dex(s.model.bias)} | ${dex(s.globalMedian.medianError)} | ${dex(s.authorityMedian.medianError)} | ${s.medianRatio ? `${dex(s.medianRatio.medianError)} (${s.medianRatio.n})` : '—'} | ${dex(s.modelOnTurnoverCases?.medianError)} |`;
    lines.push(row('all', ev.overall));
    for (const c of CALIBRATION_CELLS) {
      if (ev.bySize[c].model.n > 0)
        lines.push(row(c === 'sme' ? 'SME' : c === 'large' ? 'large' : 'size unknown', ev.bySize[c]));
    }
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}
