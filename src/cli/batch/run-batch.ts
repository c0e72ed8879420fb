import type { ConversionOptions } from '../../core/fx/convert.js';
import type { PortfolioEntry } from '../../exposure/portfolio.js';
import { csvLine } from '../../report/table.js';
import { BatchInputError } from './batch-input-error.js';
import { OrderedScoring } from './ordered-scoring.js';
import { RowIntake } from './row-intake.js';
import type { ChunkResult, RowSettings } from './row-job.js';
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
   * than one thread scores in a moment (POOL_AFTER_ROWS, `ordered-scoring.ts`); 1 scores on the main thread alone. The
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
 * the batch goes on. The rows are read (RowIntake), scored in chunks, on worker threads where there
 * are cores for them, and handed on in the input's order (OrderedScoring) to be written.
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

  const intake = new RowIntake(where, named);

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
  const threads = { workers: options.workers, workerScript: io.workerScript, fxSource: options.fxSource };
  const scoring = new OrderedScoring(threads, write);
  /** Sends the rows read so far to be scored; waits while too many chunks are in flight. */
  const send = () => {
    const { jobs, firstRow } = intake.take();
    return scoring.send(jobs, firstRow, rowSettings(options, intake.header));
  };
  let source: ReturnType<typeof openSource> | undefined;
  try {
    source = openSource(options.file, io.stdin);
    for await (const bytes of source.chunks) {
      intake.push(bytes);
      await send();
      if (io.progress && now() - lastProgress >= 200) {
        lastProgress = now();
        const rate = Math.round((intake.rows * 1000) / Math.max(1, lastProgress - started));
        io.progress(
          `${intake.rows.toLocaleString('en')} rows, ${errors} errors, ${rate.toLocaleString('en')} rows/s`,
        );
      }
    }
    intake.end();
    await send();
    await scoring.drain();
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
    await scoring.close();
  }
  const rows = intake.rows;
  const seconds = (now() - started) / 1000;
  if (io.progress) io.progress('');
  io.stderr(
    `lexposure batch: ${rows} rows, ${rows - errors} scored, ${errors} with errors, in ${seconds.toFixed(1)} s (${Math.round(rows / Math.max(seconds, 0.001))} rows/s)`,
  );
  return { rows, errors, entries };
}
