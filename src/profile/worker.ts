// Entry of a profiling worker thread (bundled as dist/cli/worker/index.js): one part of a CSV
// file (or a dataset of Parquet files) in, its profile out, job after job; for `check`, its
// contract state too.
// The Parquet reader is loaded only for Parquet jobs: compiling it in every CSV worker cost each
// one's start.

import { parentPort } from 'node:worker_threads';
import { profileCsvPart } from './part.js';
import type { PartJob } from './part.js';
import type { ParquetJob } from './parquet.js';
import type { ExactTransfer } from './exact.js';
import type { ScanJob } from '../scan/part.js';

/** A result and the buffers it moves to the thread it goes to, rather than copying them. */
type Done = [result: unknown, transfer: ArrayBuffer[]];

/** The buffers of a part's exact values (src/profile/exact.ts). */
function exactBuffers(result: unknown): ArrayBuffer[] {
  const { exact } = result as { exact?: ExactTransfer };
  return exact ? exact.map(([, values]) => values.buffer as ArrayBuffer) : [];
}

/** A part read for `check` (src/scan/part.ts): the contract's checks too; loaded only for those jobs. */
async function scanPart(job: ScanJob): Promise<Done> {
  const { scanCsvPart, scanBuffers } = await import('../scan/part.js');
  const result = await scanCsvPart(job);
  return [result, [...new Set([...exactBuffers(result), ...('problems' in result ? [] : scanBuffers(result))])]];
}

async function profileParquet(job: ParquetJob): Promise<Done> {
  const { profileParquetJob } = await import('./parquet.js');
  const result = await profileParquetJob(job);
  return [result, exactBuffers(result)];
}

async function profilePart(job: PartJob): Promise<Done> {
  const result = await profileCsvPart(job);
  return [result, exactBuffers(result)];
}

// A worker is kept for the next job (src/profile/thread.ts): one job at a time, as they come.
parentPort?.on('message', (job: PartJob | ScanJob | ParquetJob) => {
  const work = 'parquet' in job ? profileParquet(job) : 'contract' in job ? scanPart(job) : profilePart(job);
  work.then(
    ([result, transfer]) => parentPort?.postMessage(result, transfer),
    (error: unknown) => parentPort?.postMessage({ bug: error instanceof Error ? error.stack ?? error.message : String(error) }),
  );
});
