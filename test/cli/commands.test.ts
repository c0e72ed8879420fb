import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvStreamParser } from '../../src/cli/batch/csv-stream.js';
import { cli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'lexposure-cli-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const VENDOR = 'fixtures/profiles/acme-crm-vendor.json';

describe('lexposure estimate, obligations, gaps, edpb', () => {
  it('estimate prints the regimes and the score; csv gives one row per regime', async () => {
    const { code, stdout } = await cli(
      'estimate',
      'fixtures/profiles/saas-vendor.json',
      '--as-of',
      '2025-06-30',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Risk score');
    const csv = await cli(
      'estimate',
      'fixtures/profiles/saas-vendor.json',
      '--as-of',
      '2025-06-30',
      '--format',
      'csv',
    );
    const lines = csv.stdout.split('\n');
    expect(lines[0]).toBe('regime,applies,legal_maximum,low,likely,high,currency');
    expect(lines.find((l) => l.startsWith('GDPR,true,20000000,'))).toBeDefined();
  });

  it('obligations lists GDPR duties with their status, filtered by --regime', async () => {
    const { stdout } = await cli(
      'obligations',
      VENDOR,
      '--as-of',
      '2026-06-30',
      '--regime',
      'GDPR',
      '--format',
      'csv',
    );
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Obligation,Service,Status,Fined under,Duty,Why');
    expect(lines.some((l) => l.startsWith('GDPR Art. 30,,applies,GDPR 83(4),'))).toBe(true);
    expect(lines.every((l, i) => i === 0 || l.startsWith('GDPR'))).toBe(true);
  });

  it('gaps prints the README table (the Acme CRM vendor)', async () => {
    const { code, stdout } = await cli('gaps', VENDOR, '--as-of', '2026-06-30', '--format', 'markdown');
    expect(code).toBe(0);
    expect(stdout).toContain('25 obligations apply: 17 met, 5 partly met, 2 not met, 1 unknown.');
    expect(stdout).toContain('| GDPR Art. 33 |  | not met | GDPR 83(4) | EUR 10,000,000 |');
  });

  it('edpb gives the range of EDPB 04/2022 (SaaS example: €20m × 10-20 % × 0.3-2 %)', async () => {
    const { code, stdout } = await cli(
      'edpb',
      'fixtures/profiles/saas-vendor.json',
      '--as-of',
      '2025-06-30',
      '--articles',
      '6',
      '--seriousness',
      'medium',
      '--format',
      'csv',
    );
    expect(code).toBe(0);
    // 20,000,000 × 10 % × 0.3 % = 6,000 and 20,000,000 × 20 % × 2 % = 80,000, computed by hand.
    expect(stdout.split('\n')[1]).toMatch(/^EDPB 04\/2022,6,20000000,6000,80000,,EUR$/);
  });

  it('edpb without --seriousness is a usage error (exit 2)', async () => {
    const { code, stderr } = await cli('edpb', VENDOR, '--articles', '6');
    expect(code).toBe(2);
    expect(stderr).toContain('--seriousness');
  });

  it('an invalid profile names the file and the field (exit 1)', async () => {
    const bad = file(
      'bad.json',
      JSON.stringify({
        name: 'X',
        financialYears: [
          {
            year: 2024,
            end: '2024-12-31',
            scope: 'undertaking',
            turnover: { amount: '-1', currency: 'EUR' },
          },
        ],
      }),
    );
    const { code, stderr } = await cli('max', bad);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `${bad}: Invalid company profile: profile.financialYears[0].turnover.amount: must not be negative`,
    );
  });
});

describe('lexposure sanctions and deadline', () => {
  it('sanctions --format csv lists every record the query matches', async () => {
    const { stdout } = await cli('sanctions', '--regime', 'GDPR', '--country', 'LU', '--format', 'csv');
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^id,date,authority,country,regime,entity,amount,currency,amount_eur,/);
    // CNPD, Amazon Europe Core, decision of 15 July 2021, €746m.
    expect(lines.some((l) => l.includes(',2021-07-15,') && l.includes(',746000000,EUR,'))).toBe(true);
    expect(lines.slice(1).every((l) => l.includes(',LU,GDPR,'))).toBe(true);
  });

  it('deadline computes a time limit and lateness', async () => {
    const { code, stdout } = await cli('deadline', '--time-limit', 'GDPR 12(3)', '--from', '2026-01-31');
    expect(code).toBe(0);
    expect(stdout).toContain('GDPR 12(3) from 2026-01-31: ends the end of 2026-03-02');
    const late = await cli(
      'deadline',
      '--period',
      '72:hours',
      '--from',
      '2026-03-02T10:25+01:00',
      '--done',
      '2026-03-05T11:30+01:00',
      '--format',
      'json',
    );
    expect(JSON.parse(late.stdout)).toMatchObject({ endsAt: '2026-03-05T11:00+01:00', late: true });
    const csv = await cli(
      'deadline',
      '--time-limit',
      'GDPR 33(1)',
      '--from',
      '2026-03-02T10:25+01:00',
      '--format',
      'csv',
    );
    expect(csv.stdout).toBe(
      'time_limit,period,from,last_day,ends_at,done,late\nGDPR 33(1),72 hours,2026-03-02T10:25+01:00,2026-03-05,2026-03-05T11:00+01:00,,',
    );
    expect((await cli('deadline', '--from', '2026-01-31')).code).toBe(1);
    expect((await cli('deadline', '--time-limit', 'GDPR 12(3)')).code).toBe(2);
  });
});

