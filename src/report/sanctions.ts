import { Decimal } from '../core/decimal.js';
import { formatMoney } from '../core/money.js';
import type { SanctionRecord } from '../sanctions/record.js';
import type { SanctionQuery, SanctionSet } from '../sanctions/sanction-set.js';

export interface SanctionsOverview {
  readonly largest: readonly SanctionRecord[];
  /** Statistics per fine provision, over the records that fall under it. */
  readonly byProvision: readonly {
    readonly provision: string;
    readonly count: number;
    readonly medianEur: string;
    readonly p25Eur: string;
    readonly p75Eur: string;
    /** Median of fine ÷ turnover, where turnover is known. */
    readonly medianRatio: string | null;
  }[];
}

/** The largest sanctions of a query and the statistics per provision, as the README shows them. */
export function sanctionsOverview(set: SanctionSet, query: SanctionQuery, top: number): SanctionsOverview {
  const found = set.query(query);
  const largest = [...found]
    .sort((a, b) => new Decimal(b.amountEur.amount.amount).comparedTo(a.amountEur.amount.amount))
    .slice(0, top);
  const provisions = [...new Set(found.flatMap((r) => r.provisions))].sort();
  const byProvision = provisions.map((provision) => {
    const stats = set.stats({ ...query, provision });
    return {
      provision,
      count: stats.count,
      medianEur: stats.amountEur?.median ?? '0',
      p25Eur: stats.amountEur?.quantiles['25'] ?? '0',
      p75Eur: stats.amountEur?.quantiles['75'] ?? '0',
      medianRatio: stats.ratioToTurnover?.median ?? null,
    };
  });
  return { largest, byProvision };
}

const eur = (amount: string) =>
  formatMoney({ amount: new Decimal(amount).toDecimalPlaces(0).toFixed(), currency: 'EUR' });
const percent = (ratio: string | null) =>
  ratio === null ? 'n/a' : `${new Decimal(ratio).times(100).toSignificantDigits(3).toFixed()} %`;

/** The overview as markdown tables (or plain text with the same columns). */
export function formatSanctionsOverview(overview: SanctionsOverview, format: 'text' | 'markdown'): string {
  const rows = (header: string[], lines: string[][]) =>
    format === 'markdown'
      ? [
          `| ${header.join(' | ')} |`,
          `|${header.map(() => '---').join('|')}|`,
          ...lines.map((l) => `| ${l.join(' | ')} |`),
        ]
      : [header.join('  ·  '), ...lines.map((l) => l.join('  ·  '))];
  return [
    ...rows(
      ['Date', 'Authority', 'Entity', 'Amount', 'In euros', 'Status'],
      overview.largest.map((r) => [
        r.date,
        r.authority.replace(/ \(.*\)$/, ''),
        r.entity,
        formatMoney({ amount: r.amount.amount.toFixed(), currency: r.amount.currency }),
        eur(r.amountEur.amount.amount),
        r.currentState,
      ]),
    ),
    '',
    ...rows(
      ['Provision', 'Cases', 'Median', 'Middle half', 'Median fine ÷ turnover'],
      overview.byProvision.map((p) => [
        p.provision,
        String(p.count),
        eur(p.medianEur),
        `${eur(p.p25Eur)} to ${eur(p.p75Eur)}`,
        percent(p.medianRatio),
      ]),
    ),
  ].join('\n');
}

/**
 * The dataset in figures, as the README shows them: records, authorities, turnovers, size classes,
 * years, and the coverage of the authorities whose own counts are bundled.
 */
export function formatDatasetSummary(
  records: readonly SanctionRecord[],
  coverage: readonly { authorityId: string; year: number; held: number; reported: number | null }[],
): string {
  const count = <T>(items: readonly T[], key: (t: T) => string) => {
    const m = new Map<string, number>();
    for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
    return m;
  };
  const withEntity = records.filter((r) => r.entityTurnover).length;
  const withGroup = records.filter((r) => r.groupTurnover).length;
  const withAny = records.filter((r) => r.entityTurnover || r.groupTurnover || r.turnover).length;
  const sizes = count(records, (r) => r.size ?? 'not established');
  const years = count(records, (r) => r.date.slice(0, 4));
  const authorities = count(records, (r) => r.authorityId ?? r.authority);
  const lines = [
    `${records.length} fines from ${authorities.size} authorities, ${[...years.keys()].sort()[0]} to ${[...years.keys()].sort().at(-1)}; ${withAny} with a cited turnover (${withEntity} the entity's, ${withGroup} the group's).`,
    '',
    '| Size class | Records |',
    '|---|---|',
    ...['micro', 'small', 'medium', 'large', 'not established'].map((s) => `| ${s} | ${sizes.get(s) ?? 0} |`),
    '',
    `| Year | ${[...years.keys()].sort().join(' | ')} |`,
    `|---|${[...years.keys()].map(() => '---').join('|')}|`,
    `| Records | ${[...years.keys()]
      .sort()
      .map((y) => years.get(y))
      .join(' | ')} |`,
    '',
    '| Authority | Records | With turnover |',
    '|---|---|---|',
    ...[...authorities]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(
        ([a, n]) =>
          `| ${a} | ${n} | ${records.filter((r) => (r.authorityId ?? r.authority) === a && (r.entityTurnover || r.groupTurnover)).length} |`,
      ),
    '',
    '| Coverage: authority, year | Fines it reports | Records held |',
    '|---|---|---|',
    ...coverage
      .filter((c) => c.reported !== null)
      .map((c) => `| ${c.authorityId} ${c.year} | ${c.reported} | ${c.held} |`),
  ];
  return lines.join('\n');
}
