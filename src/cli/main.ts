import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { LexposureError } from '../core/errors.js';
import { estimateExposure } from '../exposure/estimate.js';
import { riskScore } from '../exposure/risk-score.js';
import { legalMaximum } from '../fines/legal-maximum.js';
import { maximumFine } from '../fines/maximum-fine.js';
import { fineProvisions, REGIMES, type Regime } from '../law/index.js';
import { parseProfile } from '../profile/parse.js';
import { formatExposure, formatRiskScore } from '../report/exposure.js';
import { formatSanctionsOverview, sanctionsOverview } from '../report/sanctions.js';
import { formatLegalMaximum, formatMaximumFine } from '../report/text.js';
import { sanctions } from '../sanctions/index.js';
import { SANCTION_REGIMES, type SanctionRegime } from '../sanctions/schema.js';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Today's date, for a default --as-of. */
  readonly today: () => string;
}

export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

const HELP = `lexposure — what EU digital regulation can cost a company

Usage:
  lexposure max <profile.json> [options]     legal maximum under each fine provision of a regime
  lexposure fine <profile.json> --articles 5,6,32 [options]
                                             maximum total fine for infringed articles (Art. 83(3))
  lexposure exposure <profile.json> [--as-of DATE] [--format markdown]
                                             what each regime could cost, and the risk score
  lexposure sanctions [--regime GDPR] [--top 5] [--format markdown]
                                             the largest bundled sanctions and statistics by provision

Options:
  --as-of YYYY-MM-DD     decision date (default: today)
  --regime REGIME        GDPR (default), DSA, DMA, "AI Act", NIS2, "UK GDPR" or "FR LIL"
  --provision ID         one provision only, e.g. "GDPR 83(5)", "DSA 74(1)" (max)
  --articles LIST        infringed articles, comma-separated, e.g. "5(1)(f),32" (fine)
  --separate             the infringements concern separate processing operations (fine, GDPR)
  --top N                how many of the largest sanctions to list (sanctions; default 5)
  --format FORMAT        text (default), markdown or json
  --fx FILE              your exchange rates (JSON array of rates) before the bundled ECB table
  --basis BASIS          annual-average (default) or year-end
  --scope SCOPE          use the entity's turnover instead of the undertaking's (entity|undertaking)
  --allow-fallback       use an earlier financial year if the preceding one is missing
  -h, --help             this help
  -v, --version          the version

Exit codes: 0 success, 1 input error, 2 usage error.`;