/** One NDJSON vendor: a French controller with €1bn of turnover in 2024. */
function ndjsonVendor(name: string): string {
  return JSON.stringify({
    name,
    roles: ['controller'],
    establishments: [{ country: 'FR' }],
    financialYears: [
      {
        year: 2024,
        end: '2024-12-31',
        scope: 'undertaking',
        turnover: { amount: '1000000000', currency: 'EUR' },
      },
    ],
  });
}

describe('the bundled examples and the date, checked first', () => {
  it('--example names a profile shipped with the package: the same output as its file', async () => {
    const byFile = await cli('estimate', 'fixtures/profiles/saas-vendor.json', '--as-of', '2025-06-30');
    const byName = await cli('estimate', '--example', 'saas-vendor', '--as-of', '2025-06-30');
    expect(byName.code).toBe(0);
    expect(byName.stdout).toBe(byFile.stdout);
    const unknown = await cli('estimate', '--example', 'nope', '--as-of', '2025-06-30');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no profile example "nope"; the examples are .*saas-vendor/);
    expect((await cli('estimate', 'x.json', '--example', 'saas-vendor')).code).toBe(2);
  });

  it('a bad --as-of is a usage error (exit 2) before any row is read', async () => {
    const r = await cli('batch', '--example', 'vendors', '--as-of', '2025-13-45');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--as-of must be a date YYYY-MM-DD, not "2025-13-45"/);
  });
});

