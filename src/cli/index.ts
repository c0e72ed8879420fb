import { createRequire } from 'node:module';
import { isBatchWorker } from './batch/worker-role.js';
import { run } from './main.js';

// `lexposure batch` scores on worker threads started from this same file. The scorer is loaded
// only there and by the commands that use it, so that `lexposure max` starts without it.
if (isBatchWorker()) (await import('./batch/worker.js')).serveBatchWorker();
else {
  const require = createRequire(import.meta.url);
  const { version } = require('../../package.json') as { version: string };

  // `lexposure batch ... | head -1`: a reader that closes the pipe ends the run quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });

  process.exitCode = await run(
    process.argv.slice(2),
    {
      stdout: (text) => process.stdout.write(`${text}\n`),
      stderr: (text) => process.stderr.write(`${text}\n`),
      today: () => new Date().toISOString().slice(0, 10),
      ...(process.stderr.isTTY
        ? { progress: (text: string) => process.stderr.write(`\r\x1b[2K${text}`) }
        : {}),
      workerScript: new URL(import.meta.url),
    },
    version,
  );
}
