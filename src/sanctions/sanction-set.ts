import * as z from 'zod';
import { Decimal } from '../core/decimal.js';
import { LexposureError, ValidationError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import type { ConversionOptions } from '../core/fx/convert.js';
import { DEFAULT_FX, fxOptionsSchema } from '../core/fx/schema.js';
import { requireString, unreadable } from '../core/guards.js';
import { ownData } from '../core/own-data.js';
import { decimalSchema, isoDateSchema, parseInput, toIssues } from '../core/validation.js';
import { parseArticleReference } from '../law/names.js';
import { type Comparable, comparablesIn, featuresOf } from './comparables.js';
import { DERIVED_KEYS, enrich, type SanctionRecord } from './record.js';
import { SANCTION_REGIMES, sanctionSchema, statusEventSchema } from './schema.js';
import { type Distribution, distribution } from './statistics.js';

export const sanctionQuerySchema = z
  .object({
    regime: z.enum(SANCTION_REGIMES).optional(),
    /** "GDPR Art. 6" matches Art. 6 and every paragraph of it; "GDPR Art. 6(1)(a)" only that point. */
    article: z.string().min(1).max(120).optional(),
    /** A fine provision the articles fall under: "GDPR 83(5)". */
    provision: z.string().min(1).max(100).optional(),
    country: z.string().min(2).max(2).optional(),
    /** Part of the authority's name, any case. */
    authority: z.string().min(1).max(200).optional(),
    /** Part of the entity's or the undertaking's name, any case. */
    company: z.string().min(1).max(200).optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    /** The current state: the last event of the history. */
    status: statusEventSchema.shape.state.optional(),
    /** Bounds on the amount imposed, in euros. */
    minAmountEur: decimalSchema({ min: 'zero' }).optional(),
    maxAmountEur: decimalSchema({ min: 'zero' }).optional(),
  })
  .strict();

export type SanctionQuery = z.input<typeof sanctionQuerySchema>;

export interface SanctionStats {
  readonly count: number;
  /** Amounts imposed, in euros. */
  readonly amountEur: Distribution | null;
  /** Amount ÷ turnover of the preceding financial year, over the records that have it. */
  readonly ratioToTurnover: Distribution | null;
}

export type { Comparable } from './comparables.js';

/** A dataset of sanctions with its queries; the bundled one is `sanctions`. */
export interface SanctionSet {
  all(): readonly SanctionRecord[];
  query(query?: SanctionQuery): readonly SanctionRecord[];
  stats(query?: SanctionQuery): SanctionStats;
  comparables(args: unknown): readonly Comparable[];
}

function articleMatches(wanted: string, article: string): boolean {
  const a = parseArticleReference(wanted);
  const b = parseArticleReference(article);
  if (!a || !b) return wanted.trim().toLowerCase() === article.trim().toLowerCase();
  if (a.regime !== null && a.regime !== b.regime) return false;
  if (a.article !== b.article) return false;
  return a.subdivisions.every((s, i) => b.subdivisions[i] === s);
}

function matches(record: SanctionRecord, q: z.output<typeof sanctionQuerySchema>): boolean {
  if (q.regime && record.regime !== q.regime) return false;
  if (q.country && record.country !== q.country.toUpperCase()) return false;
  if (q.authority && !record.authority.toLowerCase().includes(q.authority.toLowerCase())) return false;
  if (q.company) {
    const c = q.company.toLowerCase();
    if (!record.entity.toLowerCase().includes(c) && !(record.undertaking ?? '').toLowerCase().includes(c))
      return false;
  }
  if (q.from && record.date < q.from) return false;
  if (q.to && record.date > q.to) return false;
  if (q.status && record.currentState !== q.status) return false;
  if (q.provision && !record.provisions.includes(q.provision)) return false;
  if (q.article && !record.articles.some((a) => articleMatches(q.article as string, a))) return false;
  const eur = new Decimal(record.amountEur.amount.amount);
  if (q.minAmountEur && eur.lt(q.minAmountEur)) return false;
  if (q.maxAmountEur && eur.gt(q.maxAmountEur)) return false;
  return true;
}

/**
 * A record read back from a set (`sanctions.all().filter(...)`) carries the figures `enrich`
 * derived; they are dropped and derived again, so a filtered set rebuilds exactly.
 */
function withoutDerived(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  if (!DERIVED_KEYS.some((k) => Object.hasOwn(raw, k))) return raw;
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) if (!DERIVED_KEYS.includes(k)) copy[k] = v;
  // A turnover `enrich` derived from the entity's or group's figure is dropped too.
  if (copy.turnover && (copy.entityTurnover || copy.groupTurnover)) delete copy.turnover;
  return copy;
}

