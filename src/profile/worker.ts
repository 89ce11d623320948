// Entry of a profiling worker thread (bundled as dist/cli/worker/index.js): one part of a CSV
// file (or a dataset of Parquet files) in, its profile out.

import { parentPort } from 'node:worker_threads';
import { profileCsvPart } from './part.js';
import type { PartJob } from './part.js';
import { profileParquetJob } from './parquet.js';
import type { ParquetJob } from './parquet.js';

parentPort?.once('message', (job: PartJob | ParquetJob) => {
  const work: Promise<unknown> = 'parquet' in job ? profileParquetJob(job) : profileCsvPart(job);
  work.then(
    (result) => parentPort?.postMessage(result),
    (error: unknown) => parentPort?.postMessage({ bug: error instanceof Error ? error.stack ?? error.message : String(error) }),
  );
});
