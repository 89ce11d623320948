// The row diff of two snapshots by key. Each side is read once into key tables: per row its key
// and a 64-bit hash of its compared cells, hash-partitioned by key (in memory, or on disk beyond
// the budget). Partitions are matched by key; rows whose hashes agree are unchanged, and only the
// rows whose hashes differ (and the added and removed rows shown as examples) are read a second
// time, cell by cell, to be compared by value. When too many rows hash apart to hold (a side
// whose every number is written otherwise), every row's cells are partitioned instead.

import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { UserError, type Problem } from '../errors.js';
import { detectFormat, readBatches } from '../readers/index.js';
import type { Batch, ReadIssue, ReadOptions } from '../readers/types.js';
import { finishDiff } from './finish.js';
import { matchPartition } from './match.js';
import { PartitionSink, SideEncoder, type Side, type SideLayout } from './partition.js';
import { KeySink, writeKeyTables } from './keyTable.js';
import { matchKeys, mergeKeyTally, newKeyTally, type KeyTally } from './keyMatch.js';
import { fetchRows, scanSide } from './scan.js';
import { mergeTally, newTally, tallyPair, type DiffLayout, type DiffTally } from './tally.js';
import type { EncodeResult } from './jobs.js';
import { diffWorkerScript, inDiffWorkers, type RunDiffJob } from './thread.js';
import type { DiffOptions, DiffReport } from './types.js';

export type { DiffOptions, DiffReport, ColumnRule } from './types.js';
export { columnRuleOf } from './rules.js';

export interface DiffSide {
  files: string[];
  options: ReadOptions;
  /** How the side is named in messages (a path as the user wrote it). */
  label?: string;
}

export interface DiffLimits {
  /** Bytes of key tables (characters of records, in the fallback) one side may hold in memory before it is partitioned to disk. */
  memoryBudget?: number;
  /** Where the temp folder of partitions goes; the OS temp folder by default. */
  tempDir?: string;
  /**
   * Runs the jobs of a parallel diff (each side's scan, the matching of partitions, the fetch of
   * the rows that hash apart).
   * By default worker threads of the bundled diff worker, for sides beyond the memory budget;
   * without a bundle (tests from sources) the diff runs on this thread.
   */
  run?: RunDiffJob;
  /** Threads that match partitions in a parallel diff. */
  threads?: number;
  /** Rows hashing apart beyond which every row's cells are partitioned instead (MAX_CANDIDATES). */
  maxCandidates?: number;
}

export const DEFAULT_MEMORY_BUDGET = 48 << 20;
/** Aimed size of one partition of one side, in record characters. */
const PARTITION_CHARS = 8 << 20;
const MIN_PARTS = 16;
const MAX_PARTS = 512;

/** Record characters per byte of file, by format: Parquet is compressed, gzip too. */
function expansion(file: string, options: ReadOptions): number {
  const format = detectFormat(file, options.format);
  if (format === 'parquet') return 8;
  return /\.gz$/i.test(file) ? 6 : 1.5;
}

export async function estimateChars(side: DiffSide): Promise<number> {
  let total = 0;
  for (const file of side.files) total += (await stat(file)).size * expansion(file, side.options);
  return total;
}

/** A side's batches with the first one read ahead, so both sides' columns are known before encoding. */
export interface OpenSide {
  first: Batch | undefined;
  rest: AsyncIterator<Batch>;
}

export async function open(side: DiffSide, onIssue: (issue: ReadIssue) => void): Promise<OpenSide> {
  const rest = readBatches(side.files, side.options, onIssue)[Symbol.asyncIterator]();
  const first = await rest.next();
  return { first: first.done ? undefined : first.value, rest };
}

/** Every key column that a non-empty side lacks, each naming the side's file. */
export function missingKeys(key: string[], sides: [Side, OpenSide, DiffSide][]): Problem[] {
  const problems: Problem[] = [];
  for (const [side, opened, spec] of sides) {
    if (!opened.first) continue;
    const columns = new Set(opened.first.columns);
    for (const name of key) {
      if (columns.has(name)) continue;
      problems.push({
        file: spec.label ?? opened.first.file,
        message: `the key column ${JSON.stringify(name)} is missing on the ${side} side (its columns: ${opened.first.columns.map((c) => JSON.stringify(c)).join(', ')})`,
      });
    }
  }
  return problems;
}

