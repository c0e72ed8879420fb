import * as z from 'zod';
import { groupDigits } from '../core/group-digits.js';
import { parseInput } from '../core/validation.js';
import type { FinesReported } from '../sanctions/coverage.js';
import type { SanctionRecord } from '../sanctions/record.js';
import { caseOfRecord, cellOf } from './features.js';
import { type CountryFrequency, countryOfAuthority, type FrequencyParameters } from './frequency.js';
import { recordsOf } from './records.js';
import { isModelledRegime } from './regimes.js';

/** An enterprise count of the data/enforcement/enterprises.json file. */
export interface EnterpriseRow {
  readonly country: string;
  readonly year: number;
  readonly sizeClass: string;
  readonly enterprises: number;
  /** The activities counted (Eurostat's NACE aggregate code) and the dataset, where given. */
  readonly nace?: string | null;
  readonly dataset?: string | null;
  readonly source: string;
  readonly url: string;
  /** What was read, and how. */
  readonly verification?: string | null;
  readonly notes?: string | null;
}

/**
 * The shares of large and medium-sized enterprises in the EU, as Eurostat's Statistics Explained
 * "Structural business statistics overview" gives them beside the total (large 0.2 %, medium
 * 0.8 %, micro and small 99 %): the counts by size class are the total times these shares.
 */
export const EU_LARGE_SHARE = 0.002;

const count = /* @__PURE__ */ z.number().int().min(0).max(1e9);
const text = /* @__PURE__ */ z.string().max(10_000);

/** The counts read, checked: an authority's fines a year, Eurostat's enterprises, the authorities. */
const frequencyArgs = /* @__PURE__ */ z.object({
  reported: z
    .array(
      z
        .object({
          authorityId: z.string().max(100),
          year: z.number().int().min(1990).max(2100),
          fines: count.nullable(),
        })
        .loose()
        .transform((f) => f as unknown as FinesReported),
    )
    .max(10_000),
  enterprises: z
    .array(
      z
        .object({
          country: z.string().max(10),
          year: z.number().int().min(1990).max(2100),
          sizeClass: z.string().max(40),
          enterprises: count,
          nace: text.nullable().optional(),
          dataset: text.nullable().optional(),
          source: text,
          url: text,
          verification: text.nullable().optional(),
          notes: text.nullable().optional(),
        })
        .strict(),
    )
    .max(10_000),
  authorityIds: z.array(z.string().max(100)).max(1_000),
});

/** The years whose records stand in for an authority's count where it reports none. */
const HELD_YEARS = [2022, 2023, 2024];

/**
 * The frequency parameters from the data: the authorities' own counts where bundled, else the
 * records held (a lower bound); the EU's enterprises from Eurostat; the share of fines on large
 * enterprises measured on the records (unknown sizes counted as SMEs).
 */
