// Running one profiling job in a fresh worker thread of the bundled worker script
// (src/profile/worker.ts, bundled as dist/cli/worker/index.js): used for the parts of a big CSV
// file and for Parquet datasets.

import { existsSync } from 'node:fs';
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

/**
 * Young generation of a worker. With V8's default each isolate's heap grew to ≈ 150 MB and two
 * workers took the process to 280–330 MB on the 1M-row bench file; at 8 MB it stays low, with
 * no difference in time we could measure on the shared 2-core machine (16–64 MB tried).
 */
const WORKER_YOUNG_MB = 8;

/** Runs `job` in a fresh worker thread of `script`; an aborted `signal` stops it and rejects. */
export function runInWorker<Job, Result>(script: string, job: Job, signal?: AbortSignal): Promise<Result> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
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
