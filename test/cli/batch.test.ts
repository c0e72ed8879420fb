import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvStreamParser, MAX_RECORD_LENGTH } from '../../src/cli/batch/csv-stream.js';
import type { BatchRow } from '../../src/cli/batch/score-row.js';
import { cli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'lexposure-batch-'));
const file = (name: string, text: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

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

const TRAILER = /^,,,complete,"(\d+) rows read, \1 written, \d+ failed",,,,,,,,,$/;

/** The lines of a CSV batch output, once its last line is the trailer of a complete run. */
function csvRows(stdout: string): string[] {
  const lines = stdout.split('\n');
  expect(lines.pop()).toMatch(TRAILER);
  return lines;
}

/** The rows of an NDJSON batch output, once its last line is the trailer of a complete run. */
function jsonRows(stdout: string): BatchRow[] {
  const rows = stdout.split('\n').map((l) => JSON.parse(l));
  const last = rows.pop();
  expect(last).toEqual({
    trailer: {
      complete: true,
      rowsRead: rows.length,
      rowsWritten: rows.length,
      rowsFailed: expect.any(Number),
    },
  });
  return rows;
}

describe('lexposure batch', () => {
  it('scores the bundled vendor list, one output row per input row, a bad row with its error', async () => {
    const { code, stdout, stderr } = await cli(
      'batch',
      'fixtures/vendors/vendors.csv',
      '--as-of',
      '2025-06-30',
    );
    expect(code).toBe(0);
    const lines = csvRows(stdout);
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
    const rows = jsonRows(stdout);
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
    const rows = jsonRows(stdout);
    expect(rows.map((r) => r.status)).toEqual(['ok', 'error', 'ok']);
    expect(rows[1]?.error).toMatch(/^line 2: .*turnover\.amount: .*posing as a Decimal/);
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
    expect(jsonRows(r.stdout)[0]).toMatchObject({ status: 'ok', gdpr_maximum_eur: '32000000' });
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
    expect(jsonRows(nd.stdout)[0]).toMatchObject({ status: 'ok', gdpr_maximum_eur: '40000000' });
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
    expect(jsonRows(r.stdout)[0]?.status).toBe('error');
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
    const rows = jsonRows(stdout);
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

describe('lexposure batch on hostile files (issue 19)', () => {
  const HEADER = 'id,name,country,roles,turnover,currency,year';
  const row = (id: string, name: string) => `${id},${name},FR,controller,5000000,EUR,2024`;
  const bytes = (...parts: (string | number[])[]) =>
    Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

  it('a row that is not UTF-8 is that row’s error; the rows around it are scored', async () => {
    // Issue 19: invalid UTF-8 was replaced by U+FFFD without a word.
    const path = file(
      'latin1.csv',
      bytes(
        `${HEADER}\n${row('V1', 'Good')}\nV2,M`,
        [0xfc],
        `ller GmbH,DE,controller,5000000,EUR,2024\n${row('V3', 'After')}\n`,
      ),
    );
    const rows = csvRows((await cli('batch', path, '--as-of', '2025-06-30')).stdout);
    expect(rows[2]).toBe(
      '2,,,error,line 3: the row is not valid UTF-8 text (save the file as UTF-8),,,,,,,,,',
    );
    expect(rows[1]).toMatch(/^1,V1,Good,ok,/);
    expect(rows[3]).toMatch(/^3,V3,After,ok,/);
    // A genuine U+FFFD in a UTF-8 file is text, not an error.
    const genuine = file('fffd.csv', `${HEADER}\n${row('V1', 'Caf\uFFFD')}\n`);
    expect(csvRows((await cli('batch', genuine, '--as-of', '2025-06-30')).stdout)[1]).toMatch(/,ok,/);
    // The same in NDJSON, and a character cut at the end of the file.
    const nd = file(
      'latin1.ndjson',
      bytes(`${ndjsonVendor('A')}\n{"name":"B`, [0xe9], `"}\n${ndjsonVendor('C')}\n`, [0xe2, 0x82]),
    );
    const out = jsonRows((await cli('batch', nd, '--as-of', '2025-06-30', '--format', 'ndjson')).stdout);
    expect(out.map((r) => r.status)).toEqual(['ok', 'error', 'ok', 'error']);
    expect(out[1]?.error).toBe('line 2: the row is not valid UTF-8 text (save the file as UTF-8)');
    expect(out[3]?.error).toBe('line 4: the row is not valid UTF-8 text (save the file as UTF-8)');
    // In the header, it is the file's error.
    const header = await cli('batch', file('bad-header.csv', bytes('id,n', [0xff], 'me\n')));
    expect(header.code).toBe(1);
    expect(header.stderr).toContain('line 1: the header: the row is not valid UTF-8 text');
  });

  it('an unclosed quote fails its record, named by the line it starts on; the run goes on', async () => {
    // Issue 19: an unclosed quote aborted the whole run and named the wrong line.
    const path = file(
      'stray-quote.csv',
      `${HEADER}\n${row('V1', 'Good')}\nV2,"Stray,FR,controller,5000000,EUR,2024\n${row('V3', 'After')}\n`,
    );
    const r = await cli('batch', path, '--as-of', '2025-06-30');
    expect(r.code).toBe(0);
    const rows = csvRows(r.stdout);
    expect(rows[2]).toBe(
      '2,,,error,line 3: a quoted field is not closed before the end of the file (a stray quote?),,,,,,,,,',
    );
    expect(rows[3]).toMatch(/^3,V3,After,ok,/);
  });

  it('a lone CR ends a line (old Mac exports); a CR inside a quoted name is kept', async () => {
    const path = file('mac.csv', `${HEADER}\r${row('V1', '"Two\rLines"')}\r${row('V2', 'Next')}\r`);
    const rows = csvRows((await cli('batch', path, '--as-of', '2025-06-30', '--raw-csv')).stdout);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatch(/^1,V1,"Two\rLines",ok,/);
    expect(rows[2]).toMatch(/^2,V2,Next,ok,/);
  });

  it('- reads stdin: CSV or NDJSON, told apart by the first character or by --input-format', async () => {
    // Issue 19: stdin was refused.
    const { run } = await import('../../src/cli/main.js');
    const viaStdin = async (text: string, ...args: string[]) => {
      const out: string[] = [];
      const code = await run(['batch', '-', '--as-of', '2025-06-30', ...args], {
        stdout: (t) => out.push(t),
        stderr: () => {},
        today: () => '2026-11-28',
        stdin: (async function* () {
          yield Buffer.from(text);
        })(),
      });
      return { code, stdout: out.join('\n') };
    };
    const csvText = readFileSync('fixtures/vendors/vendors.csv', 'utf8');
    expect((await viaStdin(csvText)).stdout).toBe(
      (await cli('batch', 'fixtures/vendors/vendors.csv', '--as-of', '2025-06-30')).stdout,
    );
    const nd = await viaStdin(`\n${ndjsonVendor('A')}\n`, '--format', 'ndjson');
    expect(jsonRows(nd.stdout)[0]).toMatchObject({ name: 'A', status: 'ok', gdpr_maximum_eur: '40000000' });
    const named = await viaStdin(`${ndjsonVendor('A')}\n`, '--input-format', 'ndjson');
    expect(csvRows(named.stdout)[1]).toMatch(/^1,,A,ok,,40000000,/);
    expect((await cli('batch', '-', '--input-format', 'xml')).code).toBe(2);
  });

  it('--output FILE: the whole result under FILE, or nothing (the previous FILE stays)', async () => {
    const out = join(dir, 'scores.csv');
    const r = await cli('batch', 'fixtures/vendors/vendors.csv', '--as-of', '2025-06-30', '--output', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const written = readFileSync(out, 'utf8');
    expect(written).toBe(
      `${(await cli('batch', 'fixtures/vendors/vendors.csv', '--as-of', '2025-06-30')).stdout}\n`,
    );
    // A run that stops (a bad header) leaves FILE as it was and no temporary file beside it.
    const bad = await cli('batch', file('nom.csv', 'id,nom\n1,x\n'), '--output', out);
    expect(bad.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe(written);
    expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
    const nowhere = await cli(
      'batch',
      'fixtures/vendors/vendors.csv',
      '--output',
      join(dir, 'no/such/dir.csv'),
    );
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toContain('--output: cannot write');
  });

  it('--no-trailer leaves the trailer out', async () => {
    const r = await cli('batch', 'fixtures/vendors/vendors.csv', '--as-of', '2025-06-30', '--no-trailer');
    const lines = r.stdout.split('\n');
    expect(lines).toHaveLength(6);
    expect(lines.at(-1)).toMatch(/^5,V-005,/);
  });

  it('an NDJSON line longer than MAX_RECORD_LENGTH is that line’s error, not kept in memory', async () => {
    const long = `{"name":"${'x'.repeat(MAX_RECORD_LENGTH + 10)}"}`;
    const path = file('too-long.ndjson', `${long}\n${ndjsonVendor('B')}\n`);
    const rows = jsonRows((await cli('batch', path, '--as-of', '2025-06-30', '--format', 'ndjson')).stdout);
    expect(rows[0]?.error).toBe(`line 1: the line is longer than ${MAX_RECORD_LENGTH} characters`);
    expect(rows[1]).toMatchObject({ name: 'B', status: 'ok' });
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

  it('an unclosed quote fails the record it opens in, named by its line; the next lines are read', () => {
    // Issue 19: an unclosed quote aborted the whole run.
    for (const size of [1, 5, 1000]) {
      const text = 'a,b\n1,2\n"open,x\n3,4\n5,"6\n7,"8\n9,10';
      const parser = new CsvStreamParser();
      const records = [];
      for (let i = 0; i < text.length; i += size) records.push(...parser.push(text.slice(i, i + size)));
      records.push(...parser.end());
      // The quote on line 3 closes on line 5 ("open,x\n3,4\n5,"), so line 3 is one record of
      // three lines; the one on line 6 ("8) is never closed: that record fails, line 7 is read.
      expect(records, `chunk ${size}`).toEqual([
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['1', '2'] },
        { line: 3, fields: ['open,x\n3,4\n5,6'] },
        { line: 6, fields: [], problem: expect.stringContaining('a quoted field is not closed') },
        { line: 7, fields: ['9', '10'] },
      ]);
    }
  });

  it('a lone CR ends a record as LF and CRLF do; a CR inside a quoted field is kept', () => {
    // Issue 19: a lone CR was not a line break, and a CR inside a cell was dropped.
    const parser = new CsvStreamParser();
    const records = [...parser.push('a,b\r1,"x\ry"\r\n2,3\n'), ...parser.end()];
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', 'x\ry'] },
      { line: 4, fields: ['2', '3'] },
    ]);
  });

  it('a record longer than MAX_RECORD_LENGTH fails without being kept in memory', () => {
    const parser = new CsvStreamParser();
    const records = [...parser.push('a\n')];
    const piece = 'x'.repeat(1 << 16);
    for (let i = 0; i < 40; i++) records.push(...parser.push(piece));
    records.push(...parser.push('\nok\n'), ...parser.end());
    expect(records).toEqual([
      { line: 1, fields: ['a'] },
      { line: 2, fields: [], problem: `the record is longer than ${MAX_RECORD_LENGTH} characters` },
      { line: 3, fields: ['ok'] },
    ]);
  });
});
