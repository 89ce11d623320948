// A dataset whose current snapshot is a table (or query) in a connection: profiled and checked by
// the engine, then compared and gated exactly as a file's. The baseline is a table, a data file
// or a stored profile. What the engine did is reported as the dataset's `cost`.

import { baselineGates } from './baselineGates.js';
import type { DatasetConfig, FileDatasetConfig } from '../config/schema.js';
import { isTableSource, type SampleConfig } from '../config/connections.js';
import { UserError } from '../errors.js';
import type { BaselineFile } from '../baseline/index.js';
import { isProfileFile } from '../profile/index.js';
import { releaseExactValues } from '../profile/exact.js';
import type { Profile } from '../profile/types.js';
import type { DatasetReport, GateResult } from '../report/types.js';
import { contractGatesOfTable } from '../warehouse/contract.js';
import type { Connections, SourceClient } from '../warehouse/connect.js';
import { diffTables, diffTableWithFile } from '../warehouse/diff.js';
import { sourceLabel } from '../warehouse/dialect.js';
import { profileTable, type TableProfileOptions } from '../warehouse/profile.js';
import type { TableSource } from '../warehouse/types.js';
import type { DatasetContext, DatasetOutcome } from './dataset.js';
import { readOptionsOf } from './dataset.js';
import { loadSnapshotProfile } from './snapshot.js';
import { worstStatus } from './status.js';

/** profileTable's options with the dataset's `sample:` (the pushdown profile reads it; see the lead's note). */
type ProfileOptions = TableProfileOptions & { sample?: SampleConfig };

export async function checkTableDataset(dataset: DatasetConfig, context: DatasetContext): Promise<DatasetOutcome> {
  const connections = context.connections;
  if (!connections) throw new Error('checkTableDataset needs the run\'s connections');
  // The config check refuses a file current with a table baseline; this is the net under it.
  if (!isTableSource(dataset.current)) throw new UserError(`dataset ${dataset.name}: a table baseline needs a table current (connection and table or query)`);
  const currentSource: TableSource = dataset.current;
  const compared = dataset.baseline !== undefined;
  const options: ProfileOptions = { exact: compared, ...(dataset.sample ? { sample: dataset.sample } : {}) };

  const current = await connections.forSource(currentSource, dataset.name);
  const profile: Profile = (await profileTable(current.client, current.dialect, currentSource, options)).profile;

  const loaded = await loadBaseline(dataset, connections, context, { ...options, exact: true });
  const { baseline, described } = loaded;

  const gates: GateResult[] = [];
  const report: DatasetReport = {
    name: dataset.name,
    status: 'pass',
    rows: { baseline: baseline?.rows ?? null, current: profile.rows },
    source: sourceLabel(currentSource),
    baseline: described,
  };
  gates.push(...baselineGates(dataset, baseline, profile, report));
  const contract = await contractGatesOfTable(current.client, current.dialect, currentSource, dataset, { current: profile, baseline, now: context.now });
  gates.push(...contract.gates);
  if (baseline) releaseExactValues(baseline);
  releaseExactValues(profile);
  let rowsPulled: number | undefined;
  if (dataset.key !== undefined) {
    const diffed = await rowDiff(dataset, currentSource, current, connections, loaded, report);
    gates.push(...diffed.gates);
    rowsPulled = diffed.rowsPulled;
  }
  for (const gate of gates) gate.dataset ??= dataset.name;
  // Every statement the dataset ran, on either side, as its connections counted them.
  const cost = connections.costOf(dataset.name);
  if (cost) report.cost = rowsPulled === undefined ? cost : { ...cost, rowsPulled };
  report.status = worstStatus(gates);
  return { report, gates, profile };
}

/**
 * The row diff by key: against a table baseline, joined in the engine when both sides share a
 * connection, by checksums across two; against a data file baseline, by checksums with the file
 * hashed here as it streams (no second engine).
 */
async function rowDiff(
  dataset: DatasetConfig, currentSource: TableSource, current: SourceClient, connections: Connections, loaded: LoadedBaseline, report: DatasetReport,
): Promise<{ gates: GateResult[]; rowsPulled?: number }> {
  const spec = dataset.baseline;
  const skip = (why: string) => ({ gates: [{ id: `${dataset.name}.diff`, kind: 'diff' as const, dataset: dataset.name, status: 'skip' as const, message: `row diff skipped: ${why}` }] });
  if (spec === undefined) return skip('no baseline configured');
  let result;
  if (isTableSource(spec)) {
    const baselineSide = spec.connection === currentSource.connection ? current : await connections.forSource(spec, dataset.name);
    result = await diffTables({ baseline: { ...baselineSide, source: spec }, current: { ...current, source: currentSource } }, dataset);
  } else {
    if (!loaded.file) return skip('no baseline yet: the row diff by key starts with the next run');
    if (await isProfileFile(loaded.file.path)) return skip('the baseline is a profile, not data: the row diff by key needs a data baseline');
    const fileOptions = readOptionsOf(dataset as Pick<FileDatasetConfig, 'format' | 'delimiter' | 'decimal' | 'null_values'>);
    result = await diffTableWithFile({ ...current, source: currentSource }, { files: [loaded.file.path], options: fileOptions, label: loaded.file.source }, dataset);
  }
  if (result.diff) report.diff = result.diff;
  return { gates: result.gates, rowsPulled: result.cost.rowsPulled };
}

interface LoadedBaseline { baseline: Profile | null; described: DatasetReport['baseline']; file?: BaselineFile }

/** The baseline profile: a table's (profiled in its engine), or a file's or stored profile's as for files. */
async function loadBaseline(dataset: DatasetConfig, connections: Connections, context: DatasetContext, options: ProfileOptions): Promise<LoadedBaseline> {
  const spec = dataset.baseline;
  if (spec === undefined) return { baseline: null, described: null };
  if (isTableSource(spec)) {
    const side = await connections.forSource(spec, dataset.name);
    const profiled = await profileTable(side.client, side.dialect, spec, options);
    return { baseline: profiled.profile, described: { source: sourceLabel(spec) } };
  }
  // A file or stored profile: named as for a file dataset; `current` for the resolver is the table's label.
  const label = isTableSource(dataset.current) ? sourceLabel(dataset.current) : dataset.current;
  const file = await context.baselineResolver(spec, label, { name: dataset.name, kind: 'dataset' });
  if (!file) return { baseline: null, described: null };
  const fileOptions = readOptionsOf(dataset as Pick<FileDatasetConfig, 'format' | 'delimiter' | 'decimal' | 'null_values'>);
  return {
    baseline: await loadSnapshotProfile(file.path, fileOptions),
    described: { source: file.source, ...(file.ref ? { ref: file.ref } : {}) },
    file,
  };
}
