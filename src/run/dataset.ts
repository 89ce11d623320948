// One dataset through the whole flow: read once (profile + contract + the row diff's key scan in
// the same pass, src/scan/), load the baseline (a data baseline with a key: read once too),
// compare, gate.

import path from 'node:path';
import type { DatasetConfig, FileDatasetConfig } from '../config/schema.js';
import { isTableSource } from '../config/connections.js';
import type { Connections } from '../warehouse/connect.js';
import type { BaselineFile, BaselineResolver } from '../baseline/index.js';
import { resolveFiles } from '../readers/index.js';
import { releaseExactValues } from '../profile/exact.js';
import { scanDataset, type ScanOptions } from '../scan/index.js';
import type { ReadOptions } from '../readers/types.js';
import type { Profile } from '../profile/types.js';
import { IssueTally } from '../gates/read.js';
import type { DatasetReport, GateResult } from '../report/types.js';
import { loadSnapshotProfile } from './snapshot.js';
import type { prepareRowDiff } from './diffDataset.js';
import { keyOf } from './datasetKey.js';
import type { DiffLimits } from '../diff/index.js';
import { worstStatus } from './status.js';
import { confinedRead, type Workspace } from '../workspace/index.js';
import { shownPath } from '../paths.js';

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
  /** How files are read in parts (tests force parts in process); by default as `profile` does. */
  scan?: Pick<ScanOptions, 'run' | 'parts'>;
  /** The row diff's memory budget, temp folder and workers (tests force a side to disk). */
  diff?: DiffLimits;
  /** Called once the current snapshot's read has begun (its parts are queued, or its one-pass read starts). */
  begun?: () => void;
}

/**
 * What judges a dataset once it is read, loaded while the read runs rather than before it starts:
 * for a big file this thread only waits for its workers then, and `check` reaches its first part
 * sooner (bench/README, "Issue 13, December 5").
 */
async function loadJudges() {
  // One after the other: jest's ESM loader fails two imports that link the same module at once.
  const { baselineGates } = await import('./baselineGates.js');
  const { contractGates } = await import('../gates/contract.js');
  return { baselineGates, contractGates };
}

export function readOptionsOf(dataset: Pick<DatasetConfig, 'format' | 'delimiter' | 'decimal' | 'null_values'>): ReadOptions {
  return { format: dataset.format, delimiter: dataset.delimiter, decimal: dataset.decimal, nullValues: dataset.null_values };
}

export async function checkDataset(dataset: DatasetConfig, context: DatasetContext): Promise<DatasetOutcome> {
  const { current, baseline } = dataset;
  if (!isTableSource(current) && !isTableSource(baseline)) return checkFileDataset({ ...dataset, current, baseline }, context);
  const { checkTableDataset } = await import('./tableDataset.js');
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
  const key = keyOf(dataset);
  const resolveBaseline = async () => (dataset.baseline ? await context.baselineResolver(dataset.baseline, dataset.current, { name: dataset.name, kind: 'dataset' }) : null);
  // With a key the baseline comes first: the row diff's scans are sinks of both sides' reads.
  const early = key ? await resolveBaseline() : undefined;
  const rowDiff = key ? await (await import('./diffDataset.js')).prepareRowDiff(dataset, key, files, early ?? null, options, context.diff) : undefined;
  try {
    return await checkScannedDataset(dataset, context, files, options, rowDiff, early === undefined ? resolveBaseline : async () => early);
  } finally {
    await rowDiff?.prepared?.close();
  }
}

