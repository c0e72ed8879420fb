/** How a table is written: aligned plain text, a markdown table, or RFC 4180 CSV. */
export type TableFormat = 'text' | 'markdown' | 'csv';

/** One CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180, 2.6-2.7). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(values: readonly string[]): string {
  return values.map(csvField).join(',');
}

/** A table of strings in the format asked for. */
export function renderTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  format: TableFormat,
): string {
  if (format === 'csv') return [csvLine(headers), ...rows.map(csvLine)].join('\n');
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
