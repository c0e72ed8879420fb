import { Decimal } from '../core/decimal.js';
import { LexposureError } from '../core/errors.js';
import type { ExposureEstimate } from '../exposure/estimate.js';
import type { LossDistribution } from '../exposure/loss-distribution.js';
import type { Simulation } from '../exposure/simulate.js';
import type { LegalMaximum } from '../fines/legal-maximum.js';

/** A Vega-Lite v5 specification: plain JSON, for any renderer (Jupyter, Observable, vega-embed). */
export type VegaLiteSpec = Record<string, unknown>;

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v5.json';
// Charts take floats: they draw, they do not compute. The exact figures stay in the results.
const num = (amount: string) => new Decimal(amount).toNumber();

/** The loss exceedance curve of a simulation: the probability that a year's loss exceeds each amount. */
export function exceedanceChart(
  distribution: LossDistribution,
  title = 'Loss exceedance curve',
): VegaLiteSpec {
  return {
    $schema: SCHEMA,
    title,
    width: 480,
    height: 300,
    data: {
      values: distribution.exceedance.map((p) => ({
        amount: num(p.amount.amount),
        probability: p.probability,
      })),
    },
    mark: { type: 'line', interpolate: 'step-after', point: true },
    encoding: {
      // A symmetric log scale: losses span orders of magnitude (and a year without a fine is 0,
      // which a plain log scale cannot place), so the curve's tail stays readable.
      x: {
        field: 'amount',
        type: 'quantitative',
        title: `Annual loss (${distribution.mean.currency}, log scale)`,
        scale: { type: 'symlog' },
      },
      y: {
        field: 'probability',
        type: 'quantitative',
        title: 'P(annual loss > amount)',
        axis: { format: '%' },
      },
      tooltip: [
        { field: 'amount', type: 'quantitative', format: ',.0f' },
        { field: 'probability', type: 'quantitative', format: '.2%' },
      ],
    },
  };
}

/** Each regime's range (low to high), its likely fine and its legal maximum, on a log scale. */
export function exposureChart(estimate: ExposureEstimate): VegaLiteSpec {
  const rows = estimate.regimes
    .filter((r) => r.combined !== null)
    .map((r) => ({
      regime: r.regime,
      currency: r.legalMaximum?.currency ?? 'EUR',
      low: num(r.combined?.low.amount ?? '0'),
      likely: r.combined?.likely ? num(r.combined.likely.amount) : null,
      high: num(r.combined?.high.amount ?? '0'),
      legalMaximum: r.legalMaximum ? num(r.legalMaximum.amount) : null,
    }));
  const x = { type: 'quantitative', scale: { type: 'log' }, title: 'Amount' };
  return {
    $schema: SCHEMA,
    title: `${estimate.company}: exposure by regime on ${estimate.asOf}`,
    width: 480,
    data: { values: rows },
    encoding: { y: { field: 'regime', type: 'nominal', title: null } },
    layer: [
      {
        mark: { type: 'rule', strokeWidth: 6, opacity: 0.5 },
        encoding: { x: { field: 'low', ...x }, x2: { field: 'high' } },
      },
      { mark: { type: 'point', filled: true, size: 80 }, encoding: { x: { field: 'likely', ...x } } },
      {
        mark: { type: 'tick', color: 'firebrick', thickness: 2 },
        encoding: { x: { field: 'legalMaximum', ...x } },
      },
    ],
  };
}

/** Legal maxima side by side, by provision and coloured by regime. */
export function capsChart(
  maxima: readonly LegalMaximum[],
  title = 'Legal maxima by provision',
): VegaLiteSpec {
  const rows = maxima
    .filter((m) => m.amount !== null)
    .map((m) => ({
      provision: m.provision,
      regime: m.provision.replace(/ [^ ]+$/, ''),
      amount: num(m.amount?.amount ?? '0'),
      currency: m.amount?.currency,
      basis: m.basis,
    }));
  return {
    $schema: SCHEMA,
    title,
    width: 480,
    data: { values: rows },
    mark: 'bar',
    encoding: {
      y: { field: 'provision', type: 'nominal', sort: '-x', title: null },
      x: { field: 'amount', type: 'quantitative', title: 'Legal maximum' },
      color: { field: 'regime', type: 'nominal' },
      tooltip: [
        { field: 'provision' },
        { field: 'amount', format: ',.2f' },
        { field: 'currency' },
        { field: 'basis' },
      ],
    },
  };
}

const isSimulation = (v: unknown): v is Simulation =>
  typeof v === 'object' && v !== null && 'total' in v && 'companies' in v;
const isDistribution = (v: unknown): v is LossDistribution =>
  typeof v === 'object' && v !== null && 'exceedance' in v && 'quantiles' in v;
const isEstimate = (v: unknown): v is ExposureEstimate =>
  typeof v === 'object' && v !== null && 'regimes' in v && 'company' in v;
const isMaxima = (v: unknown): v is LegalMaximum[] =>
  Array.isArray(v) &&
  v.length > 0 &&
  v.every((m) => typeof m === 'object' && m !== null && 'provision' in m && 'basis' in m);

/**
 * A Vega-Lite chart of a result: a simulation or loss distribution (the exceedance curve), an
 * exposure estimate (ranges by regime) or a list of legal maxima (caps by provision).
 */
export function toVegaLite(result: unknown): VegaLiteSpec {
  if (isSimulation(result)) return exceedanceChart(result.total);
  if (isDistribution(result)) return exceedanceChart(result);
  if (isEstimate(result)) return exposureChart(result);
  if (isMaxima(result)) return capsChart(result);
  throw new ChartError();
}

class ChartError extends LexposureError {
  constructor() {
    super(
      'VALIDATION_ERROR',
      'toVegaLite draws a simulation, a loss distribution, an exposure estimate or a list of legal maxima',
    );
  }
}
