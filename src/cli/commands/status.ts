import { lawStatus } from '../../law/status.js';
import { renderTable } from '../../report/table.js';
import type { OutputFormat } from '../context.js';

/** `lexposure status`: every act with the text read, the date checked, its data's reach and what is pending. */
export function statusCommand(format: OutputFormat): string {
  const status = lawStatus();
  if (format === 'json') return JSON.stringify(status, null, 2);
  const header = ['act', 'text_read', 'celex', 'checked_on', 'data_until', 'pending'];
  const rows = status.acts.map((a) => [
    a.act,
    a.textRead.title,
    a.textRead.celex ?? '',
    a.checkedOn,
    a.dataCoverUntil ?? '',
    a.pending.join(' | '),
  ]);
  if (format === 'csv') return renderTable(header, rows, 'csv');
  if (format === 'markdown') {
    return [
      `## The law as lexposure reads it (checked on ${status.checkedOn})`,
      '',
      ...status.acts.flatMap((a) => [
        `### ${a.act}`,
        `- Text read: ${a.textRead.title}${a.textRead.celex ? ` (CELEX ${a.textRead.celex})` : ''} — ${a.textRead.url}`,
        `- Checked on: ${a.checkedOn}${a.dataCoverUntil ? `; data until ${a.dataCoverUntil}` : ''}`,
        ...a.pending.map((p) => `- Pending: ${p}`),
        '',
      ]),
    ].join('\n');
  }
  return [
    `The law as lexposure reads it (checked on ${status.checkedOn})`,
    '',
    ...status.acts.flatMap((a) => [
      `${a.act}: ${a.textRead.title}${a.textRead.celex ? ` [CELEX ${a.textRead.celex}]` : ''}`,
      `   checked on ${a.checkedOn}${a.dataCoverUntil ? `; data until ${a.dataCoverUntil}` : ''}`,
      ...a.pending.map((p) => `   pending: ${p}`),
    ]),
  ].join('\n');
}
