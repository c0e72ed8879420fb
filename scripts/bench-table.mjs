// Writes the README's Speed tables from a `vitest bench --outputJson` run and the batch bench's own
// figures (.bench/batch.json): each entry point beside its floor, measured in the same run.
// Usage: node scripts/bench-table.mjs .bench/vitest.json [README.md]
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';

const [jsonFile = '.bench/vitest.json', readmeFile = 'README.md'] = process.argv.slice(2);
const run = JSON.parse(readFileSync(jsonFile, 'utf8'));
let batch = {};
try {
  batch = JSON.parse(readFileSync('.bench/batch.json', 'utf8'));
} catch {
  // the batch bench did not run
}

/** Mean milliseconds of the bench whose name starts with `name`, or null where it did not run. */
function mean(name) {
  for (const file of run.files)
    for (const group of file.groups)
      for (const b of group.benchmarks) if (b.name.startsWith(name)) return b.mean;
  return null;
}

const us = (ms) =>
  ms < 0.01 ? `${(ms * 1000).toFixed(2)} µs` : ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : null;
/** A per-call time, from the mean of an iteration of `per` calls. */
function perCall(ms, per) {
  const each = ms / per;
  if (each < 1) return us(each) ?? `${(each * 1000).toFixed(0)} µs`;
  return `${each.toFixed(each < 10 ? 2 : 1)} ms`;
}
function rate(ms, per, unit = '/s') {
  const r = (per * 1000) / ms;
  if (r >= 1e6) return `${(r / 1e6).toFixed(2)} M${unit}`;
  if (r >= 1e3) return `${(r / 1e3).toFixed(1)} k${unit}`;
  return `${Math.round(r)}${unit}`;
}
const ratio = (a, b) => (a !== null && b !== null ? (a / b).toFixed(2) : 'n/a');

const rows = [];
function versus(label, name, floorLabel, floorName, per, unit) {
  const ours = mean(name);
  const floor = mean(floorName);
  if (ours === null) return;
  rows.push(
    `| ${label} | ${perCall(ours, per)} (${rate(ours, per, unit)}) | ${floorLabel}: ${floor === null ? 'n/a' : perCall(floor, per)} | ${ratio(ours, floor)} |`,
  );
}
const DECIMAL_FLOOR = 'floor: bare decimal.js max(fixed, 4 % × turnover)';
versus(
  '`legalMaximum`, EUR turnover, with its steps',
  'lexposure legalMaximum, EUR turnover',
  'bare decimal.js `max(fixed, 4 % × T)`',
  DECIMAL_FLOOR,
  1000,
);
versus(
  '`legalMaximum`, EUR turnover, `explain: false` (the figures alone)',
  'lexposure legalMaximum, EUR turnover, explain: false',
  'the same floor',
  DECIMAL_FLOOR,
  1000,
);
versus(
  '`legalMaximum`, USD turnover converted at the ECB rate',
  'lexposure legalMaximum, USD turnover',
  'the same floor',
  DECIMAL_FLOOR,
  1000,
);
versus(
  'JSON → `parseProfile` → `estimateExposure` (every regime, with the comparables)',
  'JSON → parseProfile → estimateExposure',
  '`JSON.parse` and the estimate’s arithmetic in bare decimal.js',
  'floor: JSON.parse and the estimate arithmetic',
  100,
);
versus(
  'the full pipeline per vendor (estimate, gaps, score), every explanation step',
  'the same with every explanation step',
  'the same, `explain: false`',
  'estimateExposure → gapAnalysis → riskScore, explain: false',
  100,
);
const off = mean('estimateExposure → gapAnalysis → riskScore, explain: false');
if (off !== null)
  rows.push(
    `| the full pipeline per vendor, \`explain: false\` | ${perCall(off, 100)} (${rate(off, 100)}) | target 10 k/s: 100 µs | ${ratio(off / 100, 0.1)} |`,
  );
const simulate = mean('one scenario, 1,000,000 years');
const simulateFloor = mean('floor: bare Float64 loop');
if (simulate !== null)
  rows.push(
    `| \`simulate\`, one scenario, 1,000,000 years (draws, sort, summary) | ${simulate.toFixed(0)} ms (${(((1e6 / simulate) * 1000) / 1e6).toFixed(1)} M draws/s) | the same xoshiro128** draws in a bare Float64 loop, sorted: ${simulateFloor?.toFixed(0) ?? 'n/a'} ms | ${ratio(simulate, simulateFloor)} |`,
  );
