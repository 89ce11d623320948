// Running one profiling job in a fresh worker thread of the bundled worker script
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

/** Workers started ahead of their jobs, by script; unreferenced, so unused ones never hold the process. */
const warm = new Map<string, Worker[]>();

/**
 * Starts `count` workers of `script` now: each spends ≈ 70–100 ms compiling its bundle, which
 * then overlaps this thread's own start (loading modules, sniffing the file's delimiter and
 * formats) instead of following it. `runInWorker` takes them first.
 */
export function prewarmWorkers(script: string, count: number): void {
  const started = warm.get(script) ?? [];
  while (started.length < count) {
    const worker = startWorker(script);
    worker.unref();
    // A warm worker that fails to start is dropped; a job then starts a fresh one and sees why.
    worker.once('error', () => {
      const at = started.indexOf(worker);
      if (at >= 0) started.splice(at, 1);
    });
    started.push(worker);
  }
  warm.set(script, started);
}

/** Runs `job` in a fresh worker thread of `script` (a prewarmed one when there is one); an aborted `signal` stops it and rejects. */
export function runInWorker<Job, Result>(script: string, job: Job, signal?: AbortSignal): Promise<Result> {
  return new Promise((resolve, reject) => {
    const ready = warm.get(script)?.shift();
    ready?.removeAllListeners('error');
    ready?.ref();
    const worker = ready ?? startWorker(script);
    signal?.addEventListener('abort', () => {
      void worker.terminate();
      reject(new Error('profiling job aborted'));
    }, { once: true });
    worker.once('message', (message: Result | { bug: string }) => {
      void worker.terminate();
      if (message !== null && typeof message === 'object' && 'bug' in message) reject(new Error(`profiling worker failed: ${message.bug}`));
      else resolve(message as Result);
    });
    worker.once('error', reject);
    worker.postMessage(job);
  });
}
