import { parseArgs } from 'node:util';
import { isIsoDate } from '../core/dates.js';
import { LexposureError } from '../core/errors.js';
import { parseProfile } from '../profile/parse.js';
import { FORMATS } from '../report/format.js';
import { BatchInputError } from './batch/batch-input-error.js';
import type { ProfileCommandInput } from './commands/profile-commands.js';
import {
  type CliIo,
  EXIT,
  fxOptions,
  InputError,
  noMoreArguments,
  type OutputFormat,
  outputFormat,
  readJson,
  UsageError,
} from './context.js';
import { examplePath } from './examples.js';
import { COMMAND_HELP, HELP } from './help.js';

export { type CliIo, EXIT } from './context.js';

const OPTIONS = {
  'as-of': { type: 'string' },
  regime: { type: 'string' },
  provision: { type: 'string' },
  articles: { type: 'string' },
  separate: { type: 'boolean' },
  seriousness: { type: 'string' },
  'seriousness-pct': { type: 'string' },
  'size-pct': { type: 'string' },
  'final-factor-pct': { type: 'string' },
  rounding: { type: 'string' },
  article: { type: 'string' },
  country: { type: 'string' },
  authority: { type: 'string' },
  company: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  status: { type: 'string' },
  top: { type: 'string' },
  'time-limit': { type: 'string' },
  period: { type: 'string' },
  done: { type: 'string' },
  holidays: { type: 'string' },
  'time-zone': { type: 'string' },
  strict: { type: 'boolean' },
  portfolio: { type: 'string' },
  example: { type: 'string' },
  'raw-csv': { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  'input-format': { type: 'string' },
  'no-trailer': { type: 'boolean' },
  workers: { type: 'string' },
  format: { type: 'string' },
  fx: { type: 'string' },
  basis: { type: 'string' },
  'fx-fallback': { type: 'string' },
  scope: { type: 'string' },
  'allow-fallback': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type ProfileCommand = (input: ProfileCommandInput) => string;
type ProfileCommandName = 'maxCommand' | 'fineCommand' | 'obligationsCommand' | 'gapsCommand' | 'edpbCommand';
const fromProfileCommands = (name: ProfileCommandName) => async (): Promise<ProfileCommand> =>
  (await import('./commands/profile-commands.js'))[name];
const estimate = async (): Promise<ProfileCommand> =>
  (await import('./commands/estimate.js')).estimateCommand;

/**
 * The commands on a profile, each loaded when it runs, so that a command starts with only the
 * code it uses (`max` without the sanctions dataset or the scorer).
 */
const PROFILE_COMMANDS: Record<string, () => Promise<ProfileCommand>> = {
  max: fromProfileCommands('maxCommand'),
  fine: fromProfileCommands('fineCommand'),
  estimate,
  exposure: estimate,
  obligations: fromProfileCommands('obligationsCommand'),
  gaps: fromProfileCommands('gapsCommand'),
  edpb: fromProfileCommands('edpbCommand'),
};

const ALL_FORMATS = FORMATS;

/** The command line read against OPTIONS: an option it does not know is a usage error. */
function parseCommandLine(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

type Values = ReturnType<typeof parseCommandLine>['values'];

/** What a command runs on, once the command line is read and checked. */
interface Invocation {
  readonly values: Values;
  readonly file: string | undefined;
  /** The arguments after the file: a usage error for every command. */
  readonly rest: readonly string[];
  readonly asOf: string;
}

/** The file named: the one given, or with --example NAME one shipped with the package (for batch, a vendor file). */
function fileOf(command: string | undefined, given: string | undefined, example: string | undefined) {
  const file =
    example === undefined ? given : examplePath(command === 'batch' ? 'vendors' : 'profile', example);
  if (example !== undefined && given !== undefined)
    throw new UsageError(`give a file or --example, not both (${given} and --example ${example})`);
  return file;
}

/**
 * The command to run, or the help the command line asks for and its exit code: `lexposure` alone
 * (a usage error, so that a script which forgot its command fails), `help [COMMAND]`,
 * `COMMAND --help`. An unknown command is a usage error, with --help too.
 */
function helpOrCommand(
  command: string | undefined,
  file: string | undefined,
  help: boolean | undefined,
): { readonly help: string; readonly code: number } | { readonly command: string } {
  if (command === undefined || command === 'help')
    return {
      help: file && COMMAND_HELP[file] ? COMMAND_HELP[file] : HELP,
      code: help || command === 'help' ? EXIT.ok : EXIT.usage,
    };
  const known = command in PROFILE_COMMANDS || command in COMMAND_HELP;
  if (!known) throw new UsageError(`unknown command ${JSON.stringify(command)}`);
  if (help)
    return { help: COMMAND_HELP[command === 'exposure' ? 'estimate' : command] ?? HELP, code: EXIT.ok };
  return { command };
}

/** --as-of, today by default, checked before any file is read: a bad date is a usage error, not an error on every row. */
function asOfDate(given: string | undefined, io: CliIo): string {
  const asOf = given ?? io.today();
  if (!isIsoDate(asOf))
    throw new UsageError(`--as-of must be a date YYYY-MM-DD, not ${JSON.stringify(asOf)}`);
  return asOf;
}

type DataCommand = (values: Values, format: OutputFormat) => string;

/**
 * The commands on the library's own data, which take no file; each loaded when it runs. A Map, not
 * an object: a command named like an object's own property (`constructor`) is not one of them.
 */
const DATA_COMMANDS = new Map<string, () => Promise<DataCommand>>([
  ['sanctions', async () => (await import('./commands/sanctions.js')).sanctionsCommand],
  [
    'status',
    async () => {
      const { statusCommand } = await import('./commands/status.js');
      return (_, format) => statusCommand(format);
    },
  ],
  ['deadline', async () => (await import('./commands/deadline.js')).deadlineCommand],
]);

/** Runs a command on a profile file: an error of the profile names the file. */
async function runProfileCommand(command: string, input: Invocation, io: CliIo): Promise<number> {
  const { values, file, rest, asOf } = input;
  if (file === undefined) throw new UsageError(`${command} needs a profile file`);
  noMoreArguments(rest);
  const format = outputFormat(values.format, ALL_FORMATS);
  const fx = await fxOptions(values);
  const raw = await readJson(file, 'profile');
  try {
    const command_ = await (PROFILE_COMMANDS[command] as () => Promise<ProfileCommand>)();
    const profile = parseProfile(raw);
    io.stdout(command_({ profile, asOf, fx, format, values }));
  } catch (error) {
    // Name the file: a script that runs a command over many profiles must see which one failed.
    if (error instanceof LexposureError) throw new InputError(`${file}: ${error.message}`);
    throw error;
  }
  return EXIT.ok;
}

/** Runs a known command; returns its exit code. */
async function dispatch(command: string, input: Invocation, io: CliIo): Promise<number> {
  const { values, file, rest, asOf } = input;
  const data = DATA_COMMANDS.get(command);
  if (data) {
    noMoreArguments([file, ...rest].filter((a): a is string => a !== undefined));
    const command_ = await data();
    io.stdout(command_(values, outputFormat(values.format, ALL_FORMATS)));
    return EXIT.ok;
  }
  if (command === 'batch') {
    const { batchCommand } = await import('./commands/batch.js');
    return await batchCommand(values, file, rest, asOf, io);
  }
  return await runProfileCommand(command, input, io);
}

/** An error that ended the run, told on one line of stderr; returns its exit code. */
function reportError(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    io.stderr(`lexposure: ${error.message}\nRun "lexposure --help" for usage.`);
    return EXIT.usage;
  }
  if (error instanceof LexposureError || error instanceof InputError || error instanceof BatchInputError) {
    io.stderr(`lexposure: ${error.message}`);
    return EXIT.input;
  }
  // A fault of the library: one line with a code, never a stack trace.
  const fault = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  io.stderr(`lexposure: INTERNAL_ERROR (a fault of lexposure, please report it): ${fault.slice(0, 500)}`);
  return EXIT.internal;
}

/** Runs the command line; returns the exit code. Pure of process globals so tests can drive it. */
export async function run(argv: readonly string[], io: CliIo, version = '0.0.0'): Promise<number> {
  try {
    const { values, positionals } = parseCommandLine(argv);
    if (values.version) {
      io.stdout(version);
      return EXIT.ok;
    }
    const [command, given, ...rest] = positionals;
    const file = fileOf(command, given, values.example);
    const asked = helpOrCommand(command, file, values.help);
    if ('help' in asked) {
      io.stdout(asked.help);
      return asked.code;
    }
    const asOf = asOfDate(values['as-of'], io);
    return await dispatch(asked.command, { values, file, rest, asOf }, io);
  } catch (error) {
    return reportError(error, io);
  }
}
