import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { bench, describe } from 'vitest';

// Start-up as a user meets it, each in a fresh process beside its floor, Node starting and
// exiting with nothing to do: importing the built core entry, and the CLI's first answer (the
// legal maximum of the bundled SaaS vendor). The ratio to the floor is what the library adds.
const node = (args: string[]) => {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr}`);
};
const entry = resolve('dist/index.js');
const cli = resolve('dist/cli/index.js');
const options = { iterations: 15, time: 0, warmupIterations: 2 };

describe('start-up, a fresh process each', () => {
  bench('floor: node starts and exits', async () => node(['-e', '0']), options);
  bench(
    'import the core entry',
    async () => node(['--input-type=module', '-e', `await import(${JSON.stringify(entry)})`]),
    options,
  );
  bench(
    'CLI first answer: lexposure max --example saas-vendor',
    async () => node([cli, 'max', '--example', 'saas-vendor']),
    options,
  );
});
