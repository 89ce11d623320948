// Running a diff job in a worker thread of the bundled diff worker (dist/cli/diff-worker/index.js);
// a user mistake found there (an unreadable row) comes back as the same UserError.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UserError, type Problem } from '../errors.js';
import type { DiffJob, DiffJobResult } from './jobs.js';

/** The bundled worker beside the running bundle (the CLI's), or the CLI's from the action bundle. None from sources. */
export function diffWorkerScript(bundleDir = path.dirname(fileURLToPath(import.meta.url))): string | undefined {
  return [path.join(bundleDir, 'diff-worker', 'index.js'), path.join(bundleDir, 'cli', 'diff-worker', 'index.js')].find((file) => existsSync(file));
}

/** Measured on the 1M-row bench: 16 and 48 MB cost the same CPU time; 16 keeps RSS lower. */
const YOUNG_MB = 16;
/**
 * Without a cap V8 let each worker's old generation grow (10M rows a side: 1.2 GB RSS); capped,
 * it collects sooner at no cost in time measured (1M rows: RSS 459 → 339 MB). A worker holds one
 * partition of each side at most (≈ 8M characters each), well within it.
 */
const OLD_MB = 128;

export type RunDiffJob = (job: DiffJob) => Promise<DiffJobResult>;

export function inDiffWorkers(script: string): RunDiffJob {
  return (job) => new Promise((resolve, reject) => {
    const worker = new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB, maxOldGenerationSizeMb: OLD_MB } });
    worker.once('message', (message: DiffJobResult | { bug: string } | { problems: Problem[] }) => {
      void worker.terminate();
      if ('bug' in message) reject(new Error(`diff worker failed: ${message.bug}`));
      else if ('problems' in message) reject(new UserError(message.problems));
      else resolve(message);
    });
    worker.once('error', reject);
    worker.postMessage(job);
  });
}
