import { formatCitation } from '../core/citation.js';
import { formatMoney, type SerializedMoney } from '../core/money.js';
import type { ExposureEstimate, ExposureRange } from '../exposure/estimate.js';
import type { RiskScore } from '../exposure/risk-score.js';
import { stepOf } from './steps/render.js';
import type { ReportFormat } from './text.js';

const money = (m: SerializedMoney | null) => (m ? formatMoney(m) : '—');
const range = (r: ExposureRange) => `${money(r.low)} – ${money(r.likely)} – ${money(r.high)}`;

/** An exposure estimate as a readable report: per regime, each figure with its source. */
export function formatExposure(estimate: ExposureEstimate, format: ReportFormat = 'text'): string {
  const md = format === 'markdown';
  const lines: string[] = [
    md
      ? `## Exposure of ${estimate.company} on ${estimate.asOf}`
      : `Exposure of ${estimate.company} on ${estimate.asOf}`,
    '',
  ];
  for (const r of estimate.regimes) {
    const applies = r.applies === null ? 'not known' : r.applies ? 'applies' : 'does not apply';
    lines.push(md ? `### ${r.regime}: ${applies}` : `${r.regime}: ${applies}`);
    lines.push(`${md ? '' : '  '}${r.why}`);
    if (r.scenario) {
      const item = md ? '- ' : '  - ';
      lines.push(
        `${item}Scenario (${r.scenario.source}): ${r.scenario.articles.map((a) => `Art. ${a}`).join(', ')}, ${r.scenario.seriousness} seriousness. ${r.scenario.basis}.`,
      );
      lines.push(
        `${item}Legal maximum: ${money(r.legalMaximum)}${r.legalMaximumCitation ? ` [${formatCitation(r.legalMaximumCitation)}]` : ''}`,
      );
      if (r.method)
        lines.push(
          `${item}${r.method.name}: ${range(r.method)} (low – likely – high) [${formatCitation(r.method.citation)}]`,
        );
      if (r.model) {
        lines.push(
          `${item}Fine model: ${range(r.model)} (10th – 50th – 90th percentile; ${r.model.cell.cell} cell, ${r.model.cell.n} cases${r.model.cell.measuredCoverage !== null ? `, measured coverage ${Math.round(r.model.cell.measuredCoverage * 100)} %` : ''})`,
        );
        for (const d of r.model.drivers) lines.push(`${md ? '  - ' : '      · '}${d.text}`);
        for (const n of r.model.nearest)
          lines.push(
            `${md ? '  - ' : '      · '}near: ${n.entity} (${n.authority}, ${n.date}): ${money(n.amountEur)} — ${n.url}`,
          );
        for (const w of r.model.warnings) lines.push(`${md ? '  - ' : '      · '}! ${w}`);
      }
      if (r.frequency)
        lines.push(
          `${item}Annual probability of a fine: ${(r.frequency.probability * 100).toPrecision(2)} %; expected annual loss ${money(r.frequency.expectedAnnualLoss)}`,
        );
      if (r.combined)
        lines.push(
          `${item}${md ? '**Estimate**' : 'Estimate'}: ${range(r.combined)}. ${r.combined.explanation}`,
        );
      else
        lines.push(
          `${item}Estimate: no estimate beyond the legal maximum (no calibrated model and no published method for this act).`,
        );
    }
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}

/** A risk score with its drivers and steps. */
export function formatRiskScore(result: RiskScore, format: ReportFormat = 'text'): string {
  const md = format === 'markdown';
  const heading = md
    ? `### Risk score: ${result.score} (grade ${result.grade})`
    : `Risk score: ${result.score} (grade ${result.grade}; 0 least exposed, 100 most; ${result.view} view)`;
  const figures = [
    `P(at least one fine in a year): ${(result.probability * 100).toPrecision(2)} %`,
    `Expected annual loss: ${money(result.expectedAnnualLoss)}`,
    `Tail: 95 % annual loss ${money(result.tail.annualLoss95)}; a high fine (90th percentile) ${money(result.tail.highFine)}`,
    `Duties not shown as met: ${(result.gapShare * 100).toFixed(0)} %`,
    ...(result.status === 'undetermined'
      ? [`Undetermined: give ${result.needs.join(', ') || 'the missing facts'}`]
      : []),
  ].map((line) => `${md ? '- ' : '  '}${line}`);
  const drivers = result.drivers.map(
    (d) => `${md ? '- ' : '  - '}${d.what}: ${d.value} → ${d.points} of ${d.weight * 100} points`,
  );
  const steps = result.steps
    .map(stepOf)
    .map(
      (s) =>
        `${md ? '- ' : '  · '}${s.severity === 'warning' ? '! ' : ''}${s.label}: ${typeof s.value === 'object' && s.value !== null ? money(s.value as SerializedMoney) : String(s.value)}${s.rule ? ` (${s.rule})` : ''}`,
    );
  return [heading, ...(md ? [''] : []), ...figures, ...drivers, ...(md ? [''] : []), ...steps].join('\n');
}