async function checkScannedDataset(
  dataset: FileDatasetConfig, context: DatasetContext, files: string[], options: ReadOptions, rowDiff: Awaited<ReturnType<typeof prepareRowDiff>> | undefined,
  resolveBaseline: () => Promise<BaselineFile | null>,
): Promise<DatasetOutcome> {
  const issues = new IssueTally();
  const prepared = rowDiff?.prepared;
  // Without a key scan, the baseline is read as soon as the current's read has begun: its parts
  // queue behind the current's on the same workers (src/profile/thread.ts) and are read while
  // this thread merges the current's. A current whose read cannot begin never starts it.
  let begun = (): void => undefined;
  const started = new Promise<void>((resolve) => { begun = resolve; });
  const judges = started.then(() => {
    context.begun?.();
    return loadJudges();
  });
  // Awaited once the read is done, which begins it first.
  judges.catch(() => undefined);
  // A current that fails stops the baseline's read: nothing waits for a read whose result is moot.
  const stop = new AbortController();
  const loading = prepared ? undefined : started.then(() => loadBaseline(resolveBaseline, (file) => loadSnapshotProfile(file, options, undefined, stop.signal)));
  // Awaited after the current's read, whose errors come first.
  loading?.catch(() => undefined);
  // One read of the current snapshot: profile and contract (in parallel parts for a big CSV file), and the row diff's key scan.
  let scan: Awaited<ReturnType<typeof scanDataset>>;
  try {
    scan = await scanDataset(dataset, files, options, issues.add, { exact: dataset.baseline !== undefined, ...context.scan, diff: prepared?.scans.current, begun });
  } catch (error) {
    stop.abort();
    throw error;
  }
  const validator = scan.validator;
  const profile = { ...scan.profile, ...(scan.delimiter !== undefined ? { delimiter: scan.delimiter } : {}), source: files.map((file) => shownPath(context.dir, file)) };

  const { file: baselineFile, profile: baseline } = loading ? await loading : await loadBaseline(resolveBaseline, (file) => scanBaseline(dataset, file, options, { exact: true, ...context.scan, diff: prepared?.scans.baseline }));

  const { baselineGates, contractGates } = await judges;
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
  if (prepared) {
    const { finishRowDiff } = await import('./diffDataset.js');
    const finished = await finishRowDiff(dataset, prepared);
    report.diff = finished.diff;
    gates.push(...finished.gates);
  } else if (rowDiff) gates.push(...rowDiff.gates);
  // Like every path in the report, files are named relative to the config's folder: in examples,
  // and in messages (a runner's /home/runner/work/… says nothing to a reviewer).
  const shown = files.map((file) => [file, shownPath(context.dir, file)] as const).filter(([file, name]) => file !== name);
  for (const gate of gates) {
    gate.dataset ??= dataset.name;
    for (const example of gate.examples ?? []) if (example.file) example.file = shownPath(context.dir, path.resolve(context.dir, example.file));
    for (const [file, name] of shown) if (gate.message.includes(file)) gate.message = gate.message.split(file).join(name);
  }
  report.status = worstStatus(gates);
  return { report, gates, profile };
}

interface LoadedBaseline { file: BaselineFile | null; profile: Profile | null }

/** The baseline file, when there is one, and its profile as `read` makes it. */
async function loadBaseline(resolveBaseline: () => Promise<BaselineFile | null>, read: (file: string) => Promise<Profile>): Promise<LoadedBaseline> {
  const file = await resolveBaseline();
  return { file, profile: file ? await read(file.path) : null };
}

/**
 * A data baseline read once for its profile and the row diff's key scan: the profile is that of
 * `loadSnapshotProfile` (every numeric value kept, parts for a big CSV file); read problems are
 * not the pull request's, so none is reported, as there.
 */
async function scanBaseline(dataset: FileDatasetConfig, file: string, options: ReadOptions, scan: ScanOptions): Promise<Profile> {
  // No contract checks the baseline: only the profile and the key scan read it.
  const profileOnly: FileDatasetConfig = { ...dataset, schema: undefined, unique: undefined, freshness: undefined };
  const outcome = await scanDataset(profileOnly, [file], options, () => undefined, scan);
  return { ...outcome.profile, ...(outcome.delimiter !== undefined ? { delimiter: outcome.delimiter } : {}), source: [path.relative(process.cwd(), file) || file] };
}