describe('lexposure batch', () => {
  it('scores the bundled vendor list, one output row per input row, a bad row with its error', async () => {
    const { code, stdout, stderr } = await cli(
      'batch',
      'fixtures/vendors/vendors.csv',
      '--as-of',
      '2025-06-30',
    );
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(
      'row,id,name,status,error,gdpr_maximum_eur,likely_eur,expected_loss_eur,score,grade,gaps,gaps_not_met,top_gap,top_gap_maximum_eur',
    );
    expect(lines).toHaveLength(6);
    expect(lines[4]).toBe(
      '4,V-004,Broken Turnover SARL,error,"line 5: turnover: must not be negative, got -5",,,,,,,,,',
    );
    // A quoted name with doubled quotes survives the round trip.
    expect(lines[5]).toMatch(/^5,V-005,"Shop ""Deluxe"" BV",ok,,20000000,/);
    expect(stderr).toMatch(/5 rows, 4 scored, 1 with errors/);
    expect(
      (await cli('batch', 'fixtures/vendors/vendors.csv', '--as-of', '2025-06-30', '--strict')).code,
    ).toBe(1);
  });

  it('reads NDJSON profiles and writes NDJSON', async () => {
    const path = file(
      'vendors.ndjson',
      `${JSON.stringify({ name: 'A', roles: ['controller'], establishments: [{ country: 'FR' }], financialYears: [{ year: 2024, end: '2024-12-31', scope: 'undertaking', turnover: { amount: '1000000000', currency: 'EUR' } }] })}\n{not json}\n\n${JSON.stringify({ name: 'B', bogus: 1 })}`,
    );
    const { code, stdout } = await cli('batch', path, '--as-of', '2025-06-30', '--format', 'ndjson');
    expect(code).toBe(0);
    const rows = stdout.split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(3);
    // 4 % of €1bn (Art. 83(5)).
    expect(rows[0]).toMatchObject({ name: 'A', status: 'ok', gdpr_maximum_eur: '40000000' });
    expect(rows[1]).toMatchObject({
      status: 'error',
      error: expect.stringMatching(/^line 2: \(line\): not valid JSON/),
    });
    expect(rows[2]).toMatchObject({ status: 'error', error: expect.stringContaining('line 4:') });
  });

  it('a poison row (an object posing as a Decimal) is an error of that row; the rows around it are scored', async () => {
    // Issue 19: {"toStringTag": "[object Decimal]"} fooled decimal.js's type check and ended the
    // whole batch with "TypeError: value.isFinite is not a function".
    const poison = ndjsonVendor('Poison').replace('"1000000000"', '{"toStringTag":"[object Decimal]"}');
    const path = file('poison.ndjson', [ndjsonVendor('A'), poison, ndjsonVendor('B')].join('\n'));
    const { code, stdout, stderr } = await cli('batch', path, '--as-of', '2025-06-30', '--format', 'ndjson');
    expect(code).toBe(0);
    const rows = stdout.split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.status)).toEqual(['ok', 'error', 'ok']);
    expect(rows[1].error).toMatch(/^line 2: .*turnover\.amount: .*posing as a Decimal/);
    expect(stderr).not.toMatch(/TypeError|\n\s+at /);
  });

  it('neutralises cells a spreadsheet would run as formulas (OWASP), unless --raw-csv', async () => {
    const name = '=HYPERLINK("https://evil.example","click")';
    const path = file(
      'formula.csv',
      `name,country,roles,turnover,currency,year\n"${name.replace(/"/g, '""')}",FR,controller,1000000,EUR,2024\n@SUM(A1),FR,controller,1000000,EUR,2024\n`,
    );
    const safe = (await cli('batch', path, '--as-of', '2025-06-30')).stdout.split('\n');
    expect(safe[1]).toContain(`"'=HYPERLINK(""https://evil.example"",""click"")"`);
    expect(safe[2]).toContain(",'@SUM(A1),");
    const raw = (await cli('batch', path, '--as-of', '2025-06-30', '--raw-csv')).stdout.split('\n');
    expect(raw[1]).toContain(`"=HYPERLINK(""https://evil.example"",""click"")"`);
    expect(raw[2]).toContain(',@SUM(A1),');
  });

  it('batch --fx: the caller’s rates reach every row (4 % of $1bn at 1.25 = €32m)', async () => {
    // Issue 19: any --fx made every batch row an error row ("Unrecognized key verified"), exit 0.
    const usd = ndjsonVendor('US Vendor').replace('"currency":"EUR"', '"currency":"USD"');
    const rates = file(
      'rates.json',
      JSON.stringify([
        {
          base: 'EUR',
          quote: 'USD',
          rate: '1.25',
          kind: 'average',
          date: '2024-12-31',
          period: { start: '2024-01-01', end: '2024-12-31' },
          source: 'the caller’s treasury',
        },
      ]),
    );
    const r = await cli(
      'batch',
      file('usd.ndjson', `${usd}\n`),
      '--as-of',
      '2025-06-30',
      '--format',
      'ndjson',
      '--fx',
      rates,
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'ok', gdpr_maximum_eur: '32000000' });
  });

  it('accepts a UTF-8 byte order mark in a CSV, an NDJSON and a profile file', async () => {
    const csvText = readFileSync('fixtures/vendors/vendors.csv', 'utf8');
    const plain = await cli('batch', file('plain.csv', csvText), '--as-of', '2025-06-30');
    const bom = await cli('batch', file('bom.csv', `\uFEFF${csvText}`), '--as-of', '2025-06-30');
    expect(bom.code).toBe(0);
    expect(bom.stdout).toBe(plain.stdout);
    const line = ndjsonVendor('A');
    const nd = await cli(
      'batch',
      file('bom.ndjson', `\uFEFF${line}\n`),
      '--as-of',
      '2025-06-30',
      '--format',
      'ndjson',
    );
    expect(JSON.parse(nd.stdout)).toMatchObject({ status: 'ok', gdpr_maximum_eur: '40000000' });
    const profile = file('bom-profile.json', `\uFEFF${line}`);
    expect((await cli('max', profile, '--as-of', '2025-06-30')).code).toBe(0);
  });

  it('reads a long NDJSON line in time linear in its length (a 16 MB line: a row error, in seconds)', async () => {
    // Issue 19: the reader re-split the whole carried line at every 64 kB chunk (a 50 MB line took 89 s).
    const long = `{"name":"${'x'.repeat(16_000_000)}"}`;
    const path = file('long.ndjson', `${long}\n`);
    const t = performance.now();
    const r = await cli('batch', path, '--as-of', '2025-06-30', '--format', 'ndjson');
    // 7.7 s with the old reader on this machine, 0.5 s now.
    expect(performance.now() - t).toBeLessThan(3_000);
    expect(JSON.parse(r.stdout).status).toBe('error');
  });

  it('--portfolio writes the supplier-base view of the scored rows, the same as portfolio() on their scores', async () => {
    const out = join(dir, 'portfolio.json');
    const { code, stdout, stderr } = await cli(
      'batch',
      'fixtures/vendors/vendors.csv',
      '--as-of',
      '2025-06-30',
      '--format',
      'ndjson',
      '--portfolio',
      out,
    );
    expect(code).toBe(0);
    const view = JSON.parse(readFileSync(out, 'utf8'));
    const rows = stdout.split('\n').map((l) => JSON.parse(l));
    const scored = rows.filter((r) => r.status === 'ok');
    // One supplier per scored row (the bad row is left out), graded as the rows say.
    expect(view.suppliers).toBe(scored.length);
    const grades: Record<string, number> = { A: 0, B: 0, C: 0, D: 0, E: 0, F: 0 };
    for (const r of scored) grades[r.grade] = (grades[r.grade] ?? 0) + 1;
    expect(view.grades).toEqual(grades);
    // The base's expected annual loss is the sum of the rows' (each in cents: within a cent a row).
    const sum = scored.reduce((t, r) => t + Number(r.expected_loss_eur), 0);
    expect(Math.abs(Number(view.expectedAnnualLoss.amount) - sum)).toBeLessThanOrEqual(0.01 * scored.length);
    expect(stderr).toContain(`supplier base of ${scored.length}`);
    const unwritable = await cli(
      'batch',
      'fixtures/vendors/vendors.csv',
      '--as-of',
      '2025-06-30',
      '--portfolio',
      join(dir, 'no/such/dir.json'),
    );
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toContain('--portfolio: cannot write');
  });

  it('stops on a bad header or file, naming it (exit 1); a wrong extension or format is usage', async () => {
    const bad = file('bad.csv', 'id,nom\n1,x\n');
    const header = await cli('batch', bad);
    expect(header.code).toBe(1);
    expect(header.stderr).toContain(`${bad}: line 1: the column "name" is missing; unknown column "nom"`);
    expect((await cli('batch', join(dir, 'missing.csv'))).stderr).toContain('ENOENT');
    expect((await cli('batch', file('v.txt', ''))).code).toBe(1);
    expect((await cli('batch', 'fixtures/vendors/vendors.csv', '--format', 'xml')).code).toBe(2);
    expect((await cli('batch', file('empty.csv', ''))).stderr).toContain('the file is empty');
  });

  it('checks an exchange-rate file once, as an error of that file (exit 1)', async () => {
    const rates = file('rates.json', JSON.stringify([{ base: 'EUR', quote: 'NOK', rate: '-1' }]));
    const r = await cli('batch', 'fixtures/vendors/vendors.csv', '--as-of', '2025-06-30', '--fx', rates);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Invalid ${rates}: fx.rates[0]`);
  });

  it('shows progress on a terminal', async () => {
    const progress: string[] = [];
    let t = 0;
    const { runBatch } = await import('../../src/cli/batch/run-batch.js');
    const rows = Array.from(
      { length: 50 },
      (_, i) => `V${i},Vendor ${i},FR,controller,1000000,EUR,2024`,
    ).join('\n');
    await runBatch(
      {
        file: file('many.csv', `id,name,country,roles,turnover,currency,year\n${rows}\n`),
        asOf: '2025-06-30',
        fx: undefined,
        output: 'csv',
      },
      { stdout: () => {}, stderr: () => {}, progress: (text) => progress.push(text), now: () => (t += 300) },
    );
    expect(progress.some((p) => /rows, 0 errors, [\d,]+ rows\/s/.test(p))).toBe(true);
  });
});

describe('help and usage', () => {
  it('each command has its own --help', async () => {
    for (const command of [
      'max',
      'fine',
      'estimate',
      'obligations',
      'gaps',
      'edpb',
      'sanctions',
      'deadline',
      'batch',
    ]) {
      const { code, stdout } = await cli(command, '--help');
      expect(code, command).toBe(0);
      expect(stdout, command).toMatch(new RegExp(`^lexposure ${command}`));
    }
  });

  it('unknown command and option are usage errors (exit 2)', async () => {
    expect((await cli('frobnicate')).code).toBe(2);
    expect((await cli('max', VENDOR, '--nope')).code).toBe(2);
    expect((await cli('max', VENDOR, '--format', 'xml')).code).toBe(2);
  });
});

describe('CsvStreamParser', () => {
  it('reads quoted fields with commas, quotes and line breaks across any chunking', () => {
    const text = '\uFEFFa,b\r\n"x, ""y""","multi\nline"\r\nlast,row';
    for (const size of [1, 2, 3, 7, 100]) {
      const parser = new CsvStreamParser();
      const records = [];
      for (let i = 0; i < text.length; i += size) records.push(...parser.push(text.slice(i, i + size)));
      records.push(...parser.end());
      expect(records, `chunk ${size}`).toEqual([
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['x, "y"', 'multi\nline'] },
        { line: 4, fields: ['last', 'row'] },
      ]);
    }
  });

  it('an unclosed quote is an error naming the line', () => {
    const parser = new CsvStreamParser();
    parser.push('a\n"open');
    expect(() => parser.end()).toThrow('line 2: a quoted field is not closed');
  });
});

describe('lexposure status', () => {
  it('lists every act with the text read, the date checked and what is pending', async () => {
    const { code, stdout } = await cli('status', '--format', 'json');
    expect(code).toBe(0);
    const status = JSON.parse(stdout);
    expect(status.acts.map((a: { act: string }) => a.act)).toContain('AI Act');
    const ai = status.acts.find((a: { act: string }) => a.act === 'AI Act');
    expect(ai.textRead.celex).toBe('32024R1689');
    expect(ai.pending.join(' ')).toContain('2026/1744');
    const gdpr = status.acts.find((a: { act: string }) => a.act === 'GDPR');
    // The bundled ECB averages run to the end of 2025.
    expect(gdpr.dataCoverUntil).toBe('2025-12-31');
    const table = await cli('status');
    expect(table.stdout).toMatch(/^The law as lexposure reads it \(checked on \d{4}-\d{2}-\d{2}\)/);
  });

  it('a result for a date after the last review says so in a warning step', async () => {
    const { legalMaximum } = await import('../../src/index.js');
    const profile = {
      name: 'Test SA',
      financialYears: [
        {
          year: 2027,
          end: '2027-12-31',
          scope: 'undertaking',
          turnover: { amount: '1000', currency: 'EUR' },
        },
      ],
    };
    const later = legalMaximum({ profile, provision: 'GDPR 83(5)', asOf: '2028-03-01' });
    expect(later.steps.find((s) => s.label === 'Law as last checked')?.severity).toBe('warning');
  });
});
