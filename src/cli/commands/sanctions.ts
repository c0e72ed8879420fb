import { formatSanctionsOverview, sanctionsOverview } from '../../report/sanctions.js';
import { renderTable } from '../../report/table.js';
import { sanctions } from '../../sanctions/index.js';
import type { SanctionQuery } from '../../sanctions/sanction-set.js';
import { type OutputFormat, UsageError } from '../context.js';

const QUERY_OPTIONS = [
  'regime',
  'article',
  'provision',
  'country',
  'authority',
  'company',
  'from',
  'to',
  'status',
] as const;

/** `lexposure sanctions`: the bundled sanctions a query matches, the largest first, and statistics. */
export function sanctionsCommand(
  values: Record<string, string | boolean | undefined>,
  format: OutputFormat,
): string {
  const query: Record<string, string> = {};
  for (const key of QUERY_OPTIONS) {
    const value = values[key];
    if (typeof value === 'string') query[key] = value;
  }
  const top = values.top === undefined ? 5 : Number(values.top);
  if (!Number.isInteger(top) || top < 1 || top > 100)
    throw new UsageError('--top must be a whole number from 1 to 100');
  const q = query as SanctionQuery;
  if (format === 'csv')
    return renderTable(
      [
        'id',
        'date',
        'authority',
        'country',
        'regime',
        'entity',
        'amount',
        'currency',
        'amount_eur',
        'articles',
        'state',
        'ratio_to_turnover',
      ],
      sanctions
        .query(q)
        .map((r) => [
          r.id,
          r.date,
          r.authority,
          r.country,
          r.regime,
          r.entity,
          r.amount.amount.toFixed(),
          r.amount.currency,
          r.amountEur.amount.amount,
          r.articles.join(';'),
          r.currentState,
          r.ratioToTurnover ?? '',
        ]),
      'csv',
    );
  const overview = sanctionsOverview(sanctions, q, top);
  if (format === 'json') return JSON.stringify(overview, null, 2);
  return formatSanctionsOverview(overview, format === 'markdown' ? 'markdown' : 'text');
}
