import { formatMoney } from '../core/money.js';
import type { LossDistribution } from '../exposure/loss-distribution.js';
import type { Simulation } from '../exposure/simulate.js';
import { renderTable, type TableFormat } from './table.js';

function distributionRows(d: LossDistribution): string[][] {
  return [
    ['mean', formatMoney(d.mean)],
    ['P(any fine in a year)', `${(d.probabilityOfLoss * 100).toFixed(2)} %`],
    ['median (p50)', formatMoney(d.quantiles.p50)],
    ['p90', formatMoney(d.quantiles.p90)],
    ['p95 (VaR 95)', formatMoney(d.quantiles.p95)],
    ['p99 (VaR 99)', formatMoney(d.quantiles.p99)],
    ['TVaR 95', formatMoney(d.tailValueAtRisk.p95)],
    ['TVaR 99', formatMoney(d.tailValueAtRisk.p99)],
    ['max', formatMoney(d.max)],
  ];
}

/** A simulation's annual loss distribution as a table, and each company's mean. */
export function formatSimulation(result: Simulation, format: TableFormat = 'text'): string {
  const title = `Simulated annual loss on ${result.asOf}: ${result.iterations.toLocaleString('en')} years, seed ${result.seed}`;
  const total = renderTable(['Measure', 'Amount'], distributionRows(result.total), format);
  const companies =
    result.companies.length > 1
      ? `\n\n${renderTable(
          ['Company', 'Mean', 'P(any fine)', 'Share of the mean'],
          result.companies.map((c) => [
            c.name,
            formatMoney(c.mean),
            `${(c.probabilityOfLoss * 100).toFixed(2)} %`,
            `${(c.shareOfMean * 100).toFixed(1)} %`,
          ]),
          format,
        )}`
      : '';
  return `${format === 'markdown' ? `### ${title}` : title}\n\n${total}${companies}`;
}