/** The compared columns (baseline order) and those left out, from both sides' first batches. */
export function layoutOf(options: DiffOptions, baseline: string[] | undefined, current: string[] | undefined): { layout: DiffLayout; notCompared: DiffReport['notCompared'] } {
  const skip = new Set([...options.key, ...(options.ignore ?? [])]);
  const ignoreSet = new Set(options.ignore ?? []);
  const base = baseline ?? current ?? [];
  const other = new Set(current ?? baseline ?? []);
  const columns = base.filter((name) => other.has(name) && !skip.has(name));
  const inBaseline = new Set(base);
  const notCompared = {
    baseline: baseline && current ? baseline.filter((name) => !other.has(name) && !skip.has(name)) : [],
    current: baseline && current ? current.filter((name) => !inBaseline.has(name) && !skip.has(name)) : [],
    ignored: [...new Set([...(baseline ?? []), ...(current ?? [])])].filter((name) => ignoreSet.has(name) && !options.key.includes(name)),
  };
  const rules = columns.map((name) => options.columns?.[name]);
  return { layout: { key: options.key, columns, rules, examples: options.examples ?? 5 }, notCompared };
}

/**
 * Estimated record characters per budget byte beyond which a side's key tables surely exceed the
 * budget (a row's key table entry is ≈ 1/7 of its record on the bench file): written to disk from
 * the start, in small blocks, rather than first grown to the budget in memory (10M rows: peak RSS
 * 437 MB that way).
 */
export const SURELY_BEYOND = 16;
/** Aimed size of one partition of one side's key tables, in estimated record characters. */
export const KEY_PARTITION_CHARS = 32 << 20;
/**
 * Rows hashing apart whose cells are fetched and compared; beyond it (a side whose every cell is
 * written otherwise, say) the diff partitions every row's cells instead, as bounded in memory.
 */
export const MAX_CANDIDATES = 1_000_000;

export function partsFor(estimate: number, chars: number): number {
  return Math.min(MAX_PARTS, Math.max(MIN_PARTS, Math.ceil(estimate / chars)));
}

export interface Plan {
  baseline: DiffSide;
  current: DiffSide;
  layout: DiffLayout;
  estimate: number;
  budget: number;
  dir: string;
  run: RunDiffJob | undefined;
  threads: number;
}

export function sideLayout(layout: DiffLayout, side: DiffSide): SideLayout {
  return { key: layout.key, columns: layout.columns, nullValues: side.options.nullValues };
}

/** Scans both sides into key tables and matches them: counts, and the keys whose rows hash apart. */
async function matchByKey(plan: Plan, parts: number, onIssue: (issue: ReadIssue) => void): Promise<{ keys: KeyTally; nullKeys: DiffTally['nullKeys']; spilled: boolean }> {
  const { run, layout, dir, budget } = plan;
  const keys = newKeyTally(layout.examples);
  if (run) {
    // Two cores: each side is scanned in a worker of its own, then `threads` workers match the
    // partitions.
    const scan = (side: DiffSide, which: Side) => run({
      kind: 'encode', files: side.files, options: side.options, layout: sideLayout(layout, side), parts, budget, dir, side: which,
      spill: plan.estimate > SURELY_BEYOND * budget,
    }) as Promise<EncodeResult>;
    const [baselineScan, currentScan] = await Promise.all([scan(plan.baseline, 'baseline'), scan(plan.current, 'current')]);
    for (const issue of [...baselineScan.issues, ...currentScan.issues]) onIssue(issue);
    const nullKeys = { baseline: baselineScan.nullKeys, current: currentScan.nullKeys };
    if (baselineScan.tables && currentScan.tables) {
      // Both sides within the budget: matched here, with no file written or read.
      for (let p = 0; p < parts; p++) matchKeys(baselineScan.tables[p], currentScan.tables[p], keys);
      return { keys, nullKeys, spilled: false };
    }
    if (baselineScan.tables) writeKeyTables(dir, 'baseline', baselineScan.tables);
    if (currentScan.tables) writeKeyTables(dir, 'current', currentScan.tables);
    const jobs = Array.from({ length: plan.threads }, (_, w) => ({
      kind: 'match' as const, dir, examples: layout.examples, parts: Array.from({ length: parts }, (_, p) => p).filter((p) => p % plan.threads === w),
    }));
    for (const result of await Promise.all(jobs.map((job) => run(job) as Promise<KeyTally>))) mergeKeyTally(keys, result);
    return { keys, nullKeys, spilled: true };
  }
  const baselineSink = new KeySink({ parts, budget, dir, side: 'baseline' });
  const baselineScan = await scanSide(plan.baseline.files, plan.baseline.options, sideLayout(layout, plan.baseline), baselineSink, onIssue);
  baselineSink.close();
  const currentSink = new KeySink({ parts, budget, dir, side: 'current' });
  const currentScan = await scanSide(plan.current.files, plan.current.options, sideLayout(layout, plan.current), currentSink, onIssue);
  currentSink.close();
  for (let p = 0; p < parts; p++) {
    const part = newKeyTally(layout.examples);
    matchKeys(baselineSink.table(p), currentSink.table(p), part);
    baselineSink.release(p);
    currentSink.release(p);
    mergeKeyTally(keys, part);
  }
  return { keys, nullKeys: { baseline: baselineScan.nullKeys, current: currentScan.nullKeys }, spilled: baselineSink.spilled || currentSink.spilled };
}

