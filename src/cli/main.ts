import { parseArgs } from 'node:util';
import { isIsoDate } from '../core/dates.js';
import { LexposureError } from '../core/errors.js';
import { parseProfile } from '../profile/parse.js';
import { BatchInputError } from './batch/batch-input-error.js';
import type { ProfileCommandInput } from './commands/profile-commands.js';
import {
  type CliIo,
  EXIT,
  fxOptions,
  InputError,
  noMoreArguments,
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

const ALL_FORMATS = ['table', 'markdown', 'json', 'csv'] as const;

/** Runs the command line; returns the exit code. Pure of process globals so tests can drive it. */
export async function run(argv: readonly string[], io: CliIo, version = '0.0.0'): Promise<number> {
  try {
    const { values, positionals } = (() => {
      try {
        return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
    })();
    if (values.version) {
      io.stdout(version);
      return EXIT.ok;
    }
    const [command, given, ...rest] = positionals;
    // --example NAME: a profile (or, for batch, a vendor file) shipped with the package.
    const file =
      values.example === undefined
        ? given
        : examplePath(command === 'batch' ? 'vendors' : 'profile', values.example);
    if (values.example !== undefined && given !== undefined)
      throw new UsageError(`give a file or --example, not both (${given} and --example ${values.example})`);
    if (command === undefined || command === 'help') {
      io.stdout(file && COMMAND_HELP[file] ? COMMAND_HELP[file] : HELP);
      return values.help || command === 'help' ? EXIT.ok : EXIT.usage;
    }
    const known = command in PROFILE_COMMANDS || command in COMMAND_HELP;
    if (!known) throw new UsageError(`unknown command ${JSON.stringify(command)}`);
    if (values.help) {
      io.stdout(COMMAND_HELP[command === 'exposure' ? 'estimate' : command] ?? HELP);
      return EXIT.ok;
    }
    const asOf = values['as-of'] ?? io.today();
    // Checked before any file is read: a bad date is a usage error, not an error on every row.
    if (!isIsoDate(asOf))
      throw new UsageError(`--as-of must be a date YYYY-MM-DD, not ${JSON.stringify(asOf)}`);

    if (command === 'sanctions') {
      noMoreArguments([file, ...rest].filter((a): a is string => a !== undefined));
      const { sanctionsCommand } = await import('./commands/sanctions.js');
      io.stdout(sanctionsCommand(values, outputFormat(values.format, ALL_FORMATS)));
      return EXIT.ok;
    }
    if (command === 'status') {
      noMoreArguments([file, ...rest].filter((a): a is string => a !== undefined));
      const { statusCommand } = await import('./commands/status.js');
      io.stdout(statusCommand(outputFormat(values.format, ALL_FORMATS)));
      return EXIT.ok;
    }
    if (command === 'deadline') {
      noMoreArguments([file, ...rest].filter((a): a is string => a !== undefined));
      const { deadlineCommand } = await import('./commands/deadline.js');
      io.stdout(deadlineCommand(values, outputFormat(values.format, ALL_FORMATS)));
      return EXIT.ok;
    }
    if (command === 'batch') {
      const { batchCommand } = await import('./commands/batch.js');
      return await batchCommand(values, file, rest, asOf, io);
    }

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
  } catch (error) {
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
}