const OPTIONS = {
  'as-of': { type: 'string' },
  regime: { type: 'string' },
  provision: { type: 'string' },
  articles: { type: 'string' },
  separate: { type: 'boolean' },
  top: { type: 'string' },
  format: { type: 'string' },
  fx: { type: 'string' },
  basis: { type: 'string' },
  scope: { type: 'string' },
  'allow-fallback': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

class UsageError extends Error {}

async function readJson(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new LexposureInputError(
      `${path}: cannot read the ${what} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new LexposureInputError(`${path}: the ${what} is not valid JSON (${(error as Error).message})`);
  }
}

class LexposureInputError extends Error {}

/** `lexposure sanctions`: the largest bundled sanctions of a regime and statistics by provision. */
function runSanctions(
  values: { regime?: string | undefined; top?: string | undefined; format?: string | undefined },
  extra: readonly (string | undefined)[],
  io: CliIo,
): number {
  const unexpected = extra.find((a) => a !== undefined);
  if (unexpected !== undefined) throw new UsageError(`unexpected argument ${JSON.stringify(unexpected)}`);
  const regime = values.regime;
  if (regime !== undefined && !(SANCTION_REGIMES as readonly string[]).includes(regime)) {
    throw new UsageError(
      `--regime must be one of ${SANCTION_REGIMES.join(', ')}, not ${JSON.stringify(regime)}`,
    );
  }
  const top = values.top === undefined ? 5 : Number(values.top);
  if (!Number.isInteger(top) || top < 1 || top > 100)
    throw new UsageError('--top must be a whole number from 1 to 100');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'markdown' && format !== 'json') {
    throw new UsageError(`--format must be text, markdown or json, not ${JSON.stringify(format)}`);
  }
  const overview = sanctionsOverview(sanctions, regime ? { regime: regime as SanctionRegime } : {}, top);
  io.stdout(
    format === 'json' ? JSON.stringify(overview, null, 2) : formatSanctionsOverview(overview, format),
  );
  return EXIT.ok;
}

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
    const [command, file, ...rest] = positionals;
    if (values.help || command === undefined || command === 'help') {
      io.stdout(HELP);
      return values.help || command === 'help' ? EXIT.ok : EXIT.usage;
    }
    if (command === 'sanctions') return runSanctions(values, [file, ...rest], io);
    if (command !== 'max' && command !== 'fine' && command !== 'exposure')
      throw new UsageError(`unknown command ${JSON.stringify(command)}`);
    if (file === undefined) throw new UsageError(`${command} needs a profile file`);
    if (rest.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(rest[0])}`);
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'markdown' && format !== 'json') {
      throw new UsageError(`--format must be text, markdown or json, not ${JSON.stringify(format)}`);
    }
    const asOf = values['as-of'] ?? io.today();
    const fx = {
      ...(values.basis ? { basis: values.basis } : {}),
      ...(values.fx ? { rates: await readJson(values.fx, 'exchange-rate file') } : {}),
    };
    const turnover = {
      ...(values.scope ? { scope: values.scope } : {}),
      ...(values['allow-fallback'] ? { allowFallback: true } : {}),
    };
    const regime = (values.regime ?? 'GDPR') as Regime;
    if (!REGIMES.includes(regime)) {
      throw new UsageError(
        `--regime must be one of ${REGIMES.join(', ')}, not ${JSON.stringify(values.regime)}`,
      );
    }
    const profile = parseProfile(await readJson(file, 'profile'));

    if (command === 'exposure') {
      const estimate = estimateExposure({ profile, asOf, fx });
      const score = riskScore({ profile, asOf, fx, estimate });
      io.stdout(
        format === 'json'
          ? JSON.stringify({ estimate, score }, null, 2)
          : `${formatExposure(estimate, format)}\n\n${formatRiskScore(score, format)}`,
      );
      return EXIT.ok;
    }
    if (command === 'max') {
      const provisions = values.provision
        ? [values.provision]
        : fineProvisions()
            .filter((p) => p.regime === regime)
            .map((p) => p.id);
      const results = provisions.map((provision) => legalMaximum({ profile, provision, asOf, fx, turnover }));
      if (format === 'json') io.stdout(JSON.stringify(results.length === 1 ? results[0] : results, null, 2));
      else {
        const title =
          format === 'markdown'
            ? `## ${profile.name}: ${values.provision ? 'legal maximum' : `${regime} legal maxima`}`
            : `${profile.name}: ${values.provision ? 'legal maximum' : `${regime} legal maxima`}`;
        io.stdout([title, ...results.map((r) => formatLegalMaximum(r, format))].join('\n\n'));
      }
      return EXIT.ok;
    }
    if (!values.articles) throw new UsageError('fine needs --articles, e.g. --articles "5(1)(f),32"');
    const articles = values.articles
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean);
    const result = maximumFine({
      profile,
      regime,
      articles,
      asOf,
      fx,
      turnover,
      ...(values.separate ? { linked: false } : {}),
    });
    io.stdout(format === 'json' ? JSON.stringify(result, null, 2) : formatMaximumFine(result, format));
    return EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`lexposure: ${error.message}\nRun "lexposure --help" for usage.`);
      return EXIT.usage;
    }
    if (error instanceof LexposureError || error instanceof LexposureInputError) {
      io.stderr(`lexposure: ${error.message}`);
      return EXIT.input;
    }
    throw error;
  }
}
