import { LexposureError, ValidationError } from '../../core/errors.js';
import type { ConversionOptions } from '../../core/fx/convert.js';
import type { PortfolioEntry } from '../../exposure/portfolio.js';
import { csvLine } from '../../report/table.js';
import { CsvStreamParser } from './csv-stream.js';
import { NdjsonStreamParser } from './ndjson-stream.js';
import { BATCH_COLUMNS, type BatchRow, emptyRow, scoreProfile } from './score-row.js';
import { type Sink, stdoutSink } from './sink.js';
import { formatOf, openSource, sniffFormat, type VendorFormat } from './source.js';
import { isWellFormedText, Utf8Decoder } from './utf8.js';
import { checkHeader, columnOf, profileFromRow } from './vendor-row.js';

export interface BatchOptions {
  /** The vendor file, or `-` for stdin. */
  readonly file: string;
  readonly asOf: string;
  readonly fx: ConversionOptions | undefined;
  readonly output: 'csv' | 'ndjson';
  /** The input's format where the file name does not say it (`--input-format`). */
  readonly inputFormat?: VendorFormat;
  /** Keep each scored row's figures for the supplier-base view (`portfolio`). */
  readonly portfolio?: boolean;
  /** Write CSV cells as they are, without neutralising formulas (`--raw-csv`). */
  readonly rawCsv?: boolean;
  /** End the output with the line that says it is complete (default true; `--no-trailer`). */
  readonly trailer?: boolean;
}

export interface BatchIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** A progress line on a terminal (overwritten in place); absent when stderr is not a terminal. */
  readonly progress?: (text: string) => void;
  readonly now?: () => number;
  /** What `-` reads (process.stdin by default). */
  readonly stdin?: AsyncIterable<Uint8Array>;
  /** Where the rows go (stdout by default; `--output FILE` writes a file). */
  readonly sink?: Sink;
}

export class BatchInputError extends Error {}

/** A row that cannot be read at all (bad bytes, an unclosed quote): its error names its line. */
class RowProblem extends Error {}

const NOT_UTF8 = 'the row is not valid UTF-8 text (save the file as UTF-8)';

/** An error message naming the line and the CSV column (or the profile field) and the problem. */
function describe(error: unknown, line: number, csv: boolean): string {
  if (error instanceof ValidationError)
    return `line ${line}: ${error.issues.map((i) => `${csv ? columnOf(i.field) : i.field}: ${i.message}`).join('; ')}`;
  if (error instanceof LexposureError || error instanceof RowProblem) return `line ${line}: ${error.message}`;
  const fault = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `line ${line}: INTERNAL_ERROR (a fault of lexposure, please report it): ${fault.slice(0, 300)}`;
}

/** The last line of a complete run: a consumer that does not find it knows the stream was cut. */
export function trailer(rows: number, errors: number, format: 'csv' | 'ndjson'): string {
  const summary = `${rows} rows read, ${rows} written, ${errors} failed`;
  if (format === 'ndjson')
    return JSON.stringify({
      trailer: { complete: true, rowsRead: rows, rowsWritten: rows, rowsFailed: errors },
    });
  const row = emptyRow(0, '', '');
  row.row = '';
  row.status = 'complete';
  row.error = summary;
  return csvLine(BATCH_COLUMNS.map((c) => row[c]));
}

/**
 * `lexposure batch`: scores a vendor file row by row as it is read, writing each result as it
 * goes, so memory stays flat however long the file. A bad row gets its error in the `error` column;
 * the batch goes on. The bytes are decoded here, so a row that is not UTF-8 is that row's error.
 */
