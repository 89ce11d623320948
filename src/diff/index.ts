// The row diff of two snapshots by key: read each side once into key-partitioned records (in
// memory, or on disk beyond the budget), then diff partition by partition and add up.

import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { UserError, type Problem } from '../errors.js';
import { detectFormat, readBatches } from '../readers/index.js';
import type { Batch, ReadIssue, ReadOptions } from '../readers/types.js';
import { finishDiff } from './finish.js';
import { matchPartition } from './match.js';
import { PartitionSink, SideEncoder, type Side } from './partition.js';
import { mergeTally, newTally, type DiffLayout, type DiffTally } from './tally.js';
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
  /** Characters of records one side may hold in memory before it is partitioned to disk. */
  memoryBudget?: number;
  /** Where the temp folder of partitions goes; the OS temp folder by default. */
  tempDir?: string;
  /**
   * Runs the jobs of a parallel diff (the baseline's encoding, the matching of partitions).
   * By default worker threads of the bundled diff worker, for sides beyond the memory budget;
   * without a bundle (tests from sources) the diff runs on this thread.
   */
  run?: RunDiffJob;
  /** Threads that match partitions in a parallel diff. */
  threads?: number;
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

async function estimateChars(side: DiffSide): Promise<number> {
  let total = 0;
  for (const file of side.files) total += (await stat(file)).size * expansion(file, side.options);
  return total;
}

/** A side's batches with the first one read ahead, so both sides' columns are known before encoding. */
interface OpenSide {
  first: Batch | undefined;
  rest: AsyncIterator<Batch>;
}

async function open(side: DiffSide, onIssue: (issue: ReadIssue) => void): Promise<OpenSide> {
  const rest = readBatches(side.files, side.options, onIssue)[Symbol.asyncIterator]();
  const first = await rest.next();
  return { first: first.done ? undefined : first.value, rest };
}

/** Every key column that a non-empty side lacks, each naming the side's file. */
function missingKeys(key: string[], sides: [Side, OpenSide, DiffSide][]): Problem[] {
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
function layoutOf(options: DiffOptions, baseline: string[] | undefined, current: string[] | undefined): { layout: DiffLayout; notCompared: DiffReport['notCompared'] } {
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

async function encode(opened: OpenSide, encoder: SideEncoder): Promise<void> {
  if (!opened.first) return;
  encoder.add(opened.first);
  for (let next = await opened.rest.next(); !next.done; next = await opened.rest.next()) encoder.add(next.value);
}

export async function diffSnapshots(
  baseline: DiffSide, current: DiffSide, options: DiffOptions, limits: DiffLimits = {}, onIssue: (issue: ReadIssue) => void = () => undefined,
): Promise<DiffReport> {
  const baselineSide = await open(baseline, onIssue);
  const currentSide = await open(current, onIssue);
  const problems = missingKeys(options.key, [['baseline', baselineSide, baseline], ['current', currentSide, current]]);
  if (problems.length) {
    // Close the files the read-ahead opened.
    await baselineSide.rest.return?.();
    await currentSide.rest.return?.();
    throw new UserError(problems);
  }
  const { layout, notCompared } = layoutOf(options, baselineSide.first?.columns, currentSide.first?.columns);

  const estimate = Math.max(await estimateChars(baseline), await estimateChars(current));
  const parts = Math.min(MAX_PARTS, Math.max(MIN_PARTS, Math.ceil(estimate / PARTITION_CHARS)));
  const budget = limits.memoryBudget ?? DEFAULT_MEMORY_BUDGET;
  const dir = await mkdtemp(path.join(limits.tempDir ?? os.tmpdir(), 'datagate-diff-'));
  const sideLayout = { key: layout.key, columns: layout.columns };
  const script = diffWorkerScript();
  const run = limits.run ?? (script && estimate > budget ? inDiffWorkers(script) : undefined);
  try {
    const tally = newTally(layout);
    let spilled: boolean;
    if (run) {
      // Two cores: the baseline is read in a worker while this thread reads the current side;
      // then the partitions are matched in `threads` workers.
      // Each side is read in a worker of its own (a worker's young generation can be sized for
      // the parser's garbage, the main thread's cannot), then the partitions are matched in
      // `threads` workers.
      await baselineSide.rest.return?.();
      await currentSide.rest.return?.();
      const encodeJob = (side: DiffSide, which: Side) => run({
        kind: 'encode', files: side.files, options: side.options, layout: { ...sideLayout, nullValues: side.options.nullValues }, parts, budget, dir, side: which,
      }) as Promise<EncodeResult>;
      const [baselineEncoded, currentEncoded] = await Promise.all([encodeJob(baseline, 'baseline'), encodeJob(current, 'current')]);
      for (const issue of [...baselineEncoded.issues, ...currentEncoded.issues]) onIssue(issue);
      tally.nullKeys = { baseline: baselineEncoded.nullKeys, current: currentEncoded.nullKeys };
      const threads = Math.max(1, limits.threads ?? 2);
      const jobs = Array.from({ length: threads }, (_, w) => ({
        kind: 'match' as const, dir, layout, parts: Array.from({ length: parts }, (_, p) => p).filter((p) => p % threads === w),
      }));
      for (const result of await Promise.all(jobs.map((job) => run(job) as Promise<DiffTally>))) mergeTally(tally, result);
      spilled = true;
    } else {
      const baselineSink = new PartitionSink({ parts, budget, dir, side: 'baseline' });
      const currentSink = new PartitionSink({ parts, budget, dir, side: 'current' });
      const baselineEncoder = new SideEncoder({ ...sideLayout, nullValues: baseline.options.nullValues }, baselineSink);
      await encode(baselineSide, baselineEncoder);
      baselineSink.close();
      const currentEncoder = new SideEncoder({ ...sideLayout, nullValues: current.options.nullValues }, currentSink);
      await encode(currentSide, currentEncoder);
      currentSink.close();
      tally.nullKeys = { baseline: baselineEncoder.nullKeys, current: currentEncoder.nullKeys };
      for (let p = 0; p < parts; p++) {
        const part = newTally(layout);
        matchPartition(baselineSink.records(p), currentSink.records(p), part, layout);
        baselineSink.release(p);
        currentSink.release(p);
        mergeTally(tally, part);
      }
      spilled = baselineSink.spilled || currentSink.spilled;
    }
    return finishDiff(tally, layout, notCompared, spilled ? parts : undefined);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
