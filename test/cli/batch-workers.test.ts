import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { POOL_AFTER_ROWS } from '../../src/cli/batch/ordered-scoring.js';
import { vendorCsv } from '../helpers/vendor-csv.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'lexposure-workers-'));
const cliPath = join(dir, 'dist', 'cli', 'index.mjs');

/** The CLI as one file (its worker threads start from the script they run in). */
beforeAll(async () => {
  await build({
    entryPoints: [join(import.meta.dirname, '../../src/cli/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: cliPath,
    logLevel: 'warning',
  });
  // The entry reads its version from ../../package.json, as in the package.
  writeFileSync(join(dir, 'package.json'), '{"version":"0.0.0-test"}');
}, 60_000);

async function batch(file: string, ...flags: string[]) {
  const { stdout, stderr } = await run(
    process.execPath,
    [cliPath, 'batch', file, '--as-of', '2025-06-30', ...flags],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  return { stdout, stderr };
}

describe('lexposure batch on worker threads', () => {
  it('writes byte for byte what one thread writes, in the input order, bad rows included', async () => {
    const rows = POOL_AFTER_ROWS * 2 + 321;
    const file = join(dir, 'vendors.csv');
    writeFileSync(file, vendorCsv(rows));
    const one = await batch(file, '--workers', '1');
    const two = await batch(file, '--workers', '2');
    const three = await batch(file, '--workers', '3');
    expect(two.stdout).toBe(one.stdout);
    expect(three.stdout).toBe(one.stdout);
    const lines = one.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(rows + 2);
    // Every row, numbered in order, and some of them errors that name their line.
    const misplaced = lines.slice(1, -1).filter((l, i) => !l.startsWith(`${i + 1},V${i},`));
    expect(misplaced).toEqual([]);
    expect(lines.filter((l) => l.includes(',error,"line ')).length).toBeGreaterThan(5);
    expect(lines.at(-1)).toMatch(
      new RegExp(`^,,,complete,"${rows} rows read, ${rows} written, \\d+ failed"`),
    );
  }, 300_000);

  it('the NDJSON output and the supplier-base view are the same on one thread and on two', async () => {
    const file = join(dir, 'vendors2.csv');
    writeFileSync(file, vendorCsv(POOL_AFTER_ROWS + 700, 5));
    const views = [join(dir, 'one.json'), join(dir, 'two.json')];
    const one = await batch(file, '--workers', '1', '--format', 'ndjson', '--portfolio', views[0] as string);
    const two = await batch(file, '--workers', '2', '--format', 'ndjson', '--portfolio', views[1] as string);
    expect(two.stdout).toBe(one.stdout);
    expect(readFileSync(views[1] as string, 'utf8')).toBe(readFileSync(views[0] as string, 'utf8'));
  }, 300_000);

  it('refuses a number of workers that is not a whole number from 1 to 64', async () => {
    const file = join(dir, 'small.csv');
    writeFileSync(file, vendorCsv(3));
    await expect(batch(file, '--workers', '0')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--workers must be a whole number from 1 to 64'),
    });
  });
});
