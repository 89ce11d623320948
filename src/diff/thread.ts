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

/** Runs jobs in worker threads that are kept for the next job (a worker's start costs ≈ 0.1 s of CPU). */
export interface DiffWorkers {
  run: RunDiffJob;
  /** Ends the idle workers; call it once no job is running. */
  close(): Promise<void>;
}

export function inDiffWorkers(script: string): DiffWorkers {
  const idle: Worker[] = [];
  const all = new Set<Worker>();
  const run: RunDiffJob = (job) => new Promise((resolve, reject) => {
    let worker = idle.pop();
    if (!worker) {
      worker = new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB, maxOldGenerationSizeMb: OLD_MB } });
      all.add(worker);
    }
    const current = worker;
    const done = () => {
      current.off('message', onMessage);
      current.off('error', onError);
    };
    const onMessage = (message: DiffJobResult | { bug: string } | { problems: Problem[] }) => {
      done();
      idle.push(current);
      if (!Array.isArray(message) && 'bug' in message) reject(new Error(`diff worker failed: ${message.bug}`));
      else if (!Array.isArray(message) && 'problems' in message) reject(new UserError(message.problems));
      else resolve(message);
    };
    const onError = (error: Error) => {
      done();
      all.delete(current);
      void current.terminate();
      reject(error);
    };
    current.on('message', onMessage);
    current.on('error', onError);
    current.postMessage(job);
  });
  return {
    run,
    async close() {
      await Promise.all([...all].map((worker) => worker.terminate()));
      all.clear();
      idle.length = 0;
    },
  };
}
