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
import type { KeyPartState } from '../diff/sideScan.js';

/** A part read for `check` (src/scan/part.ts): the contract's checks too; loaded only for those jobs. */
async function scanPart(job: ScanJob): Promise<unknown> {
  const { scanCsvPart } = await import('../scan/part.js');
  return scanCsvPart(job);
}

async function profileParquet(job: ParquetJob): Promise<unknown> {
  const { profileParquetJob } = await import('./parquet.js');
  return profileParquetJob(job);
}

function transferables(result: unknown): ArrayBuffer[] {
  const { exact, diff } = result as { exact?: ExactTransfer; diff?: KeyPartState };
  // A `check` part's key tables for the row diff (src/diff/sideScan.ts) are moved too.
  const tables = diff?.tables?.flatMap((table) => [table.nums, table.numAt, table.numHash, table.at, table.hash].map((part) => part.buffer as ArrayBuffer)) ?? [];
  return [...(exact ? exact.map(([, values]) => values.buffer as ArrayBuffer) : []), ...new Set(tables)];
}

// A worker is kept for the next job (src/profile/thread.ts): one job at a time, as they come.
parentPort?.on('message', (job: PartJob | ScanJob | ParquetJob) => {
  const work: Promise<unknown> = 'parquet' in job ? profileParquet(job) : 'contract' in job ? scanPart(job) : profileCsvPart(job);
  work.then(
    // Exact values (src/profile/exact.ts) are moved, not copied.
    (result) => parentPort?.postMessage(result, transferables(result)),
    (error: unknown) => parentPort?.postMessage({ bug: error instanceof Error ? error.stack ?? error.message : String(error) }),
  );
});
