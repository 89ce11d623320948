// Entry of a profiling worker thread (bundled as dist/cli/worker/index.js): one part of a CSV
// file in, its profile out.

import { parentPort } from 'node:worker_threads';
import { profileCsvPart } from './part.js';
import type { PartJob } from './part.js';

parentPort?.once('message', (job: PartJob) => {
  profileCsvPart(job).then(
    (result) => parentPort?.postMessage(result),
    (error: unknown) => parentPort?.postMessage({ bug: error instanceof Error ? error.stack ?? error.message : String(error) }),
  );
});
