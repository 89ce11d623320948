// Entry of a diff worker thread (bundled as dist/cli/diff-worker/index.js): one job in, its result out.

import { parentPort } from 'node:worker_threads';
import { isUserError } from '../errors.js';
import { runDiffJob, type DiffJob } from './jobs.js';

parentPort?.once('message', (job: DiffJob) => {
  runDiffJob(job).then(
    (result) => parentPort?.postMessage(result),
    (error: unknown) => parentPort?.postMessage(isUserError(error)
      ? { problems: error.problems }
      : { bug: error instanceof Error ? error.stack ?? error.message : String(error) }),
  );
});
