// One dataset through the whole flow: read once (profile + contract in the same pass,
// src/scan/), load the baseline, compare, gate.

import { baselineGates } from './baselineGates.js';
import path from 'node:path';
import type { DatasetConfig, FileDatasetConfig } from '../config/schema.js';
import { isTableSource } from '../config/connections.js';
import type { Connections } from '../warehouse/connect.js';
import { checkTableDataset } from './tableDataset.js';
import type { BaselineResolver } from '../baseline/index.js';
import { resolveFiles } from '../readers/index.js';
import { releaseExactValues } from '../profile/exact.js';
import { scanDataset } from '../scan/index.js';
import type { ReadOptions } from '../readers/types.js';
import type { Profile } from '../profile/types.js';
import { contractGates } from '../gates/contract.js';
import { IssueTally } from '../gates/read.js';
import type { DatasetReport, GateResult } from '../report/types.js';
import { loadSnapshotProfile } from './snapshot.js';
import { diffDataset } from './diffDataset.js';
import { worstStatus } from './status.js';
import { confinedRead, type Workspace } from '../workspace/index.js';

export interface DatasetOutcome {
  report: DatasetReport;
  gates: GateResult[];
  profile: Profile;
}

export interface DatasetContext {
  dir: string;
  baselineResolver: BaselineResolver;
  now: Date;
  /** When set, every file of the dataset must be inside it (each file of a glob or folder). */
  workspace?: Workspace;
  /** The config's connections, opened on first use (a dataset whose current or baseline is a table). */
  connections?: Connections;
}

export function readOptionsOf(dataset: Pick<DatasetConfig, 'format' | 'delimiter' | 'decimal' | 'null_values'>): ReadOptions {
  return { format: dataset.format, delimiter: dataset.delimiter, decimal: dataset.decimal, nullValues: dataset.null_values };
}

export async function checkDataset(dataset: DatasetConfig, context: DatasetContext): Promise<DatasetOutcome> {
  const { current, baseline } = dataset;
  if (!isTableSource(current) && !isTableSource(baseline)) return checkFileDataset({ ...dataset, current, baseline }, context);
  return checkTableDataset(dataset, context);
}

async function checkFileDataset(dataset: FileDatasetConfig, context: DatasetContext): Promise<DatasetOutcome> {
  const options = readOptionsOf(dataset);
  // The pattern first (for a glob: its nearest existing folder), so nothing outside is even listed.
  confinedRead(context.workspace, path.resolve(context.dir, dataset.current), dataset.current);
  const files = await resolveFiles(dataset.current, context.dir);
  for (const file of files) {
    // Named as the config wrote it, or for a file of a glob or folder, relative to the config.
    const shown = path.resolve(context.dir, dataset.current) === file ? dataset.current : path.relative(context.dir, file).split(path.sep).join('/');
    confinedRead(context.workspace, file, shown);
  }
  const issues = new IssueTally();
  // One read of the current snapshot: profile and contract (in parallel parts for a big CSV file).
  const scan = await scanDataset(dataset, files, options, issues.add, { exact: dataset.baseline !== undefined });
  const validator = scan.validator;
  const profile = { ...scan.profile, ...(scan.delimiter !== undefined ? { delimiter: scan.delimiter } : {}), source: files.map((file) => relative(context.dir, file)) };

  const baselineFile = dataset.baseline ? await context.baselineResolver(dataset.baseline, dataset.current, { name: dataset.name, kind: 'dataset' }) : null;
  const baseline = baselineFile ? await loadSnapshotProfile(baselineFile.path, options) : null;

  const gates: GateResult[] = issues.gates(dataset.name);
  const report: DatasetReport = {
    name: dataset.name,
    status: 'pass',
    rows: { baseline: baseline?.rows ?? null, current: profile.rows },
    files: profile.source,
    baseline: baselineFile ? { source: baselineFile.source, ...(baselineFile.ref ? { ref: baselineFile.ref } : {}) } : null,
  };
  gates.push(...baselineGates(dataset, baseline, profile, report));
  if (baseline) {
    releaseExactValues(baseline);
    releaseExactValues(profile);
  }
  gates.push(...contractGates(validator, { current: profile, baseline, now: context.now }));
  const rowDiff = await diffDataset(dataset, files, baselineFile, options);
  if (rowDiff.diff) report.diff = rowDiff.diff;
  gates.push(...rowDiff.gates);
  for (const gate of gates) {
    gate.dataset ??= dataset.name;
    // Like every path in the report, example files are relative to the config's folder.
    for (const example of gate.examples ?? []) if (example.file) example.file = relative(context.dir, path.resolve(context.dir, example.file));
  }
  report.status = worstStatus(gates);
  return { report, gates, profile };
}

function relative(dir: string, file: string): string {
  const rel = path.relative(dir, file);
  return rel.startsWith('..') ? file : rel.split(path.sep).join('/');
}
