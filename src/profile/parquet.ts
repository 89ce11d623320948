// Profiling Parquet files: column by column within each row group, in this thread or, for a
// big dataset, in one worker thread with a small young generation.
//
// The worker is for memory, not speed. The main isolate's young generation cannot be limited at
// run time, and under Node 24 V8 grew it until profiling the 10M-row bench file took ≈ 300 MB
// (Node 20: ≈ 170 MB); in a worker with an 8 MB young generation it takes ≈ 190 MB (Node 20:
// ≈ 145 MB), for ≈ 0.1–0.2 s more CPU. Two workers over halves of the row groups were faster
// on a free machine but took 260–320 MB, so the dataset is not cut.

import { stat } from 'node:fs/promises';
import { isUserError, UserError } from '../errors.js';
import type { Problem } from '../errors.js';
import { readParquetColumns } from '../readers/parquet.js';
import type { ReadIssue } from '../readers/types.js';
import { Profiler } from './profiler.js';
import { runInWorker } from './thread.js';
import { adoptExactTransfer, exactTransferOf } from './exact.js';
import type { ExactTransfer } from './exact.js';
import type { Profile } from './types.js';

/** Below this a worker's start (≈ 40 ms) costs more than the memory it saves is worth. */
export const MIN_WORKER_BYTES = 8 << 20;

/** The work of a worker: a dataset of Parquet files. */
export interface ParquetJob {
  parquet: string[];
  nullValues?: string[];
  /** Keep the numeric values for exact drift (src/profile/exact.ts). */
  exact?: boolean;
}

/** The profile, or the problems of the error that stopped it; issues met until then either way. */
export type ParquetResult = { issues: ReadIssue[] } & ({ profile: Profile; exact?: ExactTransfer } | { problems: Problem[] });

export type RunParquet = (job: ParquetJob) => Promise<ParquetResult>;

/** Adds the rows of `file` to `profiler`, numbering them from `firstRow`; returns how many. */
export async function addParquet(profiler: Profiler, file: string, firstRow: number, onIssue: (issue: ReadIssue) => void): Promise<number> {
  let rows = 0;
  for await (const part of readParquetColumns(file, firstRow, onIssue)) {
    // A page's nulls are the cells it lacks: `endRows` counts them as such.
    if (part.kind === 'values') {
      if (part.nested) profiler.declareNested(part.name, part.nested);
      profiler.addColumn(part.name, part.values, part.values.length);
    }
    else {
      profiler.endRows(part.length);
      rows += part.length;
    }
  }
  return rows;
}

/** The profile of a dataset of Parquet files, as plain data: what a worker sends back. */
export async function profileParquetJob(job: ParquetJob): Promise<ParquetResult> {
  const issues: ReadIssue[] = [];
  const profiler = new Profiler({ nullValues: job.nullValues, exact: job.exact });
  let firstRow = 1;
  try {
    for (const file of job.parquet) firstRow += await addParquet(profiler, file, firstRow, (issue) => issues.push(issue));
  } catch (error) {
    if (isUserError(error)) return { issues, problems: error.problems };
    throw error;
  }
  const profile = profiler.finish();
  return { issues, profile, ...(job.exact ? { exact: exactTransferOf(profile) } : {}) };
}

/** Runs the job in a fresh worker thread of `script` (the bundled src/profile/worker.ts). */
export function inParquetWorker(script: string, signal?: AbortSignal): RunParquet {
  return (job) => runInWorker<ParquetJob, ParquetResult>(script, job, signal);
}

/**
 * The profile of the Parquet files `files` made by `run` (a worker), or undefined when they are
 * too small for it to pay, or cannot be looked at (the caller then profiles them in this thread,
 * which reports why). Issues and errors read exactly as in this thread.
 */
export async function profileParquetInWorker(
  files: string[], nullValues: string[] | undefined, onIssue: (issue: ReadIssue) => void, run: RunParquet, minBytes = MIN_WORKER_BYTES, exact = false,
): Promise<Profile | undefined> {
  let bytes = 0;
  try {
    for (const file of files) bytes += (await stat(file)).size;
  } catch {
    return undefined;
  }
  if (bytes < minBytes) return undefined;
  const result = await run({ parquet: files, nullValues, ...(exact ? { exact } : {}) });
  for (const issue of result.issues) onIssue(issue);
  if ('problems' in result) throw new UserError(result.problems);
  adoptExactTransfer(result.profile, result.exact);
  return result.profile;
}
