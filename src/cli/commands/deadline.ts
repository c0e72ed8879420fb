import { assessLateness, deadline } from '../../deadlines/deadline.js';
import { formatDeadline } from '../../report/compliance.js';
import { renderTable } from '../../report/table.js';
import { listOption, type OutputFormat, stringOption, UsageError } from '../context.js';
import { jsonText } from '../json-text.js';

/** `lexposure deadline`: the end of a time limit under Regulation 1182/71, and whether an act was late. */
export function deadlineCommand(
  values: Record<string, string | boolean | undefined>,
  format: OutputFormat,
): string {
  const str = (key: string) => stringOption(values[key]);
  const from = str('from');
  if (from === undefined) throw new UsageError('deadline needs --from, the date (or date-time) of the event');
  let period: { length: number; unit: string } | undefined;
  const periodText = str('period');
  if (periodText !== undefined) {
    const match = /^(\d+):(.+)$/.exec(periodText.trim());
    if (!match) throw new UsageError('--period is N:UNIT, e.g. 10:days, 2:months, "45:working days"');
    period = { length: Number(match[1]), unit: (match[2] as string).trim() };
  }
  const args = {
    ...(str('time-limit') !== undefined ? { timeLimit: str('time-limit') } : {}),
    ...(period ? { period } : {}),
    from,
    holidays: listOption(str('holidays')),
    ...(str('time-zone') !== undefined ? { timeZone: str('time-zone') } : {}),
  };
  const done = str('done');
  const result = done === undefined ? deadline(args) : assessLateness({ ...args, done });
  if (format === 'json') return jsonText(result);
  if (format === 'csv')
    return renderTable(
      ['time_limit', 'period', 'from', 'last_day', 'ends_at', 'done', 'late'],
      [
        [
          result.timeLimit ?? '',
          `${result.period.length} ${result.period.unit}`,
          result.from,
          result.lastDay,
          result.endsAt ?? '',
          done ?? '',
          'late' in result ? String(result.late) : '',
        ],
      ],
      'csv',
    );
  return formatDeadline(result, format === 'markdown' ? 'markdown' : 'text');
}
