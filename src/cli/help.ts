import { TIME_LIMITS } from '../deadlines/time-limits.js';
import { DEFAULT_REGIME, REGIMES } from '../law/registry.js';

/** The help of each command, and of the whole. */

/** The time limits of the registry, wrapped under the option's column. */
const TIME_LIMIT_LIST = (() => {
  const ids = TIME_LIMITS.map((t) => (t.id.includes(' ') ? `"${t.id}"` : t.id));
  const lines: string[] = [];
  let line = '';
  for (const id of ids) {
    const next = line ? `${line}, ${id}` : id;
    if (next.length > 76 && line) {
      lines.push(`${line},`);
      line = id;
    } else line = next;
  }
  lines.push(line);
  return lines.join(`\n${' '.repeat(25)}`);
})();

/** The regimes of the registry as the command line takes them, quoted where they hold a space. */
const REGIME_LIST = (() => {
  const names = REGIMES.map(
    (r) => (r.includes(' ') ? `"${r}"` : r) + (r === DEFAULT_REGIME ? ' (default)' : ''),
  );
  return `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
})();
const COMMON = `  --as-of YYYY-MM-DD     the date asked about (default: today)
  --format FORMAT        text (default), markdown, json or csv
  --fx FILE              your exchange rates (a JSON array of rates), before the bundled ECB table
  --basis BASIS          annual-average (default) or year-end
  --fx-fallback MODE     latest-average (default: a year after the bundled averages uses the
                         latest one, with a warning) or none (refuse)
  --example NAME         a profile shipped with the package instead of a file (saas-vendor,
                         acme-crm-vendor, amazon-europe-core...; an unknown name lists them)
  -h, --help             this help`;

export const COMMAND_HELP: Record<string, string> = {
  status: `lexposure status [--format text|markdown|json|csv]

Every act the library models: the text it read (CELEX), the date it was last checked, how far its
dated data reach (exchange rates, US adjustments) and what is known to be pending.`,
  max: `lexposure max <profile.json> [--regime ${DEFAULT_REGIME}] [--provision ID] [options]

The legal maximum under each fine provision of a regime, or under one provision.

  --regime REGIME        ${REGIME_LIST}
  --provision ID         one provision, e.g. "GDPR 83(5)", "DSA 74(1)"
  --scope SCOPE          the entity's turnover instead of the undertaking's (entity|undertaking)
  --allow-fallback       an earlier financial year if the preceding one is missing
${COMMON}`,
  fine: `lexposure fine <profile.json> --articles 5,6,32 [--regime GDPR] [--separate] [options]

The maximum total fine for infringed articles (GDPR Art. 83(3) for linked processing).

  --articles LIST        infringed articles, comma-separated, e.g. "5(1)(f),32"
  --separate             separate processing operations: the caps add up
  --regime, --scope, --allow-fallback as for max
${COMMON}`,
  estimate: `lexposure estimate <profile.json> [options]     (also: lexposure exposure)

What each regime could cost (legal maximum, regulator method, comparable cases, combined range) and
the risk score.
${COMMON}`,
  obligations: `lexposure obligations <profile.json> [--regime GDPR] [options]

The GDPR, DSA, DMA and NIS2 obligations and whether each applies, with the reason.

  --regime REGIME        only this regime's obligations
${COMMON}`,
  gaps: `lexposure gaps <profile.json> [options]

The applicable obligations the profile's posture does not show as met, each with the legal maximum
its breach exposes, most exposed first.
${COMMON}`,
  edpb: `lexposure edpb <profile.json> --articles 6,32 --seriousness low|medium|high [options]

The EDPB Guidelines 04/2022 calculation, step by step: the range, or the fine for the points chosen.

  --articles LIST        infringed articles
  --seriousness LEVEL    low, medium or high (EDPB para. 60)
  --seriousness-pct P    the point in the seriousness band, in % of the legal maximum
  --size-pct P           the point in the turnover band, in % of the starting amount
  --final-factor-pct P   the last step (effectiveness, proportionality, dissuasiveness), in %
  --rounding unit        round to whole euros, as authorities publish
${COMMON}`,
  sanctions: `lexposure sanctions [--regime GDPR] [--article 6] [--country FR] [--authority CNIL]
                    [--company Meta] [--from DATE] [--to DATE] [--top 5] [options]

The bundled sanctions that match, the largest first, and statistics by fine provision. With
--format csv, every matching record.
${COMMON}`,
  deadline: `lexposure deadline --time-limit "GDPR 12(3)" --from 2026-01-31 [--done DATE] [--holidays LIST]

When a time limit ends under Regulation 1182/71, and whether an act was late.

  --time-limit ID        ${TIME_LIMIT_LIST}
  --period N:UNIT        instead of --time-limit: e.g. 10:days, 2:months, 45:working days
  --from WHEN            the event: a date, or a date-time with offset for a period in hours
  --time-zone ZONE       the IANA time zone of the place (Europe/Berlin): date-times may be local,
                         and a period in hours ends at the local time then (summer time included)
  --done WHEN            when the act was done: says whether it was late
  --holidays LIST        public holidays, comma-separated dates
  --format FORMAT        text (default), markdown, json or csv`,
  batch: `lexposure batch <vendors.csv|vendors.ndjson|-> [--as-of DATE] [--format csv|ndjson] [--strict]
                [--output FILE] [--portfolio FILE] [--workers N]

Scores a whole vendor list, streaming: each row's GDPR maximum, likely fines, expected loss, risk
score and grade, and its gaps when the row carries questionnaire answers. A bad row gets its error
in the error column and the batch goes on. Progress goes to stderr on a terminal.

CSV columns: name (required), id, country (";"-separated, main first), roles (controller;processor),
turnover, currency, year, yearEnd, scope, employees, sector, services (kind or kind:recipients,
";"-separated), publicAuthority; q.<question> (yes/no/partly/unknown, the questionnaire of
postureFromQuestionnaire); p.<fact> (yes/no, the facts of profile.processing).
NDJSON: one profile (the JSON of parseProfile) per line. "-" reads stdin (NDJSON when it starts
with "{", CSV otherwise, or as --input-format says). A row that is not UTF-8, has a quote never
closed or is longer than 1 MiB is that row's error (named by its line); the next rows are read.
The last line says the run is complete: a CSV row with status "complete" ("N rows read, N written,
K failed"), or {"trailer":{...}} in NDJSON; output without it was cut.

  --format FORMAT        csv (default) or ndjson
  -o, --output FILE      write to FILE, through a temporary file renamed at the end: FILE is the
                         whole result or is left as it was
  --input-format FORMAT  csv or ndjson, where the file name does not say it (stdin)
  --no-trailer           leave out the last line that says the run is complete
  --workers N            threads that score the rows (default: one a core, for a file of more
                         than 2,048 rows); 1 scores on the main thread. Same output in the same order
  --example vendors      the vendor file shipped with the package
  --raw-csv              write cells as they are: by default a cell that a spreadsheet would run as
                         a formula (starting with =, +, -, @, tab or CR) is prefixed with '
  --strict               exit 1 if any row has an error
  --portfolio FILE       also write the supplier-base view (portfolio(): scores and grades, drivers,
                         the suppliers that dominate the expected loss, the base's annual loss and
                         tail) as JSON to FILE
  --as-of, --fx, --basis, --fx-fallback as above`,
};

export const HELP = `lexposure — what EU digital regulation can cost a company

Usage:
  lexposure estimate <profile.json>     what each regime could cost, and the risk score
  lexposure max <profile.json>          the legal maximum under each fine provision of a regime
  lexposure fine <profile.json> --articles 5,32
                                        the maximum total fine for infringed articles
  lexposure obligations <profile.json>  the obligations that apply, and why
  lexposure gaps <profile.json>         the unmet obligations and what each exposes
  lexposure edpb <profile.json> --articles 6 --seriousness medium
                                        the EDPB 04/2022 method, step by step
  lexposure sanctions [--regime GDPR]   the bundled sanctions: query and statistics
  lexposure deadline --time-limit "GDPR 33(1)" --from 2026-03-02T10:25+01:00
                                        a time limit under Regulation 1182/71
  lexposure batch <vendors.csv>         score a vendor list, streaming
  lexposure status                      the texts read, when checked, what is pending

Run "lexposure <command> --help" for a command's options.

Options of most commands:
${COMMON}
  -v, --version          the version

Exit codes: 0 success, 1 input error (the message names the file, the row and the field), 2 usage.`;
