// Profiling one big CSV/TSV file with worker threads: the file is cut at record boundaries,
// each part is profiled in its own thread, and the part profiles are merged (profiles are
// mergeable: exact for counts and moments, within the sketch bounds for the rest). Anything
// unusual (a problem in a part, a cut that proved not to be a record boundary) falls back to
// the one-pass read, so errors read exactly as without workers.

import { stat } from 'node:fs/promises';
import { CsvParser } from '../readers/csv.js';
import { isGzip } from '../readers/format.js';
import { lineAt, lineBoundaries, recordBoundaries } from '../readers/split.js';
import { readText } from '../readers/text.js';
import type { ReadIssue } from '../readers/types.js';
import { profileCsvPart } from './part.js';
import type { PartJob, PartResult } from './part.js';
import { partsForBytes, runInWorker } from './thread.js';
import { mergeProfiles } from './profiler.js';
import { EXACT_PROFILE_VALUES, adoptExactTransfer } from './exact.js';
import type { Profile } from './types.js';
import type { ValueFormat } from './formats.js';

export { MIN_PARALLEL_BYTES } from './thread.js';

/** Profiles one part; an aborted `signal` may stop it (its promise then rejects). */
export type RunPart = (job: PartJob, signal?: AbortSignal) => Promise<PartResult>;

/** Runs each part in a fresh worker thread of `script`. */
export function inWorkers(script: string): RunPart {
  return (job, signal) => runInWorker<PartJob, PartResult>(script, job, signal);
}

/**
 * The first part on this thread, the others by `run`: for a command that does nothing else
 * meanwhile (`profile`), where this thread would only wait. It saves a worker's start (≈ 0.1 s of
 * CPU) and its warm-up, on a machine whose cores the parts already fill.
 */
export function withThisThread(run: RunPart): RunPart {
  return (job, signal) => (job.start === 0 ? profileCsvPart(job, signal) : run(job, signal));
}

/** How many parts to cut a file of `bytes` into: one per core, at most MAX_PARTS; 1 means no workers. */
export function partsFor(file: string, bytes: number): number {
  return isGzip(file) ? 1 : partsForBytes(bytes);
}

