import { writeFile } from 'node:fs/promises';
import { fxOptionsSchema } from '../../core/fx/schema.js';
import { parseInput } from '../../core/validation.js';
import { type CliIo, EXIT, fxOptions, InputError, noMoreArguments, UsageError } from '../context.js';
import { jsonText } from '../json-text.js';

/** The options `lexposure batch` reads. */
export interface BatchValues {
  readonly format?: string | undefined;
  readonly 'input-format'?: string | undefined;
  readonly fx?: string | undefined;
  readonly basis?: string | undefined;
  readonly 'fx-fallback'?: string | undefined;
  readonly workers?: string | undefined;
  readonly output?: string | undefined;
  readonly portfolio?: string | undefined;
  readonly 'raw-csv'?: boolean | undefined;
  readonly 'no-trailer'?: boolean | undefined;
  readonly strict?: boolean | undefined;
}

/**
 * `lexposure batch FILE`: checks the options once (a bad rate file or worker count is a usage or
 * input error, not an error on every row), scores the file, and writes the supplier-base view
 * where --portfolio asks for it. Returns the exit code.
 */
export async function batchCommand(
  values: BatchValues,
  file: string | undefined,
  rest: readonly string[],
  asOf: string,
  io: CliIo,
): Promise<number> {
  if (file === undefined)
    throw new UsageError('batch needs a vendor file (.csv, .ndjson or .jsonl, or - for stdin)');
  noMoreArguments(rest);
  const format = values.format === 'json' ? 'ndjson' : (values.format ?? 'csv');
  if (format !== 'csv' && format !== 'ndjson')
    throw new UsageError(`--format must be csv or ndjson, not ${JSON.stringify(values.format)}`);
  const inputFormat = values['input-format'];
  if (inputFormat !== undefined && inputFormat !== 'csv' && inputFormat !== 'ndjson')
    throw new UsageError(`--input-format must be csv or ndjson, not ${JSON.stringify(inputFormat)}`);
  const given = await fxOptions(values);
  // Checked once, here: a bad rate file is the file's error, not an error on every row.
  const fx =
    Object.keys(given).length > 0
      ? parseInput(fxOptionsSchema, given, typeof values.fx === 'string' ? values.fx : 'exchange rates', 'fx')
      : undefined;
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1 && workers <= 64))
    throw new UsageError(
      `--workers must be a whole number from 1 to 64, not ${JSON.stringify(values.workers)}`,
    );
  const [{ runBatch }, { fileSink }] = await Promise.all([
    import('../batch/run-batch.js'),
    import('../batch/sink.js'),
  ]);
  const sink = values.output === undefined ? undefined : fileSink(values.output);
  const { errors, entries } = await runBatch(
    {
      file,
      asOf,
      fx,
      ...(fx ? { fxSource: given } : {}),
      ...(workers !== undefined ? { workers } : {}),
      output: format,
      ...(inputFormat ? { inputFormat } : {}),
      portfolio: values.portfolio !== undefined,
      rawCsv: values['raw-csv'] === true,
      trailer: values['no-trailer'] !== true,
    },
    { ...io, ...(sink ? { sink } : {}) },
  ).catch((error: unknown) => {
    sink?.abandon();
    throw error;
  });
  if (values.portfolio !== undefined) {
    if (entries.length === 0)
      throw new InputError('--portfolio: no row was scored, so there is no supplier base');
    const { portfolio } = await import('../../exposure/portfolio.js');
    const view = portfolio({ scores: entries });
    try {
      await writeFile(values.portfolio, `${jsonText(view)}\n`);
    } catch (error) {
      throw new InputError(
        `--portfolio: cannot write ${values.portfolio} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      );
    }
    io.stderr(
      `lexposure batch: supplier base of ${view.suppliers}: expected annual loss EUR ${view.expectedAnnualLoss.amount}, 99 % annual loss EUR ${view.annual.loss99.amount}; written to ${values.portfolio}`,
    );
  }
  return values.strict && errors > 0 ? EXIT.input : EXIT.ok;
}
