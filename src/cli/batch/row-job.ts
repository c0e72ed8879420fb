import { LexposureError, ValidationError } from '../../core/errors.js';
import type { ConversionOptions } from '../../core/fx/convert.js';
import type { PortfolioEntry } from '../../exposure/portfolio.js';
import { csvLine } from '../../report/table.js';
import { BATCH_COLUMNS, type BatchRow, emptyRow, scoreProfile } from './score-row.js';
import { columnOf, profileFromRow } from './vendor-row.js';

/**
 * One row of the vendor file, as read: a CSV record's fields, an NDJSON line's text, or a row that
 * could not be read at all (bad bytes, an unclosed quote). A job is plain data, so a worker thread
 * can score it as the main thread would.
 */
export type RowJob =
  | { readonly kind: 'csv'; readonly line: number; readonly fields: readonly string[] }
  | { readonly kind: 'json'; readonly line: number; readonly text: string }
  | { readonly kind: 'problem'; readonly line: number; readonly problem: string };

/** What every row of one run is scored with. */
export interface RowSettings {
  /** The CSV header (trimmed), or null for NDJSON. */
  readonly header: readonly string[] | null;
  readonly asOf: string;
  readonly fx: ConversionOptions | undefined;
  readonly output: 'csv' | 'ndjson';
  readonly rawCsv: boolean;
  /** Keep each scored row's figures for the supplier-base view. */
  readonly portfolio: boolean;
}

/** The rows of a chunk, scored: their output lines joined, the failures, the figures kept. */
export interface ChunkResult {
  readonly text: string;
  readonly errors: number;
  readonly entries: PortfolioEntry[];
}

/** A row that cannot be read at all: its error names its line. */
class RowProblem extends Error {}

/** An error message naming the line and the CSV column (or the profile field) and the problem. */
function describe(error: unknown, line: number, csv: boolean): string {
  if (error instanceof ValidationError)
    return `line ${line}: ${error.issues.map((i) => `${csv ? columnOf(i.field) : i.field}: ${i.message}`).join('; ')}`;
  if (error instanceof LexposureError || error instanceof RowProblem) return `line ${line}: ${error.message}`;
  const fault = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `line ${line}: INTERNAL_ERROR (a fault of lexposure, please report it): ${fault.slice(0, 300)}`;
}

/** A row as the output writes it. */
function rowText(row: BatchRow, settings: Pick<RowSettings, 'output' | 'rawCsv'>): string {
  return settings.output === 'csv'
    ? csvLine(
        BATCH_COLUMNS.map((c) => row[c]),
        settings.rawCsv,
      )
    : JSON.stringify(row);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ValidationError(
      [{ path: '(line)', message: `not valid JSON (${(error as Error).message})` }],
      'row',
    );
  }
}

/**
 * Scores one row (`row` is its number in the output). A bad row, or a fault of the library on it,
 * is that row's error, not the end of the batch: the line says which row and what failed.
 */
export function scoreJob(
  job: RowJob,
  row: number,
  settings: RowSettings,
): { text: string; failed: boolean; entry: PortfolioEntry | null } {
  const h = settings.header;
  const at = (fields: readonly string[], column: string) => {
    const i = h ? h.indexOf(column) : -1;
    return i < 0 ? '' : (fields[i] ?? '').trim();
  };
  const out =
    job.kind === 'csv' ? emptyRow(row, at(job.fields, 'id'), at(job.fields, 'name')) : emptyRow(row, '', '');
  let entry: PortfolioEntry | null = null;
  let failed = false;
  try {
    if (job.kind === 'problem') throw new RowProblem(job.problem);
    const raw = job.kind === 'csv' ? profileFromRow(h ?? [], job.fields, settings.asOf) : parseJson(job.text);
    const scored = scoreProfile(raw, settings.asOf, settings.fx, out);
    if (settings.portfolio) entry = scored;
  } catch (error) {
    failed = true;
    out.status = 'error';
    out.error = describe(error, job.line, h !== null);
  }
  return { text: rowText(out, settings), failed, entry };
}

/** Scores a chunk of rows numbered from `firstRow`, in order. */
export function scoreChunk(jobs: readonly RowJob[], firstRow: number, settings: RowSettings): ChunkResult {
  const lines: string[] = [];
  const entries: PortfolioEntry[] = [];
  let errors = 0;
  jobs.forEach((job, i) => {
    const r = scoreJob(job, firstRow + i, settings);
    lines.push(r.text);
    if (r.failed) errors++;
    if (r.entry) entries.push(r.entry);
  });
  return { text: lines.join('\n'), errors, entries };
}
