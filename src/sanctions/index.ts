/**
 * `lexposure/sanctions`: the bundled dataset of real sanctions, its queries and statistics, and the
 * same for a user's own data (JSON or CSV).
 */
import records from '../../fixtures/sanctions/sanctions.json';
import { createSanctionSet, type SanctionSet } from './sanction-set.js';

export type { SanctionRecord } from './record.js';
export {
  type Comparable,
  type CsvMapping,
  createSanctionSet,
  type SanctionQuery,
  type SanctionSet,
  type SanctionStats,
  sanctionQuerySchema,
  sanctionsFromCsv,
} from './sanction-set.js';
export {
  SANCTION_REGIMES,
  type Sanction,
  type SanctionInput,
  type SanctionRegime,
  type StatusEvent,
  sanctionSchema,
} from './schema.js';
export { type Distribution, QUANTILES, quantile } from './statistics.js';

let bundled: SanctionSet | undefined;

/** The bundled dataset (fixtures/sanctions/sanctions.json), validated and enriched on first use. */
export const sanctions: SanctionSet = {
  all: () => load().all(),
  query: (q) => load().query(q),
  stats: (q) => load().stats(q),
  comparables: (args) => load().comparables(args),
};

function load(): SanctionSet {
  bundled ??= createSanctionSet(records);
  return bundled;
}
