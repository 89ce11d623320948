// Entry of a profiling worker thread (bundled as dist/cli/worker/index.js): one part of a CSV
// file (or a dataset of Parquet files) in, its profile out. The Parquet reader is loaded only
// for Parquet jobs: compiling it in every CSV worker cost each one's start.

import { parentPort } from 'node:worker_threads';
import { profileCsvPart } from './part.js';
import type { PartJob } from './part.js';
import type { ParquetJob } from './parquet.js';
import type { ExactTransfer } from './exact.js';

async function profileParquet(job: ParquetJob): Promise<unknown> {
  const { profileParquetJob } = await import('./parquet.js');
  return profileParquetJob(job);
}

function transferables(result: unknown): ArrayBuffer[] {
  const exact = (result as { exact?: ExactTransfer }).exact;
  return exact ? exact.map(([, values]) => values.buffer as ArrayBuffer) : [];
}

parentPort?.once('message', (job: PartJob | ParquetJob) => {
  const work: Promise<unknown> = 'parquet' in job ? profileParquet(job) : profileCsvPart(job);
  work.then(
    // Exact values (src/profile/exact.ts) are moved, not copied.
    (result) => parentPort?.postMessage(result, transferables(result)),
    (error: unknown) => parentPort?.postMessage({ bug: error instanceof Error ? error.stack ?? error.message : String(error) }),
  );
});