/** The header's names, or undefined when the file has none or it cannot be read (the one-pass read then reports why). */
async function headerOf(file: string, delimiter: string, end: number): Promise<string[] | undefined> {
  const parser = new CsvParser({ file, delimiter, firstRow: 1, onIssue: () => undefined, batchRows: 1 });
  try {
    for await (const chunk of readText(file, { start: 0, end })) {
      parser.push(chunk);
      parser.next();
      if (parser.columns) return parser.columns;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** The parts' results, or undefined when the header cannot be read. */
async function runParts(
  file: string, delimiter: string, nullValues: string[] | undefined, starts: number[], run: RunPart, signal?: AbortSignal, exact = false,
  formats?: Record<string, ValueFormat>, extra?: object,
): Promise<PartResult[] | undefined> {
  const { size } = await stat(file);
  const header = await headerOf(file, delimiter, starts[1]);
  if (!header) return undefined;
  const jobs: PartJob[] = starts.map((start, k) => ({
    file, delimiter, nullValues, start, end: k + 1 < starts.length ? starts[k + 1] : size, ...(formats ? { formats } : {}),
    ...(k > 0 ? { header } : {}),
    // The parts share the budget of one profile.
    ...(exact ? { exact: Math.floor(EXACT_PROFILE_VALUES / starts.length) } : {}),
    ...extra,
  }));
  return Promise.all(jobs.map((job) => run(job, signal)));
}

function sameStarts(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((start, k) => start === b[k]);
}

/**
 * The profile of `file` made by `parts` workers, or undefined when it should be read in one
 * pass instead. Issues reach `onIssue` in file order, with rows and lines of the whole file.
 *
 * The parts start at once on cuts after the first newline past each ideal cut, while this
 * thread, idle otherwise, counts quotes up to the cuts to find the record boundaries
 * (`recordBoundaries` reads half the file: 35 ms per 1M bench rows, before the workers could
 * start). Where a quoted newline made the quick cut wrong, the parts are stopped and run again
 * on the true boundaries.
 */
export async function profileCsvInParts(
  file: string, delimiter: string, nullValues: string[] | undefined, parts: number,
  onIssue: (issue: ReadIssue) => void, run: RunPart, keepExact = false, formats?: Record<string, ValueFormat>,
): Promise<Profile | undefined> {
  return (await readCsvInParts(file, delimiter, nullValues, parts, onIssue, run, keepExact, formats))?.profile;
}

/** A part that read to its end, with its rows and lines placed in the whole file. */
export interface PlacedPart {
  result: Extract<PartResult, { profile: Profile }>;
  /** Rows and lines of the file before the part's first (lines: as the parts counted them, else read where needed). */
  shift: { rows: number; lines: number };
}

/**
 * `profileCsvInParts`, with the parts themselves: `extra` goes into every part's job (more sinks
 * of the same read, src/scan/part.ts), and each part comes back placed in the whole file, so the
 * caller merges the sinks' states as the profiles are merged here.
 */
export async function readCsvInParts(
  file: string, delimiter: string, nullValues: string[] | undefined, parts: number,
  onIssue: (issue: ReadIssue) => void, run: RunPart, keepExact = false, formats?: Record<string, ValueFormat>, extra?: object,
): Promise<{ profile: Profile; parts: PlacedPart[] } | undefined> {
  if (parts < 2) return undefined;
  // A file that cannot be cut is read in one pass, which says what is wrong with it.
  const exact = recordBoundaries(file, parts).catch(() => [0]);
  const guess = await lineBoundaries(file, parts).catch(() => [0]);
  const controller = new AbortController();
  const running = guess.length < 2 ? undefined : runParts(file, delimiter, nullValues, guess, run, controller.signal, keepExact, formats, extra);
  // A rejection while the guess is being checked is handled below, not left unhandled.
  running?.catch(() => undefined);
  const starts = await exact;
  let results: PartResult[] | undefined;
  if (running && sameStarts(starts, guess)) results = await running;
  else {
    controller.abort();
    if (starts.length < 2) return undefined;
    results = await runParts(file, delimiter, nullValues, starts, run, undefined, keepExact, formats, extra);
  }
  if (!results) return undefined;
  const done: Extract<PartResult, { profile: Profile }>[] = [];
  for (const [k, result] of results.entries()) {
    if ('problems' in result) return undefined;
    if (result.pending && k + 1 < results.length) return undefined;
    adoptExactTransfer(result.profile, result.exact);
    done.push(result);
  }
  const placed: PlacedPart[] = [];
  let rowsBefore = 0;
  // Lines before each part, as its parser counted them (other sinks' examples carry lines too);
  // read from the file only for a part that did not say.
  let counted: number | undefined = 0;
  for (const [k, result] of done.entries()) {
    const linesBefore = counted ?? (k > 0 && (extra || result.issues.some((issue) => issue.line !== undefined)) ? (await lineAt(file, starts[k])) - 1 : 0);
    counted = counted === undefined || result.lines === undefined ? undefined : counted + result.lines;
    for (const issue of result.issues) {
      onIssue({
        ...issue,
        ...(issue.row !== undefined ? { row: issue.row + rowsBefore } : {}),
        ...(issue.line !== undefined ? { line: issue.line + linesBefore } : {}),
      });
    }
    placed.push({ result, shift: { rows: rowsBefore, lines: linesBefore } });
    rowsBefore += result.profile.rows;
  }
  // The parts' profiles are merged once and dropped: their values may be merged in place.
  return { profile: done.map((result) => result.profile).reduce((merged, next) => mergeProfiles(merged, next, true)), parts: placed };
}
