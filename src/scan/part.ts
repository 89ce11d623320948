// One part of a big CSV/TSV file read for `check`: the profiler, the contract validator and (with
// a key and a data baseline) the row diff's key scan are sinks of the same read, in a worker
// thread. Plain data in and out, as src/profile/part.ts.

import type { DatasetConfig } from '../config/schema.js';
import { ContractValidator, contractBuffers, type ContractState } from '../contract/validator.js';
import { ContractFieldSink } from '../contract/fields.js';
import { scanPart, type KeyPartState, type KeyScanSpec } from '../diff/sideScan.js';
import { readCsvPart, type PartJob, type PartResult } from '../profile/part.js';

export interface ScanJob extends PartJob {
  /** The dataset whose contract checks the part's rows. */
  contract: DatasetConfig;
  /** The row diff's key scan of this side (src/diff/sideScan.ts). */
  diff?: KeyScanSpec;
}

export type ScanResult = PartResult & { contract?: ContractState; diff?: KeyPartState };

export async function scanCsvPart(job: ScanJob): Promise<ScanResult> {
  const validator = new ContractValidator(job.contract, { nullValues: job.contract.null_values, track: true });
  const formats = new Map(Object.entries(job.formats ?? {}));
  const keys = job.diff ? scanPart(job.diff, job.file, job.start) : undefined;
  // As the one-pass read: the contract reads its columns' fields in place, in their formats.
  const result = await readCsvPart(job, new ContractFieldSink(validator, formats), keys?.sink);
  if ('problems' in result) return result;
  return { ...result, contract: validator.toState(), ...(keys ? { diff: keys.finish() } : {}) };
}

/**
 * The buffers of a part's result to move, not copy, to the thread that merges it: the row diff's
 * key tables and the uniqueness sets (a million ids in a part are 8 MB, which a copy wrote twice
 * while the worker's next part waited: bench/README, "Issue 13, December 5").
 */
export function scanBuffers(result: Exclude<ScanResult, { problems: unknown }>): ArrayBuffer[] {
  const tables = result.diff?.tables?.flatMap((table) => [table.nums, table.numAt, table.numHash, table.at, table.hash].map((part) => part.buffer as ArrayBuffer)) ?? [];
  return [...tables, ...(result.contract ? contractBuffers(result.contract) : [])];
}
