import type { Format } from './format.js';

/** How a table is written: aligned plain text, a markdown table, or RFC 4180 CSV. */
export type TableFormat = Extract<Format, 'text' | 'markdown' | 'csv'>;

/** A cell a spreadsheet would read as a formula: it begins with =, +, -, @, a tab or a carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180, 2.6-2.7). A
 * field a spreadsheet would run as a formula (a vendor named `=HYPERLINK(...)`) is prefixed with a
 * single quote, as OWASP's CSV injection guidance recommends, unless `raw` is asked for.
 */
export function csvField(value: string, raw = false): string {
  const safe = !raw && FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(values: readonly string[], raw = false): string {
  return values.map((v) => csvField(v, raw)).join(',');
}

/** A table of strings in the format asked for. */
export function renderTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  format: TableFormat,
): string {
  if (format === 'csv') return [csvLine(headers), ...rows.map((r) => csvLine(r))].join('\n');
  if (format === 'markdown') {
    const cell = (v: string) => v.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
    return [
      `| ${headers.map(cell).join(' | ')} |`,
      `|${headers.map(() => '---').join('|')}|`,
      ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
    ].join('\n');
  }
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) =>
    r
      .map((v, i) => v.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
