// One part of a big CSV/TSV file read for `check`: the profiler and the contract validator are
// sinks of the same read, in a worker thread. Plain data in and out, as src/profile/part.ts.

import type { DatasetConfig } from '../config/schema.js';
import { ContractValidator, type ContractState } from '../contract/validator.js';
import { ContractFieldSink } from '../contract/fields.js';
import { readCsvPart, type PartJob, type PartResult } from '../profile/part.js';

export interface ScanJob extends PartJob {
  /** The dataset whose contract checks the part's rows. */
  contract: DatasetConfig;
}

export type ScanResult = PartResult & { contract?: ContractState };

export async function scanCsvPart(job: ScanJob): Promise<ScanResult> {
  const validator = new ContractValidator(job.contract, { nullValues: job.contract.null_values, track: true });
  const formats = new Map(Object.entries(job.formats ?? {}));
  // As the one-pass read: the contract reads its columns' fields in place, in their formats.
  const result = await readCsvPart(job, new ContractFieldSink(validator, formats));
  return 'problems' in result ? result : { ...result, contract: validator.toState() };
}