function sortedUnique(rows: number[]): number[] {
  const sorted = Float64Array.from(rows).sort();
  const out: number[] = [];
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) out.push(sorted[i]);
  return out;
}

/** The values of the given rows of a side, by row number. */
async function fetchSide(plan: Plan, side: DiffSide, which: Side, wanted: number[]): Promise<Map<number, string>> {
  const rows = sortedUnique(wanted);
  if (rows.length === 0) return new Map();
  const layout = sideLayout(plan.layout, side);
  const values = plan.run
    ? await plan.run({ kind: 'fetch', files: side.files, options: side.options, layout, rows, side: which }) as string[]
    : await fetchRows(side.files, side.options, layout, rows);
  return new Map(rows.map((row, i) => [row, values[i]]));
}

/**
 * The tally of a key match, its candidates' cells fetched and compared. `fetched`: called once the
 * rows are read, the workers' last job (`diffSnapshots` ends them there: at 10M rows a side their
 * heaps, kept until the end, were a third of the peak RSS while this thread compared 100,000 rows).
 */
export async function settle(plan: Plan, keys: KeyTally, nullKeys: DiffTally['nullKeys'], fetched?: () => Promise<void>): Promise<DiffTally> {
  const { layout } = plan;
  const { candidates } = keys;
  const [before, after] = await Promise.all([
    fetchSide(plan, plan.baseline, 'baseline', [...candidates.baseline, ...keys.removedExamples.entries.map((entry) => entry.item)]),
    fetchSide(plan, plan.current, 'current', [...candidates.current, ...keys.addedExamples.entries.map((entry) => entry.item)]),
  ]);
  await fetched?.();
  const tally = newTally(layout);
  tally.rows = { ...keys.rows };
  tally.added = keys.added;
  tally.removed = keys.removed;
  tally.unchanged = keys.unchanged;
  tally.duplicates = keys.duplicates;
  tally.nullKeys = nullKeys;
  for (let i = 0; i < candidates.keys.length; i++) {
    tallyPair(tally, layout, candidates.keys[i], before.get(candidates.baseline[i])!, after.get(candidates.current[i])!);
  }
  tally.addedExamples.entries = keys.addedExamples.entries.map(({ key, item }) => ({ key, item: after.get(item)! }));
  tally.removedExamples.entries = keys.removedExamples.entries.map(({ key, item }) => ({ key, item: before.get(item)! }));
  return tally;
}

