// The profile stage's public face: profile files or batches, merge profiles, read them back,
// and hand the drift code the numeric sample and category counts a column's state holds.

import path from 'node:path';
import { stat } from 'node:fs/promises';
import { detectFormat, readBatches } from '../readers/index.js';
import type { ReadIssue, ReadOptions } from '../readers/types.js';
import { CategoryCounter } from './categories.js';
import { NumericSample } from './sample.js';
import { exactSampleOf } from './exact.js';
import type { ColumnState } from './state.js';
import { inWorkers, partsFor, profileCsvInParts, withThisThread, type RunPart } from './parallel.js';
import { prewarmWorkers, workerScript } from './thread.js';
import { Profiler } from './profiler.js';
import { profileCsvFile } from './records.js';
import { csvReadingOf } from './csvReading.js';
import type { CsvReading } from './csvReading.js';
import type { CategoryCounts, ColumnProfile, Profile, WeightedSample } from './types.js';

export { Profiler, mergeProfiles } from './profiler.js';
export type { ProfilerOptions } from './profiler.js';
export { isProfileFile } from './profileFile.js';
export { EXACT_VALUES, KLL_K } from './sample.js';
export { EXACT_COLUMN_VALUES, EXACT_PROFILE_VALUES } from './exact.js';
export { EXACT_CATEGORIES, KEPT_CATEGORIES } from './categories.js';
export type { CategoryCounts, ColumnProfile, ColumnType, Profile, WeightedSample } from './types.js';

/** How `profileFiles` runs. */
export interface ProfileRun {
  /** Keep every numeric value, for exact drift statistics in this run (src/profile/exact.ts). */
  exact?: boolean;
  /**
   * Stops the read (parts and workers, or the one-pass read at its next megabyte or batch), and
   * the promise rejects with its reason: how a `check` lets go of a baseline it no longer needs.
   */
  signal?: AbortSignal;
  /** This thread profiles one part of a big CSV file itself: set where it has nothing else to do. */
  thisThread?: boolean;
}

/**
 * The profile of the dataset `files`, its rows in one streaming pass. Parquet files are read
 * column by column within each row group, which the profiler allows and which keeps only one
 * decoded column in memory instead of a whole row group; a big dataset of Parquet files is
 * profiled so in a worker thread, for memory (src/profile/parquet.ts). One big CSV/TSV file is
 * cut into parts profiled by worker threads (and this one, with `thisThread`). Workers only where
 * the bundled worker exists (the CLI).
 */
export async function profileFiles(files: string[], options: ReadOptions, onIssue: (issue: ReadIssue) => void, run: ProfileRun = {}): Promise<Profile> {
  const { exact = false, signal, thisThread = false } = run;
  signal?.throwIfAborted();
  if (files.length === 1) await prewarmParts(files[0], options, thisThread);
  const readings = await csvReadings(files, options);
  const parallel = files.length === 1 ? await profileInParts(files[0], options, readings, onIssue, exact, signal, thisThread) : undefined;
  const parquet = parallel ?? await profileParquetFiles(files, options, onIssue, exact, signal);
  const profile = parquet ?? await profileInOnePass(files, options, readings, onIssue, exact, signal);
  const [first] = readings.values();
  if (first) profile.delimiter = first.delimiter;
  profile.source = files.map((file) => path.relative(process.cwd(), file) || file);
  return profile;
}

/** How each CSV/TSV file of `files` reads (delimiter, value formats), from its first lines. */
export async function csvReadings(files: string[], options: ReadOptions): Promise<Map<string, CsvReading>> {
  const readings = new Map<string, CsvReading>();
  for (const file of files) {
    const format = detectFormat(file, options.format);
    if (format === 'csv' || format === 'tsv') readings.set(file, await csvReadingOf(file, format, options));
  }
  return readings;
}

/** Starts the workers of a big CSV file's parts before its first lines are read for its delimiter and formats. */
async function prewarmParts(file: string, options: ReadOptions, thisThread: boolean): Promise<void> {
  const format = detectFormat(file, options.format);
  const script = workerScript();
  if (!script || (format !== 'csv' && format !== 'tsv')) return;
  const parts = partsFor(file, await stat(file).then((found) => found.size, () => 0));
  if (parts > 1) prewarmWorkers(script, thisThread ? parts - 1 : parts);
}

