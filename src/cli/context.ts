import { readFile } from 'node:fs/promises';
import type { Format } from '../report/format.js';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Today's date, for a default --as-of. */
  readonly today: () => string;
  /** Writes a progress line in place on a terminal; absent when stderr is not one. */
  readonly progress?: (text: string) => void;
  /** What a file named `-` reads (process.stdin when absent). */
  readonly stdin?: AsyncIterable<Uint8Array>;
  /** The CLI's own script: `batch` starts its worker threads from it (absent: one thread). */
  readonly workerScript?: URL;
}

/** 0 success, 1 input error, 2 usage error, 3 a fault of the library (reported on one line). */
export const EXIT = { ok: 0, input: 1, usage: 2, internal: 3 } as const;

/** The command line itself is wrong: exit 2. */
export class UsageError extends Error {}

/** A file given on the command line cannot be read or parsed: exit 1. */
export class InputError extends Error {}

export type OutputFormat = Format;

/** --format, checked against what the command can write ("table" is the earlier name of "text"). */
export function outputFormat(
  value: string | undefined,
  allowed: readonly OutputFormat[],
  fallback: OutputFormat = 'text',
): OutputFormat {
  const format = value === 'table' ? 'text' : (value ?? fallback);
  if (!(allowed as readonly string[]).includes(format))
    throw new UsageError(`--format must be ${allowed.join(', ')}, not ${JSON.stringify(value)}`);
  return format as OutputFormat;
}

export async function readJson(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(
      `${path}: cannot read the ${what} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  // A UTF-8 byte order mark, as some editors write, is not part of the JSON.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path}: the ${what} is not valid JSON (${(error as Error).message})`);
  }
}

/** A comma-separated list option. */
export function listOption(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
}

/** A string option's value; undefined when absent (or a boolean flag). */
export function stringOption(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A usage error for any argument after those a command takes. */
export function noMoreArguments(rest: readonly string[]): void {
  if (rest.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(rest[0])}`);
}

/** The exchange-rate options of the command line (--basis, --fx-fallback, --fx FILE), as the library takes them. */
export async function fxOptions(values: {
  readonly basis?: string | boolean | undefined;
  readonly 'fx-fallback'?: string | boolean | undefined;
  readonly fx?: string | boolean | undefined;
}): Promise<Record<string, unknown>> {
  return {
    ...(typeof values.basis === 'string' ? { basis: values.basis } : {}),
    ...(typeof values['fx-fallback'] === 'string' ? { fallback: values['fx-fallback'] } : {}),
    ...(typeof values.fx === 'string' ? { rates: await readJson(values.fx, 'exchange-rate file') } : {}),
  };
}
