import { createReadStream } from 'node:fs';
import { LexposureError, ValidationError } from '../../core/errors.js';
import type { ConversionOptions } from '../../core/fx/convert.js';
import type { PortfolioEntry } from '../../exposure/portfolio.js';
import { csvLine } from '../../report/table.js';
import { CsvStreamParser, CsvSyntaxError } from './csv-stream.js';
import { BATCH_COLUMNS, type BatchRow, emptyRow, scoreProfile } from './score-row.js';
import { checkHeader, columnOf, profileFromRow } from './vendor-row.js';

export interface BatchOptions {
  readonly file: string;
  readonly asOf: string;
  readonly fx: ConversionOptions | undefined;
  readonly output: 'csv' | 'ndjson';
  /** Keep each scored row's figures for the supplier-base view (`portfolio`). */
  readonly portfolio?: boolean;
  /** Write CSV cells as they are, without neutralising formulas (`--raw-csv`). */
  readonly rawCsv?: boolean;
}

export interface BatchIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** A progress line on a terminal (overwritten in place); absent when stderr is not a terminal. */
  readonly progress?: (text: string) => void;
  readonly now?: () => number;
}

export class BatchInputError extends Error {}

/** An error message naming the line and the CSV column (or the profile field) and the problem. */
function describe(error: unknown, line: number, csv: boolean): string {
  if (error instanceof ValidationError)
    return `line ${line}: ${error.issues.map((i) => `${csv ? columnOf(i.field) : i.field}: ${i.message}`).join('; ')}`;
  if (error instanceof LexposureError) return `line ${line}: ${error.message}`;
  const fault = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `line ${line}: INTERNAL_ERROR (a fault of lexposure, please report it): ${fault.slice(0, 300)}`;
}

/**
 * `lexposure batch`: scores a vendor file row by row as it is read, writing each result as it
 * goes, so memory stays flat however long the file. A bad row gets its error in the `error` column;
 * the batch goes on.
 */
export async function runBatch(
  options: BatchOptions,
  io: BatchIo,
): Promise<{ rows: number; errors: number; entries: PortfolioEntry[] }> {
  const csv = /\.csv$/i.test(options.file);
  if (!csv && !/\.(ndjson|jsonl)$/i.test(options.file))
    throw new BatchInputError(`${options.file}: a vendor file ends in .csv, .ndjson or .jsonl`);
  const now = io.now ?? Date.now;
  const started = now();
  let lastProgress = started;
  let rows = 0;
  let errors = 0;
  const entries: PortfolioEntry[] = [];
  let pending: string[] = [];
  const flush = () => {
    if (pending.length > 0) io.stdout(pending.join('\n'));
    pending = [];
  };
  const emit = (row: BatchRow) => {
    pending.push(
      options.output === 'csv'
        ? csvLine(
            BATCH_COLUMNS.map((c) => row[c]),
            options.rawCsv,
          )
        : JSON.stringify(row),
    );
  };
  if (options.output === 'csv') pending.push(csvLine(BATCH_COLUMNS));

  let header: string[] | null = null;
  const handle = (line: number, score: (out: BatchRow) => PortfolioEntry, id: string, name: string) => {
    rows += 1;
    const out = emptyRow(rows, id, name);
    try {
      const entry = score(out);
      if (options.portfolio) entries.push(entry);
    } catch (error) {
      // A fault of the library on one row is that row's error, not the end of the batch: the rows
      // scored stay written, and the line says which row and what failed.
      errors += 1;
      out.status = 'error';
      out.error = describe(error, line, csv);
    }
    emit(out);
  };

  const onCsvRecord = (line: number, fields: readonly string[]) => {
    if (header === null) {
      header = fields.map((f) => f.trim());
      const problems = checkHeader(header);
      if (problems.length > 0) throw new BatchInputError(`${options.file}: line 1: ${problems.join('; ')}`);
      return;
    }
    const h = header;
    const at = (column: string) => {
      const i = h.indexOf(column);
      return i < 0 ? '' : (fields[i] ?? '').trim();
    };
    handle(
      line,
      (out) => scoreProfile(profileFromRow(h, fields, options.asOf), options.asOf, options.fx, out),
      at('id'),
      at('name'),
    );
  };

  const onJsonLine = (line: number, text: string) => {
    if (text.trim() === '') return;
    let value: unknown;
    handle(
      line,
      (out) => {
        try {
          value = JSON.parse(text);
        } catch (error) {
          throw new ValidationError(
            [{ path: '(line)', message: `not valid JSON (${(error as Error).message})` }],
            'row',
          );
        }
        return scoreProfile(value, options.asOf, options.fx, out);
      },
      '',
      '',
    );
  };

  const parser = new CsvStreamParser();
  // The start of an NDJSON line not yet ended, in pieces: joined once when its newline comes, so a
  // long line costs its length, not its length times the chunks it spans.
  let carry: string[] = [];
  let jsonLine = 0;
  let first = true;
  const stream = createReadStream(options.file, { encoding: 'utf8', highWaterMark: 1 << 16 });
  try {
    for await (const read of stream as AsyncIterable<string>) {
      // A UTF-8 byte order mark (as spreadsheet exports write) is not part of the first field.
      const chunk = first && read.charCodeAt(0) === 0xfeff ? read.slice(1) : read;
      first = false;
      if (csv) for (const r of parser.push(chunk)) onCsvRecord(r.line, r.fields);
      else {
        let start = 0;
        for (let nl = chunk.indexOf('\n'); nl !== -1; nl = chunk.indexOf('\n', start)) {
          carry.push(chunk.slice(start, nl));
          onJsonLine(++jsonLine, carry.join('').replace(/\r$/, ''));
          carry = [];
          start = nl + 1;
        }
        if (start < chunk.length) carry.push(chunk.slice(start));
      }
      flush();
      if (io.progress && now() - lastProgress >= 200) {
        lastProgress = now();
        const rate = Math.round((rows * 1000) / Math.max(1, lastProgress - started));
        io.progress(
          `${rows.toLocaleString('en')} rows, ${errors} errors, ${rate.toLocaleString('en')} rows/s`,
        );
      }
    }
    if (csv) for (const r of parser.end()) onCsvRecord(r.line, r.fields);
    else if (carry.length > 0) onJsonLine(++jsonLine, carry.join('').replace(/\r$/, ''));
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new BatchInputError(`${options.file}: ${error.message}`);
    const code = (error as NodeJS.ErrnoException).code;
    if (code && !(error instanceof BatchInputError))
      throw new BatchInputError(`${options.file}: cannot read the vendor file (${code})`);
    throw error;
  } finally {
    stream.destroy();
  }
  if (csv && header === null)
    throw new BatchInputError(`${options.file}: the file is empty (a header line is needed)`);
  flush();
  const seconds = (now() - started) / 1000;
  if (io.progress) io.progress('');
  io.stderr(
    `lexposure batch: ${rows} rows, ${rows - errors} scored, ${errors} with errors, in ${seconds.toFixed(1)} s (${Math.round(rows / Math.max(seconds, 0.001))} rows/s)`,
  );
  return { rows, errors, entries };
}
