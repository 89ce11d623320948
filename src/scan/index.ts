// One read of a dataset's snapshot for `check`: the profiler, the contract validator and the row
// diff's key scan (with a key and a data baseline; the baseline is read so too) are sinks of the
// same pass. A single big CSV/TSV file is cut into parts read by worker threads,
// as `profile` does, and the sinks' states merge (profiles as profiles do; the contract's counts,
// uniqueness sets and examples in row order, src/contract/validator.ts). Anything else, or a part
// that went wrong, is read in one pass on this thread, which reports what is wrong.

import { stat } from 'node:fs/promises';
import type { DatasetConfig } from '../config/schema.js';
import { ContractValidator } from '../contract/validator.js';
import { detectFormat, readBatches } from '../readers/index.js';
import type { ReadIssue, ReadOptions } from '../readers/types.js';
import { Profiler } from '../profile/profiler.js';
import { profileCsvFile } from '../profile/records.js';
import { csvReadingOf } from '../profile/csvReading.js';
import { ContractFieldSink } from '../contract/fields.js';
import { inWorkers, partsFor, readCsvInParts, type RunPart } from '../profile/parallel.js';
import { workerScript, prewarmWorkers } from '../profile/thread.js';
import type { Profile } from '../profile/types.js';
import type { ScanResult } from './part.js';
import type { KeyScan } from '../diff/sideScan.js';

export interface ScanOutcome {
  profile: Profile;
  /** Every row went through it; `finish` gives the contract's results. */
  validator: ContractValidator;
  /** The first CSV/TSV file's delimiter, when there is one. */
  delimiter?: string;
}

export interface ScanOptions {
  /** Keep the numeric values for exact drift statistics (a baseline is compared in this run). */
  exact: boolean;
  /** Runs a part; by default a worker thread of the bundled worker, where it exists (the CLI). */
  run?: RunPart;
  /** Parts to cut a big file into; by default one per core (src/profile/parallel.ts). */
  parts?: number;
  /** The row diff's key scan of these files (src/diff/sideScan.ts), a sink of the same read. */
  diff?: KeyScan;
  /** Called once the read has begun: its parts are queued on the workers, or its one-pass read starts. */
  begun?: () => void;
}

export async function scanDataset(
  dataset: DatasetConfig, files: string[], options: ReadOptions, onIssue: (issue: ReadIssue) => void, scan: ScanOptions,
): Promise<ScanOutcome> {
  return await scanInParts(dataset, files, options, onIssue, scan) ?? scanInOnePass(dataset, files, options, onIssue, scan);
}

async function scanInParts(
  dataset: DatasetConfig, files: string[], options: ReadOptions, onIssue: (issue: ReadIssue) => void, scan: ScanOptions,
): Promise<ScanOutcome | undefined> {
  if (files.length !== 1) return undefined;
  const [file] = files;
  const format = detectFormat(file, options.format);
  if (format !== 'csv' && format !== 'tsv') return undefined;
  const script = scan.run ? undefined : workerScript();
  const queue = scan.run ?? (script ? inWorkers(script) : undefined);
  if (!queue) return undefined;
  // The parts are queued in one go, so the first is the signal that all are.
  const run: RunPart = (job, signal) => {
    const result = queue(job, signal);
    scan.begun?.();
    return result;
  };
  let bytes: number;
  try {
    bytes = (await stat(file)).size;
  } catch {
    return undefined;
  }
  const parts = scan.parts ?? partsFor(file, bytes);
  if (parts < 2) return undefined;
  // The workers start while this thread reads the file's first lines for its delimiter and formats.
  if (script) prewarmWorkers(script, parts);
  const reading = await csvReadingOf(file, format, options);
  const read = await readCsvInParts(
    file, reading.delimiter, options.nullValues, parts, onIssue, run, scan.exact, Object.fromEntries(reading.formats),
    { contract: dataset, ...(scan.diff ? { diff: scan.diff.partSpec(parts) } : {}) },
  );
  if (!read) return undefined;
  const validator = new ContractValidator(dataset, { nullValues: dataset.null_values });
  for (const [k, { result, shift }] of read.parts.entries()) {
    const { contract, diff } = result as ScanResult;
    if (!contract || (scan.diff && !diff)) return undefined;
    validator.absorb(contract, shift, k === read.parts.length - 1);
  }
  scan.diff?.join(read.parts.map(({ result }) => (result as ScanResult).diff!), read.parts.map(({ shift }) => shift.rows));
  return { profile: read.profile, validator, delimiter: reading.delimiter };
}

async function scanInOnePass(
  dataset: DatasetConfig, files: string[], options: ReadOptions, onIssue: (issue: ReadIssue) => void, scan: ScanOptions,
): Promise<ScanOutcome> {
  scan.begun?.();
  const profiler = new Profiler({ nullValues: dataset.null_values, exact: scan.exact });
  const validator = new ContractValidator(dataset, { nullValues: dataset.null_values });
  let firstRow = 1;
  let delimiter: string | undefined;
  for (const [index, file] of files.entries()) {
    const format = detectFormat(file, options.format);
    if (format === 'csv' || format === 'tsv') {
      const reading = await csvReadingOf(file, format, options);
      delimiter ??= reading.delimiter;
      profiler.useFormats(reading.formats);
      // Fields are profiled and checked in place; those of a column with a format (`1.234,56`,
      // `Y`) are checked as the values the profile read. The row diff's key scan, when there is
      // one, is a third sink of the same records.
      firstRow = await profileCsvFile(
        file, reading.delimiter, firstRow, profiler, onIssue, new ContractFieldSink(validator, reading.formats), scan.diff?.csvFile(index, file),
      );
      continue;
    }
    const fileFirstRow = firstRow;
    for await (const batch of readBatches([file], options, onIssue, firstRow)) {
      profiler.add(batch);
      validator.add(batch);
      scan.diff?.batch(batch, index, fileFirstRow);
      firstRow = batch.firstRow + batch.length;
    }
  }
  return { profile: profiler.finish(), validator, ...(delimiter !== undefined ? { delimiter } : {}) };
}
