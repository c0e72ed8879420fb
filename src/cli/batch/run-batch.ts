import { availableParallelism } from 'node:os';
import type { ConversionOptions } from '../../core/fx/convert.js';
import type { PortfolioEntry } from '../../exposure/portfolio.js';
import { csvLine } from '../../report/table.js';
import { BatchInputError } from './batch-input-error.js';
import { CsvStreamParser } from './csv-stream.js';
import { NdjsonStreamParser } from './ndjson-stream.js';
import { BatchPool } from './pool.js';
import { type ChunkResult, type RowJob, type RowSettings, scoreChunk } from './row-job.js';
import { BATCH_COLUMNS, emptyRow } from './score-row.js';
import { type Sink, stdoutSink } from './sink.js';
import { formatOf, openSource, sniffFormat, type VendorFormat } from './source.js';
import { isWellFormedText, Utf8Decoder } from './utf8.js';
import { checkHeader } from './vendor-row.js';

export interface BatchOptions {
  /** The vendor file, or `-` for stdin. */
  readonly file: string;
  readonly asOf: string;
  readonly fx: ConversionOptions | undefined;
  /** The exchange rates as given (before parsing), for the worker threads to read again. */
  readonly fxSource?: unknown;
  readonly output: 'csv' | 'ndjson';
  /** The input's format where the file name does not say it (`--input-format`). */
  readonly inputFormat?: VendorFormat;
  /** Keep each scored row's figures for the supplier-base view (`portfolio`). */
  readonly portfolio?: boolean;
  /** Write CSV cells as they are, without neutralising formulas (`--raw-csv`). */
  readonly rawCsv?: boolean;
  /** End the output with the line that says it is complete (default true; `--no-trailer`). */
  readonly trailer?: boolean;
  /**
   * The threads that score the rows (`--workers`), by default one a core: the main thread, which
   * also reads and writes, and `workers - 1` worker threads, started once the file has more rows
   * than one thread scores in a moment (POOL_AFTER_ROWS); 1 scores on the main thread alone. The
   * output is the same, in the input's order, whatever the number.
   */
  readonly workers?: number;
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
  /** The script the worker threads run (the CLI's entry); absent, every row is scored here. */
  readonly workerScript?: URL;
}

const NOT_UTF8 = 'the row is not valid UTF-8 text (save the file as UTF-8)';

/** Rows a chunk holds: one message to a worker and back. */
export const CHUNK_ROWS = 256;

/** A file with fewer rows than this is scored on the main thread: a worker costs its start-up. */
export const POOL_AFTER_ROWS = 2048;

/** Chunks in flight a worker, at most: the reading waits for the writing, so memory stays flat. */
const CHUNKS_IN_FLIGHT = 4;

/** Chunks queued on every worker before the main thread scores one itself. */
const WORKER_QUEUE = 4;

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
 * Rows are read here and scored in chunks, on worker threads where there are cores for them, and
 * written in the input's order.
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
  const workers = io.workerScript ? (options.workers ?? Math.min(8, availableParallelism())) : 1;

  const decoder = new Utf8Decoder();
  let header: string[] | null = null;
  const settingsFor = (h: string[] | null): RowSettings => ({
    header: h,
    asOf: options.asOf,
    fx: options.fx,
    output: options.output,
    rawCsv: options.rawCsv === true,
    portfolio: options.portfolio === true,
  });
  // NDJSON's; a CSV file's once its header is read.
  let settings = settingsFor(null);

  // The rows read and not yet sent, and the chunks sent and not yet written, in order.
  let jobs: RowJob[] = [];
  let firstRow = 1;
  const inFlight: Promise<ChunkResult>[] = [];
  // Declared wider than its first value, as it is set inside the closures below.
  let pool = null as BatchPool | null;
  // The header goes with the first rows (a file refused at its header writes nothing).
  let headed = options.output !== 'csv';
  const head = () => {
    if (!headed) sink.write(csvLine(BATCH_COLUMNS));
    headed = true;
  };
  const write = (result: ChunkResult) => {
    head();
    if (result.text !== '') sink.write(result.text);
    errors += result.errors;
    if (options.portfolio) for (const e of result.entries) entries.push(e);
  };
  /** Sends (or scores) the rows read so far; waits while too many chunks are in flight. */
  const dispatch = async () => {
    if (jobs.length === 0) return;
    const chunk = jobs;
    const from = firstRow;
    jobs = [];
    firstRow = rows + 1;
    if (pool === null && workers > 1 && rows > POOL_AFTER_ROWS && io.workerScript) {
      const { fx: _, ...plain } = settings;
      // The main thread is one of the `workers` scorers: it reads, writes and scores a chunk
      // whenever every worker already has its share queued.
      pool = new BatchPool(io.workerScript, workers - 1, {
        kind: 'lexposure batch worker',
        settings: plain,
        fx: options.fxSource,
      });
    }
    if (pool === null) {
      write(scoreChunk(chunk, from, settings));
      return;
    }
    for (let i = 0; i < chunk.length; i += CHUNK_ROWS) {
      const part = chunk.slice(i, i + CHUNK_ROWS);
      inFlight.push(
        pool.leastQueued() >= WORKER_QUEUE
          ? Promise.resolve(scoreChunk(part, from + i, settings))
          : pool.submit(part, from + i),
      );
    }
    while (inFlight.length >= workers * CHUNKS_IN_FLIGHT) await drainOne();
  };
  const drainOne = async () => {
    const next = inFlight.shift();
    if (next) write(await next);
  };
  const add = (job: RowJob) => {
    rows += 1;
    jobs.push(job);
  };
  const fail = (line: number, problem: string) => add({ kind: 'problem', line, problem });

  const onCsvRecord = (line: number, fields: readonly string[], problem: string | undefined) => {
    const bad = problem ?? (decoder.invalidSeen && !fields.every(isWellFormedText) ? NOT_UTF8 : undefined);
    if (header === null) {
      if (bad) throw new BatchInputError(`${where}: line ${line}: the header: ${bad}`);
      header = fields.map((f) => f.trim());
      const problems = checkHeader(header);
      if (problems.length > 0) throw new BatchInputError(`${where}: line 1: ${problems.join('; ')}`);
      settings = settingsFor(header);
      return;
    }
    if (bad) return fail(line, bad);
    add({ kind: 'csv', line, fields });
  };

  const onJsonLine = (line: number, text: string, problem: string | undefined) => {
    if (problem) return fail(line, problem);
    if (text.trim() === '') return;
    if (decoder.invalidSeen && !isWellFormedText(text)) return fail(line, NOT_UTF8);
    add({ kind: 'json', line, text });
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
      await dispatch();
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
    await dispatch();
    while (inFlight.length > 0) await drainOne();
    head();
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
    await pool?.close();
  }
  const seconds = (now() - started) / 1000;
  if (io.progress) io.progress('');
  io.stderr(
    `lexposure batch: ${rows} rows, ${rows - errors} scored, ${errors} with errors, in ${seconds.toFixed(1)} s (${Math.round(rows / Math.max(seconds, 0.001))} rows/s)`,
  );
  return { rows, errors, entries };
}
