// Profiling one byte range of a CSV/TSV file: the work of one worker thread. Plain data in and
// out, so it runs the same in a worker and, in tests, in-process.

import { isUserError } from '../errors.js';
import type { Problem } from '../errors.js';
import { CsvParser } from '../readers/csv.js';
import { readText } from '../readers/text.js';
import type { ReadIssue } from '../readers/types.js';
import { exactTransferOf } from './exact.js';
import type { ExactTransfer } from './exact.js';
import { Profiler } from './profiler.js';
import { profileRecords, type ChunkSink, type RowBatches, type RowFields } from './records.js';
import type { Profile } from './types.js';
import type { ValueFormat } from './formats.js';

export interface PartJob {
  file: string;
  delimiter: string;
  nullValues?: string[];
  /** Columns whose text reads in a format of their own (src/profile/formats.ts). */
  formats?: Record<string, ValueFormat>;
  start: number;
  end: number;
  /** For every part but the first, which starts after the header: the header's names. */
  header?: string[];
  /** Keep the numeric values (exact drift), within a budget of this many values. */
  exact?: number;
}

export type PartResult =
  | {
    profile: Profile;
    /** Rows are numbered from 1 and lines from the part's first line: the caller shifts them. */
    issues: ReadIssue[];
    /** The header, as the first part read it. */
    header: string[] | undefined;
    /** The part did not end on a record boundary (stray quotes fooled the cut). */
    pending: boolean;
    /** Its lines (newlines, quoted ones included): where the next part's lines start. */
    lines?: number;
    /** The part's numeric values, when the job asked for them. */
    exact?: ExactTransfer;
  }
  | { problems: Problem[] };

/** Profiles one part; an aborted `signal` stops the read at its next megabyte (the promise rejects). */
export async function profileCsvPart(job: PartJob, signal?: AbortSignal): Promise<PartResult> {
  return readCsvPart(job, undefined, undefined, signal);
}

/** One part of a CSV/TSV file through the profiler, and through `rows` and `tee` when given (src/scan/part.ts). */
export async function readCsvPart(job: PartJob, rows?: RowBatches | RowFields, tee?: ChunkSink, signal?: AbortSignal): Promise<PartResult> {
  const issues: ReadIssue[] = [];
  const profiler = new Profiler({ nullValues: job.nullValues, exact: job.exact });
  if (job.formats) profiler.useFormats(job.formats);
  const parser = new CsvParser({ file: job.file, delimiter: job.delimiter, firstRow: 1, onIssue: (issue) => issues.push(issue), header: job.header });
  let pending: boolean;
  try {
    // Text left over before the end means the part ends inside a record.
    pending = await profileRecords(readText(job.file, { start: job.start, end: job.end }, signal), parser, profiler, rows, tee);
  } catch (error) {
    if (isUserError(error)) return { problems: error.problems };
    throw error;
  }
  // States only: the caller merges the parts and summarises the whole file once.
  const profile = profiler.finish(false);
  return { profile, issues, header: parser.columns, pending, lines: parser.lineReached - 1, ...(job.exact !== undefined ? { exact: exactTransferOf(profile, true) } : {}) };
}
