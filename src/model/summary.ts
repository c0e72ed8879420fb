import type { CalibrationReport, Score } from './calibrate.js';
import type { CalibrationCell } from './features.js';

/** What a result quotes of the model's measured accuracy: per size cell, rolling origin and grouped CV. */
export interface EvaluationSummary {
  readonly level: number;
  readonly rollingFrom: number;
  readonly rollingOrigin: Readonly<
    Record<CalibrationCell | 'all', Pick<Score, 'n' | 'coverage' | 'medianWidth' | 'medianError' | 'bias'>>
  >;
  readonly groupedCv: Readonly<
    Record<CalibrationCell | 'all', Pick<Score, 'n' | 'coverage' | 'medianWidth' | 'medianError' | 'bias'>>
  >;
}

export function summarise(report: CalibrationReport): EvaluationSummary {
  const pick = (s: Score) => ({
    n: s.n,
    coverage: s.coverage,
    medianWidth: s.medianWidth,
    medianError: s.medianError,
    bias: s.bias,
  });
  const of = (ev: CalibrationReport['groupedCv']) => ({
    all: pick(ev.overall.model),
    large: pick(ev.bySize.large.model),
    sme: pick(ev.bySize.sme.model),
    unknown: pick(ev.bySize.unknown.model),
  });
  return {
    level: report.level,
    rollingFrom: report.rollingFrom,
    rollingOrigin: of(report.rollingOrigin),
    groupedCv: of(report.groupedCv),
  };
}
