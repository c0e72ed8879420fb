import { formatCitation } from '../core/citation.js';
import { formatMoney, type SerializedMoney } from '../core/money.js';
import type { Step, Trace } from '../core/steps.js';
import type { LegalMaximum } from '../fines/legal-maximum.js';
import type { MaximumFine } from '../fines/maximum-fine.js';
import { actModule } from '../law/registry.js';
import type { Format } from './format.js';
import { stepOf } from './steps/render.js';

/** The prose formats of a report: plain text or markdown (the library's one vocabulary: format.ts). */
export type ReportFormat = Extract<Format, 'text' | 'markdown'>;

function valueText(value: Step['value']): string {
  if (value === null) return '—';
  if (typeof value === 'object') return formatMoney(value as SerializedMoney);
  return String(value);
}

function stepLines(steps: readonly (Trace | Step)[], format: ReportFormat): string[] {
  return steps.map((trace, index) => {
    const step = stepOf(trace);
    const mark = step.severity === 'warning' ? (format === 'markdown' ? '⚠️ ' : '! ') : '';
    const cite = step.citation ? ` [${formatCitation(step.citation)}]` : '';
    const rule = step.rule ? ` (${step.rule})` : '';
    return format === 'markdown'
      ? `${index + 1}. ${mark}**${step.label}**: ${valueText(step.value)}${rule}${cite}`
      : `  ${String(index + 1).padStart(2)}. ${mark}${step.label}: ${valueText(step.value)}${rule}${cite}`;
  });
}

/** Numbered steps, each with its rule and citation. */
export function formatSteps(steps: readonly (Trace | Step)[], format: ReportFormat = 'text'): string {
  return stepLines(steps, format).join('\n');
}

/** A legal maximum as a readable report, every step with its citation. */
export function formatLegalMaximum(result: LegalMaximum, format: ReportFormat = 'text'): string {
  const amount = result.amount ? formatMoney(result.amount) : 'set by national law';
  const heading =
    format === 'markdown'
      ? `### ${result.provision}: ${amount}\n\nLegal maximum on ${result.asOf} (basis: ${result.basis}).`
      : `${result.provision}: ${amount}  (legal maximum on ${result.asOf}, basis: ${result.basis})`;
  return [heading, ...(format === 'markdown' ? [''] : []), ...stepLines(result.steps, format)].join('\n');
}

/** A maximum total fine (GDPR Art. 83(3), or separate caps) as a readable report. */
export function formatMaximumFine(result: MaximumFine, format: ReportFormat = 'text'): string {
  const amount = result.amount ? formatMoney(result.amount) : 'set by national law';
  const articles = result.infringements.map((i) => i.article).join(', ');
  const how = actModule(result.regime).linkedInfringements
    ? `${result.linked ? 'linked' : 'separate'} processing operations`
    : 'separate infringements';
  const heading =
    format === 'markdown'
      ? `### Maximum fine for ${articles}: ${amount}\n\n${how[0]?.toUpperCase()}${how.slice(1)}, on ${result.asOf}.`
      : `Maximum fine for ${articles}: ${amount}  (${how}, on ${result.asOf})`;
  return [heading, ...(format === 'markdown' ? [''] : []), ...stepLines(result.steps, format)].join('\n');
}
