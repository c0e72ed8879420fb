import { Worker } from 'node:worker_threads';
import type { ChunkResult, RowJob, RowSettings } from './row-job.js';

/**
 * What a batch worker is started with: the run's settings, with the exchange rates as the caller
 * gave them (the worker reads them again; parsed rates hold Decimals, which do not cross threads).
 */
export interface WorkerSetup {
  readonly kind: 'lexposure batch worker';
  readonly settings: Omit<RowSettings, 'fx'>;
  readonly fx: unknown;
}

/** The old-generation heap of a worker, in MB (a row needs far less; the whole dataset is ~20 MB). */
const WORKER_HEAP_MB = 128;

interface Pending {
  readonly resolve: (result: ChunkResult) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Worker threads that score chunks of rows. Each chunk's result comes back as a promise; the
 * caller awaits them in the order it submitted them, so the output keeps the input's order
 * whichever worker finishes first.
 */
export class BatchPool {
  private readonly workers: { worker: Worker; inFlight: Map<number, Pending> }[] = [];
  private next = 0;
  private failure: Error | null = null;
  private closing = false;

  constructor(script: URL, size: number, setup: WorkerSetup) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, {
        workerData: setup,
        // A row's work is small and short-lived: without a bound V8 lets each thread's heap grow to
        // hundreds of MB of garbage, which the supplier base's memory budget does not have.
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      });
      const entry = { worker, inFlight: new Map<number, Pending>() };
      worker.on('message', (m: { id: number; result: ChunkResult }) => {
        const p = entry.inFlight.get(m.id);
        entry.inFlight.delete(m.id);
        p?.resolve(m.result);
      });
      const fail = (error: Error) => {
        this.failure ??= new Error(`a batch worker stopped: ${error.message}`);
        for (const p of entry.inFlight.values()) p.reject(this.failure);
        entry.inFlight.clear();
      };
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (code !== 0 && !this.closing) fail(new Error(`exit code ${code}`));
      });
      this.workers.push(entry);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /** The chunks in flight on the least busy worker. */
  leastQueued(): number {
    return this.workers.reduce((n, w) => Math.min(n, w.inFlight.size), Number.POSITIVE_INFINITY);
  }

  /** Scores a chunk on the least busy worker. */
  submit(jobs: readonly RowJob[], firstRow: number): Promise<ChunkResult> {
    if (this.failure) return Promise.reject(this.failure);
    const target = this.workers.reduce((a, b) => (b.inFlight.size < a.inFlight.size ? b : a));
    const id = this.next++;
    const result = new Promise<ChunkResult>((resolve, reject) => {
      target.inFlight.set(id, { resolve, reject });
      target.worker.postMessage({ id, jobs, firstRow });
    });
    // A run that stops on an error leaves chunks unread: their failure is not a second error.
    result.catch(() => {});
    return result;
  }

  /** Stops the workers (the chunks still in flight are dropped). */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
