import { availableParallelism } from 'node:os';
import { BatchPool } from './pool.js';
import { type ChunkResult, type RowJob, type RowSettings, scoreChunk } from './row-job.js';

/** Rows a chunk holds: one message to a worker and back. */
export const CHUNK_ROWS = 256;

/** A file with fewer rows than this is scored on the main thread: a worker costs its start-up. */
export const POOL_AFTER_ROWS = 2048;

/** Chunks in flight a worker, at most: the reading waits for the writing, so memory stays flat. */
const CHUNKS_IN_FLIGHT = 4;

/** Chunks queued on every worker before the main thread scores one itself. */
const WORKER_QUEUE = 4;

/** The threads a run may score on. */
export interface ScoringThreads {
  /** The scorers, the main thread one of them (`--workers`); by default one a core, at most 8. */
  readonly workers: number | undefined;
  /** The script the worker threads run (the CLI's entry); absent, every row is scored here. */
  readonly workerScript: URL | undefined;
  /** The exchange rates as given (before parsing), for the worker threads to read again. */
  readonly fxSource: unknown;
}

/**
 * Scores the rows in chunks and hands each chunk's result on in the input's order, whichever
 * thread finished first. A small file is scored on the main thread alone; past POOL_AFTER_ROWS
 * rows, worker threads start, and the main thread, which also reads and writes, scores a chunk
 * itself whenever every worker already has its share queued. The chunks in flight are bounded.
 */
export class OrderedScoring {
  private readonly workers: number;
  /** The chunks sent and not yet handed on, in order. */
  private readonly inFlight: Promise<ChunkResult>[] = [];
  private pool: BatchPool | null = null;

  constructor(
    private readonly threads: ScoringThreads,
    private readonly deliver: (result: ChunkResult) => void,
  ) {
    this.workers = threads.workerScript ? (threads.workers ?? Math.min(8, availableParallelism())) : 1;
  }

  /**
   * Scores `jobs`, the rows read since the last call numbered from `firstRow`, and waits while
   * too many chunks are in flight: the reading waits for the writing, so memory stays flat.
   */
  async send(jobs: RowJob[], firstRow: number, settings: RowSettings): Promise<void> {
    if (jobs.length === 0) return;
    const pool = this.poolFor(firstRow + jobs.length - 1, settings);
    if (pool === null) {
      this.deliver(scoreChunk(jobs, firstRow, settings));
      return;
    }
    for (let i = 0; i < jobs.length; i += CHUNK_ROWS) {
      const part = jobs.slice(i, i + CHUNK_ROWS);
      this.inFlight.push(
        pool.leastQueued() >= WORKER_QUEUE
          ? Promise.resolve(scoreChunk(part, firstRow + i, settings))
          : pool.submit(part, firstRow + i),
      );
    }
    while (this.inFlight.length >= this.workers * CHUNKS_IN_FLIGHT) await this.deliverOne();
  }

  /** Waits for the chunks still in flight, handing each on in order. */
  async drain(): Promise<void> {
    while (this.inFlight.length > 0) await this.deliverOne();
  }

  /** Stops the worker threads, if they were started (the chunks still in flight are dropped). */
  async close(): Promise<void> {
    await this.pool?.close();
  }

  /** The pool, started once `rowsRead` says the file is large enough to be worth its start-up. */
  private poolFor(rowsRead: number, settings: RowSettings): BatchPool | null {
    const script = this.threads.workerScript;
    if (this.pool === null && this.workers > 1 && rowsRead > POOL_AFTER_ROWS && script) {
      // Parsed rates hold Decimals, which do not cross threads: the workers read them again.
      const { fx: _, ...plain } = settings;
      this.pool = new BatchPool(script, this.workers - 1, {
        kind: 'lexposure batch worker',
        settings: plain,
        fx: this.threads.fxSource,
      });
    }
    return this.pool;
  }

  private async deliverOne(): Promise<void> {
    const next = this.inFlight.shift();
    if (next) this.deliver(await next);
  }
}
