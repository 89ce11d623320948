// Entry of a diff worker thread (bundled as dist/cli/diff-worker/index.js): a job in, its result out.

import { parentPort } from 'node:worker_threads';
import { isUserError } from '../errors.js';
import { runDiffJob, type DiffJob } from './jobs.js';
import { tableBuffers } from './keyTable.js';

// Jobs come one at a time; the thread is kept for the next one.
parentPort?.on('message', (job: DiffJob) => {
  runDiffJob(job).then(
    // Key tables are moved to the parent thread, not copied.
    (result) => parentPort?.postMessage(result, 'tables' in result && result.tables ? tableBuffers(result.tables) : []),
    (error: unknown) => parentPort?.postMessage(isUserError(error)
      ? { problems: error.problems }
      : { bug: error instanceof Error ? error.stack ?? error.message : String(error) }),
  );
});
