import { parentPort, workerData } from 'node:worker_threads';
import { fxOptionsSchema } from '../../core/fx/schema.js';
import { parseInput } from '../../core/validation.js';
import type { WorkerSetup } from './pool.js';
import { type RowJob, scoreChunk } from './row-job.js';

/**
 * A batch worker: scores the chunks the main thread sends, with the same code the main thread
 * uses on its own, and sends each chunk's output back with its id.
 */
export function serveBatchWorker(): void {
  const setup = workerData as WorkerSetup;
  // The rates were checked by the main thread before the first row was read.
  const fx =
    setup.fx !== undefined ? parseInput(fxOptionsSchema, setup.fx, 'exchange rates', 'fx') : undefined;
  const settings = { ...setup.settings, fx };
  const port = parentPort;
  port?.on('message', (m: { id: number; jobs: RowJob[]; firstRow: number }) => {
    port.postMessage({ id: m.id, result: scoreChunk(m.jobs, m.firstRow, settings) });
  });
}