async function profileInParts(
  file: string, options: ReadOptions, readings: Map<string, CsvReading>, onIssue: (issue: ReadIssue) => void, exact: boolean, signal: AbortSignal | undefined,
  thisThread: boolean,
): Promise<Profile | undefined> {
  const reading = readings.get(file);
  const script = workerScript();
  if (!reading || !script) return undefined;
  let bytes: number;
  try {
    bytes = (await stat(file)).size;
  } catch {
    return undefined;
  }
  const run = thisThread ? withThisThread(inWorkers(script)) : inWorkers(script);
  return profileCsvInParts(file, reading.delimiter, options.nullValues, partsFor(file, bytes), onIssue, stoppable(run, signal), exact, Object.fromEntries(reading.formats));
}

/** `run`, its parts also stopped by `signal`. */
function stoppable(run: RunPart, signal: AbortSignal | undefined): RunPart {
  if (!signal) return run;
  return (job, stop) => run(job, stop ? AbortSignal.any([stop, signal]) : signal);
}

/** A dataset of Parquet files only, profiled in a worker where the bundled worker exists (the CLI). */
async function profileParquetFiles(files: string[], options: ReadOptions, onIssue: (issue: ReadIssue) => void, exact: boolean, signal: AbortSignal | undefined): Promise<Profile | undefined> {
  const script = workerScript();
  if (!script || files.length === 0 || files.some((file) => detectFormat(file, options.format) !== 'parquet')) return undefined;
  // Loaded only for Parquet, as the readers' Parquet reader.
  const { inParquetWorker, profileParquetInWorker } = await import('./parquet.js');
  return profileParquetInWorker(files, options.nullValues, onIssue, inParquetWorker(script, signal), undefined, exact);
}

async function profileInOnePass(
  files: string[], options: ReadOptions, readings: Map<string, CsvReading>, onIssue: (issue: ReadIssue) => void, exact: boolean, signal: AbortSignal | undefined,
): Promise<Profile> {
  const profiler = new Profiler({ nullValues: options.nullValues, exact });
  let firstRow = 1;
  for (const file of files) {
    signal?.throwIfAborted();
    const format = detectFormat(file, options.format);
    if (format === 'parquet') {
      const { addParquet } = await import('./parquet.js');
      firstRow += await addParquet(profiler, file, firstRow, onIssue);
    } else if (format === 'csv' || format === 'tsv') {
      const reading = readings.get(file) ?? await csvReadingOf(file, format, options);
      profiler.useFormats(reading.formats);
      firstRow = await profileCsvFile(file, reading.delimiter, firstRow, profiler, onIssue, undefined, undefined, signal);
    } else {
      for await (const batch of readBatches([file], options, onIssue, firstRow)) {
        signal?.throwIfAborted();
        profiler.add(batch);
        firstRow = batch.firstRow + batch.length;
      }
    }
  }
  return profiler.finish();
}

function stateOf(column: ColumnProfile): ColumnState | undefined {
  return column.state as ColumnState | undefined;
}

/**
 * Sorted non-null values of a numeric column: every value when this run kept them (a data file
 * profiled for a comparison, src/profile/exact.ts), else exact under the sketch's budget and KLL
 * items beyond it.
 */
export function numericSample(column: ColumnProfile): WeightedSample | undefined {
  const state = stateOf(column);
  if ((column.type !== 'integer' && column.type !== 'number') || !state?.sample) return undefined;
  const exact = exactSampleOf(column);
  if (exact) return exact;
  return NumericSample.fromState(state.sample).weighted();
}

/** Counts per text value: exact under the budget, heavy hitters plus `other` beyond it. */
export function categoryCounts(column: ColumnProfile): CategoryCounts | undefined {
  const state = stateOf(column);
  if (!state) return undefined;
  return CategoryCounter.fromState(state.categories).snapshot();
}
