import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvStreamParser } from '../../src/cli/batch/csv-stream.js';
import { cli } from '../helpers/cli.js';

// The CLI's file readers under hostile files: any bytes, broken quoting, arbitrary JSON. The only
// outcomes allowed are exit 0 (with a row-level error where a row is bad) or exit 1 with a message
// naming the file; nothing throws, nothing hangs.
const dir = mkdtempSync(join(tmpdir(), 'lexposure-fuzz-cli-'));
let n = 0;
const file = (ext: string, text: string) => {
  const path = join(dir, `f${n++}.${ext}`);
  writeFileSync(path, text);
  return path;
};

const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '"',
    '""',
    '","',
    '\n',
    '\r\n',
    '1e9',
    '-5',
    'NaN',
    '__proto__',
    'yes',
    'partly',
    'DE;FR',
    'hosting:12',
  ),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);
const COLUMNS = [
  'id',
  'name',
  'country',
  'roles',
  'turnover',
  'currency',
  'year',
  'employees',
  'services',
  'q.records',
  'p.consent',
  'bogus',
];
const csv = fc
  .tuple(
    fc.subarray(COLUMNS, { minLength: 1 }),
    fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 6 }),
  )
  .map(([header, rows]) =>
    [header.join(','), ...rows.map((r) => r.join(','))].join(fc.sample(fc.constantFrom('\n', '\r\n'), 1)[0]),
  );

describe('lexposure batch and the profile reader, on hostile files', () => {
  it('a CSV vendor file: exit 0 or 1, one output row per input row when the header is good', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(csv, fc.string({ maxLength: 200 })), async (text) => {
        const r = await cli('batch', file('csv', text), '--as-of', '2025-06-30');
        expect([0, 1]).toContain(r.code);
        if (r.code === 1) expect(r.stderr).toMatch(/^lexposure: .*f\d+\.csv: /);
        else {
          // Parsed as CSV: a name with a line break in it spans lines, quoted.
          const parser = new CsvStreamParser();
          const records = [...parser.push(r.stdout), ...parser.end()];
          // The last record is the trailer of a complete run.
          expect(records.at(-1)?.fields[3]).toBe('complete');
          for (const record of records.slice(1, -1)) expect(record.fields[0]).toMatch(/^\d+$/);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('an NDJSON vendor file: every line scored or its error given', async () => {
    const line = fc.oneof(fc.json({ maxDepth: 3 }), fc.string({ maxLength: 40 }));
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 5 }), async (lines) => {
        const r = await cli(
          'batch',
          file('ndjson', lines.join('\n')),
          '--as-of',
          '2025-06-30',
          '--format',
          'ndjson',
        );
        expect(r.code).toBe(0);
        const rows = r.stdout.split('\n').map((l) => JSON.parse(l) as { status: string; error: string });
        expect(rows.pop()).toMatchObject({ trailer: { complete: true } });
        expect(rows.length).toBe(lines.filter((l) => l.trim() !== '').length);
        for (const row of rows) if (row.status === 'error') expect(row.error).toMatch(/^line \d+: /);
      }),
      { numRuns: 80 },
    );
  });

  it('a profile file for max and estimate: exit 0, or 1 naming the file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json({ maxDepth: 4 }), fc.string({ maxLength: 100 })), async (text) => {
        const path = file('json', text);
        for (const command of ['max', 'estimate']) {
          const r = await cli(command, path, '--as-of', '2025-06-30');
          expect([0, 1]).toContain(r.code);
          if (r.code === 1) expect(r.stderr).toContain(path);
        }
      }),
      { numRuns: 80 },
    );
  });
});