export async function runBatch(
  options: BatchOptions,
  io: BatchIo,
): Promise<{ rows: number; errors: number; entries: PortfolioEntry[] }> {
  const named = formatOf(options.file, options.inputFormat);
  if (named === null)
    throw new BatchInputError(
      `${options.file}: a vendor file ends in .csv, .ndjson or .jsonl (or give --input-format csv|ndjson)`,
    );
  const where = options.file === '-' ? 'stdin' : options.file;
  const sink = io.sink ?? stdoutSink(io.stdout);
  const now = io.now ?? Date.now;
  const started = now();
  let lastProgress = started;
  let rows = 0;
  let errors = 0;
  const entries: PortfolioEntry[] = [];
  let pending: string[] = [];
  const flush = () => {
    if (pending.length > 0) sink.write(pending.join('\n'));
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

  const decoder = new Utf8Decoder();
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
      out.error = describe(error, line, format === 'csv');
    }
    emit(out);
  };
  const fail = (line: number, problem: string) =>
    handle(
      line,
      () => {
        throw new RowProblem(problem);
      },
      '',
      '',
    );

  const onCsvRecord = (line: number, fields: readonly string[], problem: string | undefined) => {
    const bad = problem ?? (decoder.invalidSeen && !fields.every(isWellFormedText) ? NOT_UTF8 : undefined);
    if (header === null) {
      if (bad) throw new BatchInputError(`${where}: line ${line}: the header: ${bad}`);
      header = fields.map((f) => f.trim());
      const problems = checkHeader(header);
      if (problems.length > 0) throw new BatchInputError(`${where}: line 1: ${problems.join('; ')}`);
      return;
    }
    if (bad) return fail(line, bad);
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

  const onJsonLine = (line: number, text: string, problem: string | undefined) => {
    if (problem) return fail(line, problem);
    if (text.trim() === '') return;
    if (decoder.invalidSeen && !isWellFormedText(text)) return fail(line, NOT_UTF8);
    handle(
      line,
      (out) => {
        let value: unknown;
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

  let format: VendorFormat = named === 'sniff' ? 'csv' : named;
  const csvParser = new CsvStreamParser();
  const jsonParser = new NdjsonStreamParser();
  const take = (text: string) => {
    if (format === 'csv') for (const r of csvParser.push(text)) onCsvRecord(r.line, r.fields, r.problem);
    else for (const l of jsonParser.push(text)) onJsonLine(l.line, l.text, l.problem);
  };
  let first = true;
  let source: ReturnType<typeof openSource> | undefined;
  try {
    source = openSource(options.file, io.stdin);
    for await (const bytes of source.chunks) {
      if (first && named === 'sniff') format = sniffFormat(bytes);
      first = false;
      // A byte order mark is each parser's to drop (spreadsheet exports write one).
      take(decoder.decode(bytes));
      flush();
      if (io.progress && now() - lastProgress >= 200) {
        lastProgress = now();
        const rate = Math.round((rows * 1000) / Math.max(1, lastProgress - started));
        io.progress(
          `${rows.toLocaleString('en')} rows, ${errors} errors, ${rate.toLocaleString('en')} rows/s`,
        );
      }
    }
    take(decoder.decode(new Uint8Array(0), true));
    if (format === 'csv') for (const r of csvParser.end()) onCsvRecord(r.line, r.fields, r.problem);
    else for (const l of jsonParser.end()) onJsonLine(l.line, l.text, l.problem);
    if (format === 'csv' && header === null)
      throw new BatchInputError(`${where}: the file is empty (a header line is needed)`);
    flush();
    if (options.trailer !== false) sink.write(trailer(rows, errors, options.output));
    sink.commit();
  } catch (error) {
    sink.abandon();
    // A system error here is the vendor file's (the sink reports its own).
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && typeof (error as NodeJS.ErrnoException).syscall === 'string')
      throw new BatchInputError(`${where}: cannot read the vendor file (${code})`);
    throw error;
  } finally {
    source?.close();
  }
  const seconds = (now() - started) / 1000;
  if (io.progress) io.progress('');
  io.stderr(
    `lexposure batch: ${rows} rows, ${rows - errors} scored, ${errors} with errors, in ${seconds.toFixed(1)} s (${Math.round(rows / Math.max(seconds, 0.001))} rows/s)`,
  );
  return { rows, errors, entries };
}
