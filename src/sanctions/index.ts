/**
 * `lexposure/sanctions`: the bundled dataset of real sanctions, its queries and statistics, and the
 * same for a user's own data (JSON or CSV).
 */

import { once } from '../core/memo.js';
import { type Authority, authorities, authorityById } from './authorities.js';
import { BUNDLED_RECORDS } from './bundled.js';
import { type CoverageCell, coverageOf, FINES_REPORTED, type FinesReported } from './coverage.js';
import { createSanctionSet, issued, type SanctionSet } from './sanction-set.js';

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

export type { Authority, CoverageCell, FinesReported };
export { authorities, authorityById, FINES_REPORTED };

/**
 * The dataset's version and cut-off: the last date a decision was looked for. Records are added by
 * the method in data/sanctions/README.md; the version moves with each release of the data.
 */
export const SANCTIONS_DATASET = /* @__PURE__ */ Object.freeze({
  version: '2026.12.9',
  cutOff: '2026-12-01',
});

/** The bundled dataset, with its version and coverage. */
export interface BundledSanctions extends SanctionSet {
  readonly version: string;
  readonly cutOff: string;
  /** Per authority and year: records held against the fines the authority reports. */
  coverage(): readonly CoverageCell[];
  /** The authorities the records come from, with the domains their sources must be on. */
  authorities(): readonly Authority[];
  /** The fines each authority reports for a year, where bundled. */
  finesReported(): readonly FinesReported[];
}

/** The bundled set, validated and enriched once, on first use: every query and estimate reads it. */
const load = /* @__PURE__ */ once(() => createSanctionSet(BUNDLED_RECORDS));

/** The bundled dataset (data/sanctions/*.json), validated and enriched on first use. */
export const sanctions: BundledSanctions = /* @__PURE__ */ issued({
  version: SANCTIONS_DATASET.version,
  cutOff: SANCTIONS_DATASET.cutOff,
  all: () => load().all(),
  query: (q) => load().query(q),
  stats: (q) => load().stats(q),
  comparables: (args) => load().comparables(args),
  coverage: () => coverageOf(load().all()),
  authorities: () => authorities(),
  finesReported: () => FINES_REPORTED,
});
