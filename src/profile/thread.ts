// Running profiling jobs on a pool of worker threads of the bundled worker script
// (src/profile/worker.ts, bundled as dist/cli/worker/index.js): used for the parts of a big CSV
// file and for Parquet datasets.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * The bundled worker script: worker/index.js beside the running bundle (the CLI's), or the
 * CLI's from the action bundle (dist/index.js), which shares it. None when run from sources.
 */
export function workerScript(bundleDir = path.dirname(fileURLToPath(import.meta.url))): string | undefined {
  return [path.join(bundleDir, 'worker', 'index.js'), path.join(bundleDir, 'cli', 'worker', 'index.js')].find((file) => existsSync(file));
}

/** Below this a worker's start (≈ 40 ms) and the merge cost more than they save. */
export const MIN_PARALLEL_BYTES = 32 << 20;
const MAX_PARTS = 4;

/** How many parts to cut a plain (not gzip) CSV file of `bytes` into: one per core, at most MAX_PARTS; 1 means no workers. */
export function partsForBytes(bytes: number): number {
  return bytes < MIN_PARALLEL_BYTES ? 1 : Math.min(MAX_PARTS, availableParallelism());
}

/**
 * Young generation of a worker. With V8's default each isolate's heap grew to ≈ 150 MB and two
 * workers took the process to 280–330 MB on the 1M-row bench file; at 8 MB it stays low, with
 * no difference in time we could measure on the shared 2-core machine (16–64 MB tried).
 */
const WORKER_YOUNG_MB = 8;

function startWorker(script: string): Worker {
  return new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
}

/** Jobs run at most this many at a time per script: one per core, as the parts are cut. */
function poolSize(): number {
  return Math.max(1, Math.min(MAX_PARTS, availableParallelism()));
}

interface Pending {
  job: unknown;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
  signal?: AbortSignal;
  /** Rejects the job if its signal aborts while it waits in the queue. */
  onQueuedAbort?: () => void;
}

/**
 * The workers of one script. Jobs queue here so that no more run than there are cores, and a
 * worker that ends a job while another waits takes it: `check` reads the current snapshot's
 * parts and then the baseline's on the same two workers, whose start (≈ 0.1 s of CPU each) and
 * compiled code are paid once. Prewarmed workers are unreferenced until a job takes them, so they
 * never hold the process.
 */
class Pool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Set<Worker>();
  private readonly queue: Pending[] = [];

  constructor(private readonly script: string) {}

  /** Starts workers until `count` exist (at most one per core). */
  warm(count: number): void {
    while (this.idle.length + this.busy.size < Math.min(count, poolSize())) this.idle.push(this.start());
  }

  run(pending: Pending): void {
    const { signal } = pending;
    if (signal?.aborted) {
      pending.reject(new Error('profiling job aborted'));
      return;
    }
    // A job stopped while it waits leaves the queue at once, not when a worker would take it.
    if (signal) {
      pending.onQueuedAbort = () => {
        const at = this.queue.indexOf(pending);
        if (at < 0) return;
        this.queue.splice(at, 1);
        pending.reject(new Error('profiling job aborted'));
      };
      signal.addEventListener('abort', pending.onQueuedAbort, { once: true });
    }
    this.queue.push(pending);
    this.next();
  }

  /** The next waiting job, no longer listening for an abort while queued (`assign` listens from now on). */
  private dequeue(): Pending | undefined {
    const pending = this.queue.shift();
    if (pending?.onQueuedAbort) pending.signal?.removeEventListener('abort', pending.onQueuedAbort);
    return pending;
  }

  private start(): Worker {
    const worker = startWorker(this.script);
    worker.unref();
    // A worker that fails to start is dropped; a job then starts a fresh one and sees why.
    worker.on('error', () => this.drop(worker));
    worker.on('exit', () => this.drop(worker));
    return worker;
  }

  private drop(worker: Worker): void {
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
    this.busy.delete(worker);
  }

  private next(): void {
    while (this.queue.length > 0 && (this.idle.length > 0 || this.busy.size < poolSize())) {
      this.assign(this.idle.shift() ?? this.start(), this.dequeue()!);
    }
  }

  /**
   * A worker that ended its job takes the next waiting one, or ends: kept idle, it would hold its
   * heap (a part's garbage, hundreds of MB for a file of huge fields) while this thread merges.
   */
  private reuse(worker: Worker): void {
    const pending = this.dequeue();
    if (pending) this.assign(worker, pending);
    else void worker.terminate();
  }

  private assign(worker: Worker, { job, resolve, reject, signal }: Pending): void {
    this.busy.add(worker);
    worker.ref();
    const settle = (): void => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      signal?.removeEventListener('abort', onAbort);
    };
    const onMessage = (message: unknown): void => {
      settle();
      this.busy.delete(worker);
      if (message !== null && typeof message === 'object' && 'bug' in message) reject(new Error(`profiling worker failed: ${String(message.bug)}`));
      else resolve(message);
      this.reuse(worker);
    };
    const onError = (error: Error): void => {
      settle();
      void worker.terminate();
      reject(error);
      this.next();
    };
    const onExit = (code: number): void => {
      settle();
      reject(new Error(`profiling worker stopped (exit code ${code})`));
      this.next();
    };
    // A stopped job's worker may still be reading a part: it is ended, not kept.
    const onAbort = (): void => {
      settle();
      this.drop(worker);
      void worker.terminate();
      reject(new Error('profiling job aborted'));
      this.next();
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      worker.postMessage(job);
    } catch (error) {
      // A job that cannot be sent (not cloneable): its worker would wait, referenced, forever.
      settle();
      this.drop(worker);
      void worker.terminate();
      reject(error);
      this.next();
    }
  }
}

const pools = new Map<string, Pool>();

function poolOf(script: string): Pool {
  let pool = pools.get(script);
  if (!pool) pools.set(script, pool = new Pool(script));
  return pool;
}

/**
 * Starts `count` workers of `script` now (at most one per core): each spends ≈ 70–100 ms
 * compiling its bundle, which then overlaps this thread's own start (loading modules, sniffing
 * the file's delimiter and formats) instead of following it.
 */
export function prewarmWorkers(script: string, count: number): void {
  poolOf(script).warm(count);
}

/** Runs `job` on a worker of `script`, queued while every core's worker is busy; an aborted `signal` stops it and rejects. */
export function runInWorker<Job, Result>(script: string, job: Job, signal?: AbortSignal): Promise<Result> {
  return new Promise((resolve, reject) => poolOf(script).run({ job, resolve: resolve as (result: unknown) => void, reject, signal }));
}