const floorBatch = batch.floor;
for (const [label, key] of [
  ['`lexposure batch`, one scoring thread a core', 'lexposure batch'],
  ['`lexposure batch --workers 1`', 'lexposure batch --workers 1'],
]) {
  const b = batch[key];
  if (!b) continue;
  rows.push(
    `| ${label}, ${b.rows.toLocaleString('en')} generated mixed vendors (score, gaps, CSV out) | ${b.seconds.toFixed(1)} s: **${Math.round(b.rowsPerSecond).toLocaleString('en')} rows/s**, peak RSS ${Math.round(b.peakRssMb)} MB | read the file, write a line per row: ${floorBatch ? `${floorBatch.seconds.toFixed(2)} s, ${Math.round(floorBatch.peakRssMb)} MB` : 'n/a'} | ${floorBatch ? (b.seconds / floorBatch.seconds).toFixed(0) : 'n/a'} |`,
  );
}

const startFloor = mean('floor: node starts and exits');
for (const [label, name] of [
  ['import the core entry, a fresh process', 'import the core entry'],
  [
    'the CLI\u2019s first answer (`lexposure max --example saas-vendor`), a fresh process',
    'CLI first answer',
  ],
]) {
  const ms = mean(name);
  if (ms === null) continue;
  rows.push(
    `| ${label} | ${ms.toFixed(0)} ms, ${startFloor === null ? 'n/a' : (ms - startFloor).toFixed(0)} ms above the floor | Node starting and exiting: ${startFloor?.toFixed(0) ?? 'n/a'} ms | ${ratio(ms, startFloor)} |`,
  );
}

const others = [];
function alone(label, name, per) {
  const ms = mean(name);
  if (ms !== null) others.push(`| ${label} | ${perCall(ms, per)} | ${rate(ms, per, '')} |`);
}
alone('DSA Art 74(1) maximum (6 %)', 'legalMaximum DSA 74(1)', 1000);
alone('AI Act Art 99(3) maximum, SME status judged from the profile', 'legalMaximum AI Act 99(3)', 1000);
alone('`periodicPenalty`, DMA Art 31', 'periodicPenalty DMA 31', 1000);
alone('`parseProfile`', 'parseProfile alone', 1000);
alone(
  '`parseProfile` + `obligationsFor`, first call on a profile',
  'parseProfile + obligationsFor, first call',
  1000,
);
alone('`obligationsFor` again on the same parsed profile (remembered)', 'obligationsFor again', 1000);
alone('`edpbFine`, the range of every step', 'edpbFine, the range of every step', 1000);
alone('`edpbFine`, chosen points and a circumstance', 'edpbFine, chosen points', 1000);
alone('`icoFine`, EUR turnover converted to GBP', 'icoFine', 1000);
alone('`apFine`', 'apFine', 1000);
alone('`dskFine`', 'dskFine', 1000);
alone('`riskScore` from an estimate', 'riskScore from an estimate', 100);
alone('`sanctions.query` (894 records)', 'query: GDPR', 1);
alone('`sanctions.stats`', 'stats: GDPR', 1);
alone('`sanctions.comparables`, 3 closest', 'comparables for', 100);
alone('`simulate`, 1,000 vendors × 2 scenarios × 1,000 years', 'portfolio: 1,000 vendors', 1);

const machine = `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.versions.node}`;
const block = [
  '<!-- bench-table:start (written by `npm run bench`: scripts/bench-table.mjs) -->',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}:`,
  '',
  '| | ours | floor | × floor |',
  '|---|---|---|---|',
  ...rows,
  '',
  'Other entry points:',
  '',
  '| | per call | calls per second |',
  '|---|---|---|',
  ...others,
  '<!-- bench-table:end -->',
].join('\n');

const readme = readFileSync(readmeFile, 'utf8');
const start = readme.indexOf('<!-- bench-table:start');
const end = readme.indexOf('<!-- bench-table:end -->');
if (start < 0 || end < 0) throw new Error(`${readmeFile} has no bench-table markers`);
writeFileSync(
  readmeFile,
  readme.slice(0, start) + block + readme.slice(end + '<!-- bench-table:end -->'.length),
);
console.log(block);