/** The options of createSanctionSet and sanctionsFromCsv: exchange rates as every function takes them. */
export interface SanctionSetOptions {
  readonly fx?: z.input<typeof fxOptionsSchema>;
}

const setOptionsSchema = /* @__PURE__ */ z.object({ fx: fxOptionsSchema.optional() }).strict();

/** The sets createSanctionSet made: their records were validated when the set was made. */
const ISSUED = new WeakSet<object>();

/** Marks a set the library made (frozen): the model functions and the estimate read it as valid. */
export function issued<T extends SanctionSet>(set: T): T {
  ISSUED.add(Object.freeze(set));
  return set;
}

/** A set made by createSanctionSet (the bundled `sanctions` is one), not an object posing as one. */
export function isSanctionSet(value: unknown): value is SanctionSet {
  return typeof value === 'object' && value !== null && ISSUED.has(value);
}

/** Each record checked against the schema (a duplicate id refused), enriched and frozen. */
function parseRecords(records: readonly unknown[], fx: ConversionOptions): SanctionRecord[] {
  const seen = new Set<string>();
  return records.map((raw, index) => {
    let parsed: ReturnType<typeof sanctionSchema.safeParse>;
    let id = '?';
    try {
      if (typeof raw === 'object' && raw !== null && Object.hasOwn(raw, 'id')) {
        const value = (raw as { id: unknown }).id;
        if (typeof value === 'string') id = value.slice(0, 100);
      }
      parsed = sanctionSchema.safeParse(ownData(withoutDerived(raw), `[${index}]`, 'sanctions'));
    } catch (error) {
      // A record that throws while it is read (a getter or a proxy) is that record's fault.
      if (error instanceof LexposureError) throw error;
      throw unreadable(error, `[${index}]`, 'sanctions');
    }
    if (!parsed.success) throw new ValidationError(toIssues(parsed.error, `[${index}] (${id})`), 'sanctions');
    if (seen.has(parsed.data.id)) {
      throw new ValidationError(
        [{ path: `[${index}].id`, message: `duplicate id ${parsed.data.id}` }],
        'sanctions',
      );
    }
    seen.add(parsed.data.id);
    return deepFreeze(enrich(parsed.data, fx));
  });
}

/**
 * A sanction set from records (the bundled dataset, or a user's own in the same schema). Every
 * record is validated; a bad one is a ValidationError naming its index, id and field.
 */
export function createSanctionSet(records: unknown, options: SanctionSetOptions = {}): SanctionSet {
  if (!Array.isArray(records)) {
    throw new ValidationError([{ path: '', message: 'expected an array of sanction records' }], 'sanctions');
  }
  const { fx: given } = parseInput(setOptionsSchema, options, 'sanctions', 'options');
  const fx = given ?? DEFAULT_FX;
  const list = parseRecords(records, fx);
  list.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id.localeCompare(b.id)));
  const frozen = Object.freeze(list);
  const features = featuresOf(frozen);

  const query = (q: SanctionQuery = {}) => {
    const parsed = parseInput(sanctionQuerySchema, q, 'sanction query');
    return frozen.filter((r) => matches(r, parsed));
  };

  const set: SanctionSet = {
    all: () => frozen,
    query,
    stats(q = {}) {
      const found = query(q);
      const ratios = found
        .filter((r) => r.ratioToTurnover !== null)
        .map((r) => new Decimal(r.ratioToTurnover as string));
      return {
        count: found.length,
        amountEur: distribution(found.map((r) => new Decimal(r.amountEur.amount.amount))),
        ratioToTurnover: distribution(ratios, 12),
      };
    },
    comparables(args) {
      return comparablesIn(features, args);
    },
  };
  return issued(set);
}

