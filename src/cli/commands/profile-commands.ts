import { gapAnalysis } from '../../compliance/gap-analysis.js';
import { formatMoney } from '../../core/money.js';
import { legalMaximum } from '../../fines/legal-maximum.js';
import { maximumFine } from '../../fines/maximum-fine.js';
import { fineProvisions } from '../../law/index.js';
import { DEFAULT_REGIME, REGIMES, type Regime } from '../../law/registry.js';
import { edpbFine } from '../../methods/edpb/edpb-fine.js';
import type { CompanyProfile } from '../../profile/schema.js';
import { formatGapAnalysis, formatObligations } from '../../report/compliance.js';
import { renderTable } from '../../report/table.js';
import { formatLegalMaximum, formatMaximumFine, formatSteps } from '../../report/text.js';
import { obligationsFor } from '../../scope/obligations.js';
import { listOption, type OutputFormat, stringOption, UsageError } from '../context.js';
import { jsonText } from '../json-text.js';

export interface ProfileCommandInput {
  readonly profile: CompanyProfile;
  readonly asOf: string;
  readonly fx: Record<string, unknown>;
  readonly format: OutputFormat;
  readonly values: Record<string, string | boolean | undefined>;
}

const str = stringOption;
/** A money cell of a CSV table: its amount, or empty. */
export const money = (m: { amount: string; currency: string } | null | undefined) => (m ? m.amount : '');
/** The prose format a table, markdown or text request renders in. */
export const text = (format: OutputFormat) => (format === 'markdown' ? 'markdown' : 'text');

function regimeOption(values: ProfileCommandInput['values']): Regime {
  const regime = (str(values.regime) ?? DEFAULT_REGIME) as Regime;
  if (!REGIMES.includes(regime))
    throw new UsageError(
      `--regime must be one of ${REGIMES.join(', ')}, not ${JSON.stringify(values.regime)}`,
    );
  return regime;
}

function turnoverOptions(values: ProfileCommandInput['values']) {
  return {
    ...(str(values.scope) ? { scope: str(values.scope) } : {}),
    ...(values['allow-fallback'] ? { allowFallback: true } : {}),
  };
}

export function maxCommand({ profile, asOf, fx, format, values }: ProfileCommandInput): string {
  const regime = regimeOption(values);
  const provision = str(values.provision);
  const ids = provision
    ? [provision]
    : fineProvisions()
        .filter((p) => p.regime === regime)
        .map((p) => p.id);
  const results = ids.map((id) =>
    legalMaximum({ profile, provision: id, asOf, fx, turnover: turnoverOptions(values) }),
  );
  if (format === 'json') return jsonText(results.length === 1 ? results[0] : results);
  if (format === 'csv')
    return renderTable(
      ['provision', 'as_of', 'amount', 'currency', 'basis', 'nature'],
      results.map((r) => [r.provision, r.asOf, money(r.amount), r.amount?.currency ?? '', r.basis, r.nature]),
      'csv',
    );
  const title = `${profile.name}: ${provision ? 'legal maximum' : `${regime} legal maxima`}`;
  return [
    format === 'markdown' ? `## ${title}` : title,
    ...results.map((r) => formatLegalMaximum(r, text(format))),
  ].join('\n\n');
}

export function fineCommand({ profile, asOf, fx, format, values }: ProfileCommandInput): string {
  const articles = listOption(str(values.articles));
  if (articles.length === 0) throw new UsageError('fine needs --articles, e.g. --articles "5(1)(f),32"');
  const result = maximumFine({
    profile,
    regime: regimeOption(values),
    articles,
    asOf,
    fx,
    turnover: turnoverOptions(values),
    ...(values.separate ? { linked: false } : {}),
  });
  if (format === 'json') return jsonText(result);
  if (format === 'csv')
    return renderTable(
      ['articles', 'as_of', 'amount', 'currency', 'gravest_infringement'],
      [
        [
          articles.join(';'),
          asOf,
          money(result.amount),
          result.amount?.currency ?? '',
          result.gravestInfringement ?? '',
        ],
      ],
      'csv',
    );
  return formatMaximumFine(result, text(format));
}

export function obligationsCommand({ profile, asOf, fx, format, values }: ProfileCommandInput): string {
  const result = obligationsFor({ profile, asOf, fx });
  const regime = str(values.regime);
  const shown = regime
    ? { ...result, obligations: result.obligations.filter((o) => o.regime === regimeOption(values)) }
    : result;
  if (format === 'json') return jsonText(shown);
  return formatObligations(shown, format);
}

export function gapsCommand({ profile, asOf, fx, format }: ProfileCommandInput): string {
  const result = gapAnalysis({ profile, asOf, fx });
  if (format === 'json') return jsonText(result);
  return formatGapAnalysis(result, format);
}

export function edpbCommand({ profile, asOf, fx, format, values }: ProfileCommandInput): string {
  const articles = listOption(str(values.articles));
  if (articles.length === 0) throw new UsageError('edpb needs --articles, e.g. --articles 6,32');
  const seriousness = str(values.seriousness);
  if (seriousness === undefined) throw new UsageError('edpb needs --seriousness low, medium or high');
  const result = edpbFine({
    profile,
    asOf,
    fx,
    infringement: {
      articles,
      seriousness,
      ...(str(values['seriousness-pct']) !== undefined
        ? { seriousnessPct: str(values['seriousness-pct']) }
        : {}),
      ...(str(values['size-pct']) !== undefined ? { sizePct: str(values['size-pct']) } : {}),
      ...(str(values['final-factor-pct']) !== undefined
        ? { finalFactorPct: str(values['final-factor-pct']) }
        : {}),
    },
    ...(str(values.rounding) !== undefined ? { rounding: str(values.rounding) } : {}),
  });
  if (format === 'json') return jsonText(result);
  const range = result.amount
    ? formatMoney(result.amount)
    : `${formatMoney(result.fine.low)} to ${formatMoney(result.fine.high)}`;
  if (format === 'csv')
    return renderTable(
      ['method', 'articles', 'legal_maximum', 'low', 'high', 'amount', 'currency'],
      [
        [
          result.method,
          articles.join(';'),
          result.legalMaximum.amount,
          result.fine.low.amount,
          result.fine.high.amount,
          money(result.amount),
          result.currency,
        ],
      ],
      'csv',
    );
  const title = `${profile.name}: ${result.method} for ${articles.join(', ')}: ${range}`;
  return [format === 'markdown' ? `### ${title}` : title, '', formatSteps(result.steps, text(format))].join(
    '\n',
  );
}
