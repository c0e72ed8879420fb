import type { GapAnalysis } from '../compliance/gap-analysis.js';
import { formatMoney } from '../core/money.js';
import type { Deadline } from '../deadlines/deadline.js';
import type { ObligationsResult } from '../scope/obligations.js';
import { renderTable, type TableFormat } from './table.js';
import { formatSteps } from './text.js';

/** The obligations of `obligationsFor` as a table: regime, article, service, status, fine provision, why. */
export function formatObligations(result: ObligationsResult, format: TableFormat = 'text'): string {
  const rows = result.obligations.map((o) => [o.id, o.service ?? '', o.status, o.finedUnder, o.title, o.why]);
  const table = renderTable(['Obligation', 'Service', 'Status', 'Fined under', 'Duty', 'Why'], rows, format);
  if (format === 'csv') return table;
  const counts = ['applies', 'not yet', 'excluded', 'does not apply', 'undetermined']
    .map((s) => [s, result.obligations.filter((o) => o.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  const title = `Obligations on ${result.asOf}: ${counts || 'none'}`;
  return `${format === 'markdown' ? `### ${title}` : title}\n\n${table}`;
}

/** The gaps of `gapAnalysis`, most exposed first. */
export function formatGapAnalysis(result: GapAnalysis, format: TableFormat = 'text'): string {
  const rows = result.gaps.map((g) => [
    g.id,
    g.service ?? '',
    g.status,
    g.finedUnder,
    g.legalMaximum ? formatMoney(g.legalMaximum) : (g.exposureNote ?? '—'),
    g.evidence ?? '',
  ]);
  const table = renderTable(
    ['Obligation', 'Service', 'Status', 'Fined under', 'Legal maximum', 'Evidence'],
    rows,
    format,
  );
  if (format === 'csv') return table;
  const s = result.summary;
  const title = `${result.company}: ${result.gaps.length} gaps on ${result.asOf}`;
  const summary = `${s.applicable} obligations apply: ${s.met} met, ${s.partlyMet} partly met, ${s.notMet} not met, ${s.unknown} unknown${result.postureGiven ? '' : ' (no posture in the profile)'}.`;
  const undetermined =
    result.undetermined.length > 0
      ? `\n\nUndetermined (the profile lacks a fact): ${result.undetermined.map((u) => `${u.id} (${u.needs.join(', ')})`).join('; ')}`
      : '';
  return `${format === 'markdown' ? `### ${title}` : title}\n\n${summary}\n\n${table}${undetermined}`;
}

/** A deadline and the steps of Regulation 1182/71 that produced it. */
export function formatDeadline(
  result: Deadline & { late?: boolean },
  format: 'text' | 'markdown' = 'text',
): string {
  const end = result.endsAt ?? `the end of ${result.lastDay}`;
  const late = result.late === undefined ? '' : result.late ? ' — late' : ' — in time';
  const title = `${result.timeLimit ?? `${result.period.length} ${result.period.unit}`} from ${result.from}: ends ${end}${late}`;
  return [format === 'markdown' ? `### ${title}` : title, '', formatSteps(result.steps, format)].join('\n');
}