/** Which CSV column holds each field; articles and sources are separated by ";" in their cell. */
export interface CsvMapping {
  readonly id: string;
  readonly date: string;
  readonly authority: string;
  readonly country: string;
  readonly regime: string;
  readonly entity: string;
  readonly amount: string;
  readonly currency: string;
  readonly articles: string;
  readonly summary: string;
  readonly sources: string;
  readonly undertaking?: string;
  readonly sector?: string;
  readonly turnover?: string;
  readonly turnoverCurrency?: string;
  readonly turnoverYear?: string;
  readonly turnoverSource?: string;
}

const columnName = /* @__PURE__ */ z.string().min(1).max(200).optional();

/** The mapping, checked: each field names a column (a string), and no unknown field is given. */
const csvMappingSchema = z
  .object({
    id: columnName,
    date: columnName,
    authority: columnName,
    country: columnName,
    regime: columnName,
    entity: columnName,
    amount: columnName,
    currency: columnName,
    articles: columnName,
    summary: columnName,
    sources: columnName,
    undertaking: columnName,
    sector: columnName,
    turnover: columnName,
    turnoverCurrency: columnName,
    turnoverYear: columnName,
    turnoverSource: columnName,
  })
  .strict();

/** RFC 4180 CSV: quoted fields, doubled quotes, commas and newlines inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  // Runs of ordinary characters are taken as slices, so the time is linear in the text's length.
  const unquotedStop = /[",\r\n]/g;
  const quotedStop = /"/g;
  for (let i = 0; i < text.length; ) {
    const stop = quoted ? quotedStop : unquotedStop;
    stop.lastIndex = i;
    const found = stop.exec(text);
    const end = found ? found.index : text.length;
    field += text.slice(i, end);
    if (!found) break;
    i = end;
    const c = text[i];
    if (quoted) {
      if (text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else {
        quoted = false;
        i += 1;
      }
    } else if (c === '"') {
      quoted = true;
      i += 1;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i += 1;
    } else {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''));
}

/**
 * A user's sanctions from CSV, through a column mapping, into the same schema and queries. The
 * history is the imposition only; the turnover is that of the columns given, or unknown.
 */
export function sanctionsFromCsv(text: string, mapping: CsvMapping, options: SanctionSetOptions = {}) {
  requireString(text, 'text', 'sanctions CSV', 50_000_000);
  const columns = parseInput(csvMappingSchema, mapping, 'sanctions CSV', 'mapping');
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new ValidationError([{ path: '', message: 'the CSV is empty' }], 'sanctions CSV');
  const column = (name: string | undefined) => {
    if (name === undefined) return -1;
    const index = header.indexOf(name);
    if (index === -1)
      throw new ValidationError([{ path: name, message: 'no such column in the header' }], 'sanctions CSV');
    return index;
  };
  const cols = Object.fromEntries(Object.entries(columns).map(([k, v]) => [k, column(v)])) as Record<
    string,
    number
  >;
  const cell = (row: string[], key: string) =>
    cols[key] !== undefined && cols[key] >= 0 ? (row[cols[key] as number] ?? '').trim() : '';
  const list = (value: string) =>
    value
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
  const records = rows.map((row) => {
    const turnover = cell(row, 'turnover');
    return {
      id: cell(row, 'id'),
      date: cell(row, 'date'),
      authority: cell(row, 'authority'),
      country: cell(row, 'country'),
      regime: cell(row, 'regime'),
      entity: cell(row, 'entity'),
      undertaking: cell(row, 'undertaking') || null,
      amount: { amount: cell(row, 'amount'), currency: cell(row, 'currency') },
      articles: list(cell(row, 'articles')),
      summary: cell(row, 'summary'),
      status: [{ date: cell(row, 'date'), state: 'imposed' }],
      turnover: turnover
        ? {
            amount: turnover,
            currency: cell(row, 'turnoverCurrency') || cell(row, 'currency'),
            year: Number(cell(row, 'turnoverYear')),
            scope: 'undertaking',
            source: cell(row, 'turnoverSource') || 'user data',
          }
        : null,
      ...(turnover ? {} : { turnoverNote: 'not in the CSV' }),
      sector: cell(row, 'sector') || null,
      size: null,
      sources: list(cell(row, 'sources')),
    };
  });
  return createSanctionSet(records, options);
}
