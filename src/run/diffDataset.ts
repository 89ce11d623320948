// A dataset's row diff inside `check`: with a key and a data baseline, the rows of both sides by
// key, scanned by the reads that profile them; with a profile baseline (or none) the diff is
// skipped and a gate says why.

import type { DatasetConfig, FileDatasetConfig } from '../config/schema.js';
import type { BaselineFile } from '../baseline/index.js';
import { columnRuleOf, type ColumnRule, type DiffLimits } from '../diff/index.js';
import { prepareDiff, type PreparedDiff } from '../diff/prepared.js';
import type { DiffReport } from '../diff/types.js';
import { evaluateGate } from '../gates/index.js';
import { isProfileFile } from '../profile/index.js';
import type { ReadOptions } from '../readers/types.js';
import type { GateResult } from '../report/types.js';

export { keyOf } from './datasetKey.js';

export function diffOptionsOf(dataset: DatasetConfig, key: string[]) {
  const columns: Record<string, ColumnRule> = {};
  for (const [name, rule] of Object.entries(dataset.diff?.columns ?? {})) {
    columns[name] = columnRuleOf(rule, `datasets.${dataset.name}.diff.columns.${name}.tolerance`);
  }
  return { key, ignore: dataset.diff?.ignore, columns, examples: dataset.diff?.examples };
}

/**
 * The row diff of a dataset with a key, prepared before its sides are read so that the reads that
 * profile them feed it (src/scan/): `prepared` then has each side's key scan; without a data
 * baseline, `gates` says why there is no diff.
 */
export async function prepareRowDiff(
  dataset: FileDatasetConfig, key: string[], currentFiles: string[], baselineFile: BaselineFile | null, options: ReadOptions, limits?: DiffLimits,
): Promise<{ prepared?: PreparedDiff; gates: GateResult[] }> {
  const skip = (message: string) => ({ gates: [{ id: `${dataset.name}.diff`, kind: 'diff', dataset: dataset.name, status: 'skip' as const, message }] });
  if (!baselineFile) return skip('no baseline yet: the row diff by key starts with the next run');
  if (await isProfileFile(baselineFile.path)) return skip('the baseline is a profile, not data: the row diff by key needs a data baseline');
  const prepared = await prepareDiff(
    { files: [baselineFile.path], options, label: baselineFile.source },
    { files: currentFiles, options, label: dataset.current },
    diffOptionsOf(dataset, key), limits,
  );
  return { prepared, gates: [] };
}

/** The prepared row diff once both sides were read, with its gates. */
export async function finishRowDiff(dataset: FileDatasetConfig, prepared: PreparedDiff): Promise<{ diff: DiffReport; gates: GateResult[] }> {
  const diff = await prepared.finish();
  return { diff, gates: evaluateGate('diff', dataset.diff, { dataset: dataset.name, diff }) };
}