export function frequencyParameters(
  source: readonly SanctionRecord[] | { all(): readonly SanctionRecord[] },
  reportedInput: readonly FinesReported[],
  enterprisesInput: readonly EnterpriseRow[],
  authorityIdsInput: readonly string[],
): FrequencyParameters {
  const records = recordsOf(source, 'frequencyParameters records');
  const { reported, enterprises, authorityIds } = parseInput(
    frequencyArgs,
    { reported: reportedInput, enterprises: enterprisesInput, authorityIds: authorityIdsInput },
    'frequencyParameters arguments',
  );
  const modelled = records.filter((r) => isModelledRegime(r.regime));
  const authorities = authorityIds.map((id) => {
    const own = reported
      .filter((f) => f.authorityId === id && f.fines !== null && f.year >= 2022)
      .sort((a, b) => b.year - a.year)[0];
    if (own) {
      return {
        authorityId: id,
        finesPerYear: own.fines as number,
        basis: 'reported' as const,
        year: own.year,
        source: own.url,
      };
    }
    const held = modelled.filter(
      (r) => r.authorityId === id && HELD_YEARS.includes(Number(r.date.slice(0, 4))),
    ).length;
    return {
      authorityId: id,
      finesPerYear: Math.round((held / HELD_YEARS.length) * 100) / 100,
      basis: 'records held (lower bound)' as const,
      year: `${HELD_YEARS[0]}-${HELD_YEARS.at(-1)}`,
      source: null,
    };
  });
  const eu = enterprises
    .filter((e) => e.country.startsWith('EU27') && e.sizeClass === 'total')
    .sort((a, b) => b.year - a.year)[0];
  const total = eu?.enterprises ?? 0;
  const euLarge = eu ? countOf(enterprises, eu.country, eu.year, '250+') : null;
  const euLargePart =
    euLarge !== null
      ? `${groupDigits(euLarge)} of them with 250 or more persons employed`
      : '0.2 % of them large';
  const cells = modelled.map((r) => cellOf(caseOfRecord(r)));
  const large = cells.filter((c) => c === 'large').length;
  return {
    finesPerYear: Math.round(authorities.reduce((n, a) => n + a.finesPerYear, 0) * 100) / 100,
    authorities,
    enterprises: {
      large: euLarge ?? Math.round(total * EU_LARGE_SHARE),
      sme: euLarge !== null ? total - euLarge : Math.round(total * (1 - EU_LARGE_SHARE)),
      source: eu
        ? `Eurostat, ${eu.year}: ${groupDigits(total)} enterprises, ${euLargePart} (${eu.url})`
        : 'no enterprise count bundled',
    },
    countries: countryFrequencies(authorities, enterprises),
    largeShareOfFines: cells.length > 0 ? Math.round((large / cells.length) * 1000) / 1000 : 0,
    largeShareBasis: `${large} of the ${cells.length} data-protection fines held fell on large enterprises (size class or turnover above EUR 50m); those of unknown size are counted as SMEs`,
    lowerBound: authorities.some((a) => a.basis !== 'reported'),
    gapEffect: 19,
    averageGapShare: 0.5,
  };
}

/** The count of a size class for a country and year, or null where the file has none. */
function countOf(
  rows: readonly EnterpriseRow[],
  country: string,
  year: number,
  sizeClass: string,
): number | null {
  return (
    rows.find((e) => e.country === country && e.year === year && e.sizeClass === sizeClass)?.enterprises ??
    null
  );
}

/**
 * Each country whose enterprises are bundled (the latest year with both the total and the 250+
 * count): its authorities' fines a year over its enterprises. The share of fines on large
 * enterprises stays the EU-wide one: the records are too few to measure it country by country.
 */
function countryFrequencies(
  authorities: readonly {
    readonly authorityId: string;
    readonly finesPerYear: number;
    readonly basis: string;
  }[],
  enterprises: readonly EnterpriseRow[],
): CountryFrequency[] {
  const out: CountryFrequency[] = [];
  for (const country of [...new Set(authorities.map((a) => countryOfAuthority(a.authorityId)))].sort()) {
    const counted = enterprises
      .filter((e) => e.country === country && e.sizeClass === 'total')
      .map((row) => ({ row, large: countOf(enterprises, country, row.year, '250+') }))
      .filter((c) => c.large !== null)
      .sort((a, b) => b.row.year - a.row.year)[0];
    if (!counted) continue;
    const { row } = counted;
    const large = counted.large as number;
    const own = authorities.filter((a) => countryOfAuthority(a.authorityId) === country);
    out.push({
      country,
      finesPerYear: Math.round(own.reduce((n, a) => n + a.finesPerYear, 0) * 100) / 100,
      lowerBound: own.some((a) => a.basis !== 'reported'),
      enterprises: {
        large,
        sme: row.enterprises - large,
        year: row.year,
        source: `${row.source}: ${groupDigits(row.enterprises)}, ${groupDigits(large)} of them 250+ (${row.url})`,
      },
    });
  }
  return out;
}
