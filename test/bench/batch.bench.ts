import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bench, describe } from 'vitest';
import { vendorCsv } from '../helpers/vendor-csv.js';

// `lexposure batch` on 100,000 generated vendor rows, run as users run it (the built CLI in its own
// process), against its floor: the same process reading the same file and writing one line per row
// without scoring. Prints rows per second and the peak resident memory of each. The functions are
// async so that tinybench does not call them once more to find out whether they are.
const ROWS = Number(process.env.BATCH_ROWS ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'lexposure-batch-'));
const file = join(dir, 'vendors.csv');
// The mixed supplier base of the worker-thread test: EU and non-EU, three currencies, NIS2
// sectors, platforms, questionnaire answers on some rows, a few bad rows.
writeFileSync(file, vendorCsv(ROWS));

// Reports the peak resident set of the process it is preloaded into, on exit.
const probe = join(dir, 'probe.cjs');
writeFileSync(
  probe,
  "process.on('exit', () => require('node:fs').writeSync(2, '\\nmaxRSS ' + process.resourceUsage().maxRSS + '\\n'));\n",
);
const floor = join(dir, 'floor.mjs');
writeFileSync(
  floor,
  `import { createReadStream } from 'node:fs';
let n = 0; let carry = '';
for await (const chunk of createReadStream(process.argv[2], { encoding: 'utf8', highWaterMark: 1 << 16 })) {
  const parts = (carry + chunk).split('\\n'); carry = parts.pop();
  const out = [];
  for (const p of parts) { n++; out.push(n + ',' + p.split(',')[1] + ',ok'); }
  process.stdout.write(out.join('\\n') + '\\n');
}
process.stderr.write('rows ' + n + '\\n');
`,
);

// Rows a second and peak memory are not in vitest's own JSON: they go beside it, for the README
// table that scripts/bench-table.mjs writes.
const results = resolve('.bench/batch.json');
function record(label: string, figures: Record<string, number>): void {
  mkdirSync(resolve('.bench'), { recursive: true });
  let kept: Record<string, unknown> = {};
  try {
    kept = JSON.parse(readFileSync(results, 'utf8'));
  } catch {
    // the first run of a bench
  }
  writeFileSync(results, `${JSON.stringify({ ...kept, [label]: figures }, null, 2)}\n`);
}

function run(label: string, args: string[]): void {
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--require', probe, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`${label} failed: ${r.stderr}`);
  const rss = Number(/maxRSS (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
  record(label, { rows: ROWS, seconds, rowsPerSecond: ROWS / seconds, peakRssMb: rss });
  console.log(
    `${label}: ${ROWS.toLocaleString('en')} rows in ${seconds.toFixed(1)} s, ${Math.round(ROWS / seconds).toLocaleString('en')} rows/s, peak RSS ${rss.toFixed(0)} MB`,
  );
}

const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };
describe(`lexposure batch against its floor, ${ROWS.toLocaleString('en')} rows`, () => {
  bench(
    'lexposure batch vendors.csv (score, gaps, CSV out), one scoring thread a core',
    async () =>
      run('lexposure batch', [resolve('dist/cli/index.js'), 'batch', file, '--as-of', '2025-06-30']),
    once,
  );
  bench(
    'lexposure batch vendors.csv --workers 1 (the main thread alone)',
    async () =>
      run('lexposure batch --workers 1', [
        resolve('dist/cli/index.js'),
        'batch',
        file,
        '--as-of',
        '2025-06-30',
        '--workers',
        '1',
      ]),
    once,
  );
  bench('floor: read the file and write a line per row', async () => run('floor', [floor, file]), once);
});
