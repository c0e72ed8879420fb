import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerSetup } from './pool.js';

/** Whether this thread was started as a batch worker (the CLI's entry asks before it runs). */
export function isBatchWorker(): boolean {
  return parentPort !== null && (workerData as WorkerSetup | null)?.kind === 'lexposure batch worker';
}
