import type { ConversionOptions } from '../../core/fx/convert.js';
import type { PortfolioEntry } from '../../exposure/portfolio.js';
import { BatchInputError } from './batch-input-error.js';
import { BatchOutput } from './batch-output.js';
import { OrderedScoring } from './ordered-scoring.js';
import { progressLine, summaryLine } from './progress.js';
import { RowIntake } from './row-intake.js';
import type { RowSettings } from './row-job.js';
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

/** An error of the run as the command line reports it: a system error is the vendor file's. */
function asReported(error: unknown, where: string): unknown {
  // The sink reports its own errors, without a system call in them.
  const code = (error as NodeJS.ErrnoException).code;
  if (typeof code === 'string' && typeof (error as NodeJS.ErrnoException).syscall === 'string')
    return new BatchInputError(`${where}: cannot read the vendor file (${code})`);
  return error;
}

/**
 * `lexposure batch`: scores a vendor file row by row as it is read, writing each result as it
 * goes, so memory stays flat however long the file. A bad row gets its error in the `error` column;
 * the batch goes on. The rows are read (RowIntake), scored in chunks, on worker threads where there
 * are cores for them (OrderedScoring), and written in the input's order (BatchOutput).
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
  const progress = progressLine(io.progress, now, started);
  const intake = new RowIntake(where, named);
  const output = new BatchOutput(sink, options.output, options.portfolio === true);
  const threads = { workers: options.workers, workerScript: io.workerScript, fxSource: options.fxSource };
  const scoring = new OrderedScoring(threads, (result) => output.write(result));
  // The rows read so far, sent to be scored; waits while too many chunks are in flight.
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
      progress(intake.rows, output.errors);
    }
    intake.end();
    await send();
    await scoring.drain();
    output.finish(intake.rows, options.trailer !== false);
    sink.commit();
  } catch (error) {
    sink.abandon();
    throw asReported(error, where);
  } finally {
    source?.close();
    await scoring.close();
  }
  if (io.progress) io.progress('');
  io.stderr(summaryLine(intake.rows, output.errors, (now() - started) / 1000));
  return { rows: intake.rows, errors: output.errors, entries: output.entries };
}