/** The fallback: every row's cells partitioned by key and matched record by record. */
export async function diffRecords(plan: Plan): Promise<{ tally: DiffTally; spilled: boolean; parts: number }> {
  const { run, layout, dir, budget } = plan;
  const parts = partsFor(plan.estimate, PARTITION_CHARS);
  // Read issues were reported by the scan of the same files.
  const ignore = () => undefined;
  const tally = newTally(layout);
  if (run) {
    const encodeJob = (side: DiffSide, which: Side) => run({
      kind: 'encode-records', files: side.files, options: side.options, layout: sideLayout(layout, side), parts, budget, dir, side: which,
    }) as Promise<EncodeResult>;
    const [baselineEncoded, currentEncoded] = await Promise.all([encodeJob(plan.baseline, 'baseline'), encodeJob(plan.current, 'current')]);
    tally.nullKeys = { baseline: baselineEncoded.nullKeys, current: currentEncoded.nullKeys };
    const jobs = Array.from({ length: plan.threads }, (_, w) => ({
      kind: 'match-records' as const, dir, layout, parts: Array.from({ length: parts }, (_, p) => p).filter((p) => p % plan.threads === w),
    }));
    for (const result of await Promise.all(jobs.map((job) => run(job) as Promise<DiffTally>))) mergeTally(tally, result);
    return { tally, spilled: true, parts };
  }
  const sinks = { baseline: new PartitionSink({ parts, budget, dir, side: 'baseline' }), current: new PartitionSink({ parts, budget, dir, side: 'current' }) };
  const nullKeys = { baseline: 0, current: 0 };
  for (const which of ['baseline', 'current'] as const) {
    const side = plan[which];
    const encoder = new SideEncoder(sideLayout(layout, side), sinks[which]);
    for await (const batch of readBatches(side.files, side.options, ignore)) encoder.add(batch);
    sinks[which].close();
    nullKeys[which] = encoder.nullKeys;
  }
  tally.nullKeys = nullKeys;
  for (let p = 0; p < parts; p++) {
    const part = newTally(layout);
    matchPartition(sinks.baseline.records(p), sinks.current.records(p), part, layout);
    sinks.baseline.release(p);
    sinks.current.release(p);
    mergeTally(tally, part);
  }
  return { tally, spilled: sinks.baseline.spilled || sinks.current.spilled, parts };
}

/**
 * Both sides' headers read and the key checked on each (a UserError naming the file and column),
 * then the plan: compared columns, memory budget, a temp folder, diff workers for big sides. The
 * caller closes the workers and removes the folder. For `diffSnapshots` and `check`'s prepareDiff.
 */
export async function planSides(
  baseline: DiffSide, current: DiffSide, options: DiffOptions, limits: DiffLimits,
): Promise<{ plan: Plan; notCompared: ReturnType<typeof layoutOf>['notCompared']; workers: ReturnType<typeof inDiffWorkers> | undefined }> {
  // The first batches only name the columns; read issues are counted by the reads that follow.
  const baselineSide = await open(baseline, () => undefined);
  const currentSide = await open(current, () => undefined);
  // The sides are read again from the start: close the files the read-ahead opened.
  await baselineSide.rest.return?.();
  await currentSide.rest.return?.();
  const problems = missingKeys(options.key, [['baseline', baselineSide, baseline], ['current', currentSide, current]]);
  if (problems.length) throw new UserError(problems);
  const { layout, notCompared } = layoutOf(options, baselineSide.first?.columns, currentSide.first?.columns);

  const estimate = Math.max(await estimateChars(baseline), await estimateChars(current));
  const budget = limits.memoryBudget ?? DEFAULT_MEMORY_BUDGET;
  const dir = await mkdtemp(path.join(limits.tempDir ?? os.tmpdir(), 'datagate-diff-'));
  const script = diffWorkerScript();
  const workers = !limits.run && script && estimate > budget ? inDiffWorkers(script) : undefined;
  const run = limits.run ?? workers?.run;
  return { plan: { baseline, current, layout, estimate, budget, dir, run, threads: Math.max(1, limits.threads ?? 2) }, notCompared, workers };
}

export async function diffSnapshots(
  baseline: DiffSide, current: DiffSide, options: DiffOptions, limits: DiffLimits = {}, onIssue: (issue: ReadIssue) => void = () => undefined,
): Promise<DiffReport> {
  const { plan, notCompared, workers } = await planSides(baseline, current, options, limits);
  const { layout, dir } = plan;
  try {
    const parts = partsFor(plan.estimate, KEY_PARTITION_CHARS);
    const { keys, nullKeys, spilled } = await matchByKey(plan, parts, onIssue);
    if (keys.candidates.keys.length <= (limits.maxCandidates ?? MAX_CANDIDATES)) {
      return finishDiff(await settle(plan, keys, nullKeys, async () => workers?.close()), layout, notCompared, spilled ? parts : undefined);
    }
    const records = await diffRecords(plan);
    return finishDiff(records.tally, layout, notCompared, records.spilled ? records.parts : undefined);
  } finally {
    await workers?.close();
    await rm(dir, { recursive: true, force: true });
  }
}
