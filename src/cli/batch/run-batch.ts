import { availableParallelism } from 'node:os';
import type { ConversionOptions } from '../../core/fx/convert.js';
import type { PortfolioEntry } from '../../exposure/portfolio.js';
import { csvLine } from '../../report/table.js';
import { BatchInputError } from './batch-input-error.js';
import { BatchPool } from './pool.js';
import { RowIntake } from './row-intake.js';
import { type ChunkResult, type RowSettings, scoreChunk } from './row-job.js';
import { BATCH_COLUMNS, emptyRow } from './score-row.js';
import { type Sink, stdoutSink } from './sink.js';
import { formatOf, openSource, type VendorFormat } from './source.js';

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

/** What every row of the run is scored with: the options, and a CSV file's header once read. */
function rowSettings(options: BatchOptions, header: readonly string[] | null): RowSettings {
  return {
    header,
    asOf: options.asOf,
    fx: options.fx,
    output: options.output,
    rawCsv: options.rawCsv === true,
    portfolio: options.portfolio === true,
  };
}

/**
 * `lexposure batch`: scores a vendor file row by row as it is read, writing each result as it
 * goes, so memory stays flat however long the file. A bad row gets its error in the `error` column;
 * the batch goes on. The rows are read (RowIntake) and scored in chunks, on worker threads where
 * there are cores for them, and written in the input's order.
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
  let errors = 0;
  const entries: PortfolioEntry[] = [];
  const workers = io.workerScript ? (options.workers ?? Math.min(8, availableParallelism())) : 1;

  const intake = new RowIntake(where, named);

  // The chunks sent and not yet written, in order.
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
    const { jobs: chunk, firstRow: from } = intake.take();
    if (chunk.length === 0) return;
    const settings = rowSettings(options, intake.header);
    if (pool === null && workers > 1 && intake.rows > POOL_AFTER_ROWS && io.workerScript) {
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
  let source: ReturnType<typeof openSource> | undefined;
  try {
    source = openSource(options.file, io.stdin);
    for await (const bytes of source.chunks) {
      intake.push(bytes);
      await dispatch();
      if (io.progress && now() - lastProgress >= 200) {
        lastProgress = now();
        const rate = Math.round((intake.rows * 1000) / Math.max(1, lastProgress - started));
        io.progress(
          `${intake.rows.toLocaleString('en')} rows, ${errors} errors, ${rate.toLocaleString('en')} rows/s`,
        );
      }
    }
    intake.end();
    await dispatch();
    while (inFlight.length > 0) await drainOne();
    head();
    if (options.trailer !== false) sink.write(trailer(intake.rows, errors, options.output));
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
  const rows = intake.rows;
  const seconds = (now() - started) / 1000;
  if (io.progress) io.progress('');
  io.stderr(
    `lexposure batch: ${rows} rows, ${rows - errors} scored, ${errors} with errors, in ${seconds.toFixed(1)} s (${Math.round(rows / Math.max(seconds, 0.001))} rows/s)`,
  );
  return { rows, errors, entries };
}
