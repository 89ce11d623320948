// A dataset's row diff inside `check`: with a key and a data baseline, the rows of both sides by
// key; with a profile baseline (or none) the diff is skipped and a gate says why.

import type { DatasetConfig, FileDatasetConfig } from '../config/schema.js';
import type { BaselineFile } from '../baseline/index.js';
import { columnRuleOf, diffSnapshots, type ColumnRule } from '../diff/index.js';
import type { DiffReport } from '../diff/types.js';
import { evaluateGate } from '../gates/index.js';
import { isProfileFile } from '../profile/index.js';
import type { ReadOptions } from '../readers/types.js';
import type { GateResult } from '../report/types.js';

export function keyOf(dataset: Pick<DatasetConfig, 'key'>): string[] | undefined {
  return typeof dataset.key === 'string' ? [dataset.key] : dataset.key;
}

export function diffOptionsOf(dataset: DatasetConfig, key: string[]) {
  const columns: Record<string, ColumnRule> = {};
  for (const [name, rule] of Object.entries(dataset.diff?.columns ?? {})) {
    columns[name] = columnRuleOf(rule, `datasets.${dataset.name}.diff.columns.${name}.tolerance`);
  }
  return { key, ignore: dataset.diff?.ignore, columns, examples: dataset.diff?.examples };
}

export async function diffDataset(
  dataset: FileDatasetConfig, currentFiles: string[], baselineFile: BaselineFile | null, options: ReadOptions,
): Promise<{ diff?: DiffReport; gates: GateResult[] }> {
  const key = keyOf(dataset);
  if (!key) return { gates: [] };
  const skip = (message: string) => ({ gates: [{ id: `${dataset.name}.diff`, kind: 'diff', dataset: dataset.name, status: 'skip' as const, message }] });
  if (!baselineFile) return skip('no baseline yet: the row diff by key starts with the next run');
  if (await isProfileFile(baselineFile.path)) return skip('the baseline is a profile, not data: the row diff by key needs a data baseline');
  // Read problems were already counted by the profiling pass over the same files.
  const diff = await diffSnapshots(
    { files: [baselineFile.path], options, label: baselineFile.source },
    { files: currentFiles, options, label: dataset.current },
    diffOptionsOf(dataset, key),
  );
  return { diff, gates: evaluateGate('diff', dataset.diff, { dataset: dataset.name, diff }) };
}
