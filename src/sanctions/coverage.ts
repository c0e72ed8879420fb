import rates from '../../data/enforcement/fines-per-year.json';
import type { SerializedMoney } from '../core/money.js';
import type { SanctionRecord } from './record.js';

/** What an authority reports of its own fines for a year (its annual report or release). */
export interface FinesReported {
  readonly authorityId: string;
  readonly year: number;
  /** The number of fines the authority imposed; null where its report does not say. */
  readonly fines: number | null;
  readonly finesTotal: SerializedMoney | null;
  /** How many of them it made public; null where not stated. */
  readonly published: number | null;
  /** What the figure counts, in the report's terms. */
  readonly definition: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly notes: string | null;
}

/** One cell of `sanctions.coverage()`: records held against what the authority reports. */
export interface CoverageCell {
  readonly authorityId: string;
  readonly year: number;
  /** Records of the dataset for the authority and year. */
  readonly held: number;
  /** The fines the authority reports for the year, where a report of it is bundled. */
  readonly reported: number | null;
  /** held ÷ reported, where both are known (can exceed 1 where the authority counts decisions, not fines). */
  readonly share: number | null;
  readonly source: string | null;
}

export const FINES_REPORTED: readonly FinesReported[] = /* @__PURE__ */ Object.freeze(
  rates.rows.map((r) =>
    Object.freeze({
      authorityId: r.authorityId,
      year: r.year,
      fines: r.fines ?? null,
      finesTotal: (r.finesTotal as SerializedMoney | null) ?? null,
      published: r.published ?? null,
      definition: r.definition ?? null,
      source: r.source ?? null,
      url: r.url ?? null,
      notes: r.notes ?? null,
    }),
  ),
);

/** Per authority and year: the records held, against the fines the authority reports. */
export function coverageOf(records: readonly SanctionRecord[]): readonly CoverageCell[] {
  const held = new Map<string, number>();
  for (const r of records) {
    const key = `${r.authorityId ?? r.authority}\u0000${r.date.slice(0, 4)}`;
    held.set(key, (held.get(key) ?? 0) + 1);
  }
  const reported = new Map(FINES_REPORTED.map((f) => [`${f.authorityId}\u0000${f.year}`, f]));
  const keys = new Set([...held.keys(), ...reported.keys()]);
  return [...keys]
    .map((key): CoverageCell => {
      const [authorityId, year] = key.split('\u0000') as [string, string];
      const h = held.get(key) ?? 0;
      const r = reported.get(key);
      const fines = r?.fines ?? null;
      return {
        authorityId,
        year: Number(year),
        held: h,
        reported: fines,
        share: fines ? Math.round((h / fines) * 1000) / 1000 : null,
        source: r?.url ?? null,
      };
    })
    .sort((a, b) => a.authorityId.localeCompare(b.authorityId) || a.year - b.year);
}
