// The table diff across engines, by checksums as data-diff's hashdiff did: the key space is cut
// into segments, each side returns per segment a count and a sum of 48-bit md5s of its rows'
// canonical texts, segments that differ are cut finer, and only small differing segments come
// back as rows, diffed in memory by the file diff itself.
//
// Segments are prefixes of the md5 of the key's canonical text rather than key ranges: a text
// range selects different rows under different collations (PostgreSQL's locale, DuckDB's
// binary order), and a compound key has no single range; a hash prefix is the same set of keys
// on every engine. The price is a full scan per level (a range could use an index).

import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_MEMORY_BUDGET } from '../diff/index.js';
import { matchPartition } from '../diff/match.js';
import { PartitionSink, SideEncoder } from '../diff/partition.js';
import { mergeTally, offer, newTally, type DiffTally } from '../diff/tally.js';
import type { Batch, Cell } from '../readers/types.js';
import { sourceLabel } from './dialect.js';
import { cellOfCanonical } from './diffCells.js';
import { encodedKey } from './diffEncode.js';
import { canonicalField, hex48, md5Hex, wideSumText } from './diffSql.js';
import { keyText, notNullKeys, relationOf, rowText, type DiffPlan, type PlannedColumn, type SideName, type TableSide } from './diffPlan.js';

export interface ChecksumOptions {
  /** A differing segment of at most this many rows (on the larger side) is pulled back. */
  threshold?: number;
  /** Segments per level at most: 16^digits. */
  maxDigits?: number;
  /** Characters of pulled records held in memory before they go to a temp folder (the file diff's budget by default). */
  memoryBudget?: number;
  tempDir?: string;
}

// data-diff pulled segments under 16,384 rows; a level costs one scan in each engine, while every
// pulled row crosses the network and is diffed here, so we cut finer before pulling.
export const DEFAULT_THRESHOLD = 256;
/** Hex digits of a segment at most: 16^10 segments is beyond any table. */
const MAX_DEPTH = 10;
/** Literals per IN list. */
const IN_CHUNK = 500;
/** Rows a side one statement brings back at most (about). */
const ROWS_PER_STATEMENT = 100_000;
/** Pulled rows per partition of the in-memory match. */
const ROWS_PER_PART = 200_000;
const MAX_PARTS = 512;

export interface ChecksumResult { tally: DiffTally; rowsPulled: number; segmentsPulled: number; levels: number }

function number(value: unknown): number {
  return value === null || value === undefined ? 0 : Number(value);
}

const quoted = (side: TableSide) => (column: PlannedColumn) => side.dialect.quoteIdent(column.name);

/** A side's rows as (key hash, whole-row text), non-null keys only. */
function hashedRows(side: TableSide, which: SideName, plan: DiffPlan, extra = ''): string {
  const q = quoted(side);
  return `SELECT ${md5Hex(side.dialect, keyText(side, which, plan.key, q))} AS dg_hash, ${rowText(side, which, plan, q, q)} AS dg_row${extra} `
    + `FROM ${relationOf(side)} WHERE ${notNullKeys(side, plan.key)}`;
}

/** `substr(h, 1, d) IN (…)` for segments of possibly different depths; the prefixes are hex digits checked here. */
function segmentFilter(prefixes: string[]): string {
  if (prefixes.includes('')) return '1 = 1';
  const byDepth = new Map<number, string[]>();
  for (const prefix of prefixes) {
    if (!/^[0-9a-f]+$/.test(prefix)) throw new Error(`not a segment: ${JSON.stringify(prefix)}`);
    const list = byDepth.get(prefix.length) ?? [];
    list.push(`'${prefix}'`);
    byDepth.set(prefix.length, list);
  }
  return [...byDepth].map(([depth, list]) => `substr(dg_hash, 1, ${depth}) IN (${list.join(', ')})`).join(' OR ');
}

export function segmentsSql(side: TableSide, which: SideName, plan: DiffPlan, depth: number, within: string[] | null): string {
  const filter = within ? ` WHERE ${segmentFilter(within)}` : '';
  return `SELECT dg_segment, COUNT(*) AS dg_n, ${wideSumText(side.dialect, hex48(side.dialect, md5Hex(side.dialect, 'dg_row')))} AS dg_sum FROM `
    + `(SELECT substr(dg_hash, 1, ${depth}) AS dg_segment, dg_row FROM (${hashedRows(side, which, plan)}) h${filter}) s GROUP BY dg_segment`;
}

export function statsSql(side: TableSide, plan: DiffPlan): string {
  const q = quoted(side);
  const anyNull = plan.key.map((column) => `${q(column)} IS NULL`).join(' OR ');
  return `SELECT dg_rows, dg_null_keys, dg_keys FROM (SELECT COUNT(*) AS dg_rows, SUM(CASE WHEN ${anyNull} THEN 1 ELSE 0 END) AS dg_null_keys FROM ${relationOf(side)}) r `
    + `CROSS JOIN (SELECT COUNT(*) AS dg_keys FROM (SELECT ${plan.key.map(q).join(', ')} FROM ${relationOf(side)} WHERE ${notNullKeys(side, plan.key)} GROUP BY ${plan.key.map(q).join(', ')}) g) k`;
}

export function duplicatesSql(side: TableSide, which: SideName, plan: DiffPlan): string {
  const q = quoted(side);
  const group = plan.key.map(q).join(', ');
  return `SELECT ${keyText(side, which, plan.key, q)} AS dg_key, COUNT(*) - 1 AS dg_extra FROM ${relationOf(side)} WHERE ${notNullKeys(side, plan.key)} `
    + `GROUP BY ${group} HAVING COUNT(*) > 1 ORDER BY ${group} LIMIT ${plan.layout.examples}`;
}

export function rowsSql(side: TableSide, which: SideName, plan: DiffPlan, segments: string[]): string {
  const q = quoted(side);
  const fields = [
    ...plan.key.map((column, i) => `COALESCE(${canonicalField(side.dialect, column.hashKinds[which], q(column))}, '') AS dg_k${i}`),
    ...plan.compared.map((column, i) => `COALESCE(${canonicalField(side.dialect, column.hashKinds[which], q(column))}, '') AS dg_v${i}`),
  ];
  return `SELECT dg_row, ${fields.map((_, i) => (i < plan.key.length ? `dg_k${i}` : `dg_v${i - plan.key.length}`)).join(', ')} `
    + `FROM (${hashedRows(side, which, plan, ', ' + fields.join(', '))}) h WHERE ${segmentFilter(segments)}`;
}

export interface Segment { n: number; sum: string }

/** A side's key counts: every row, rows with a null key cell, distinct non-null keys. */
export interface SideStats { rows: number; nullKeys: number; keys: number }

export interface Leaf { prefix: string; n: number }

/**
 * One side of the checksum diff: a table (its engine answers in SQL) or a data file (hashed here
 * while it streams, diffFile.ts). Both give the same counts and checksums for the same rows.
 */
export interface ChecksumSource {
  stats(): Promise<SideStats>;
  /** Count and checksum per segment of `depth` hex digits, within the given segments (all when null). */
  segments(depth: number, within: string[] | null): Promise<Map<string, Segment>>;
  /** The rows of the leaves as batches (key columns, then compared columns, by name); how many came. */
  pull(leaves: Leaf[], add: (batch: Batch) => void): Promise<number>;
  /** Encoded keys held by more than one row, each with the rows beyond the first; at least the smallest few. */
  duplicates(): Promise<{ key: string; extra: number }[]>;
}

async function segments(side: TableSide, which: SideName, plan: DiffPlan, depth: number, within: string[] | null): Promise<Map<string, Segment>> {
  const result = new Map<string, Segment>();
  const chunks = within === null ? [null] : Array.from({ length: Math.ceil(within.length / IN_CHUNK) }, (_, i) => within.slice(i * IN_CHUNK, (i + 1) * IN_CHUNK));
  for (const chunk of chunks) {
    for (const row of await side.client.query(segmentsSql(side, which, plan, depth, chunk))) {
      result.set(String(row.dg_segment), { n: number(row.dg_n), sum: String(row.dg_sum) });
    }
  }
  return result;
}

/** Digits that cut `rows` into segments of about `threshold`, at least one more than `depth`. */
function deeper(depth: number, rows: number, threshold: number, maxDigits: number): number {
  const wanted = Math.ceil(Math.log(Math.max(rows, 1) / threshold) / Math.log(16));
  return Math.min(MAX_DEPTH, depth + Math.min(maxDigits, Math.max(1, wanted)));
}

/** The md5 hex of a text, as the engines compute it (over UTF-8). */
function md5(text: string): string {
  return createHash('md5').update(text, 'utf8').digest('hex');
}

/** One statement's worth of differing segments, pulled back as a batch (rows of a key ordered by the md5 of their text). */
async function pull(side: TableSide, which: SideName, plan: DiffPlan, leaves: string[]): Promise<Batch> {
  const rows = await side.client.query(rowsSql(side, which, plan, leaves));
  // Of rows with one key, the first diffed is the one whose text has the smallest md5, as in the join.
  const ordered = rows.map((row) => ({ row, hash: md5(String(row.dg_row)) })).sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
  const names = [...plan.key.map((c) => c.name), ...plan.compared.map((c) => c.name)];
  const aliases = [...plan.key.map((_, i) => `dg_k${i}`), ...plan.compared.map((_, i) => `dg_v${i}`)];
  const data: Cell[][] = aliases.map((alias) => ordered.map(({ row }) => cellOfCanonical(String(row[alias] ?? ''))));
  return { columns: names, data, length: ordered.length, firstRow: 1, file: sourceLabel(side.source) };
}

/** Leaves grouped so one statement brings back at most about `rows` rows a side (a key's rows never straddle two groups). */
function groups(leaves: Leaf[], rows: number): string[][] {
  const result: string[][] = [];
  let group: string[] = [];
  let size = 0;
  for (const leaf of leaves) {
    if (group.length && (size + leaf.n > rows || group.length >= IN_CHUNK)) {
      result.push(group);
      group = [];
      size = 0;
    }
    group.push(leaf.prefix);
    size += leaf.n;
  }
  if (group.length) result.push(group);
  return result;
}

/** A table side as a checksum source: each answer is one SQL statement (or a few) in its engine. */
export function tableSource(side: TableSide, which: SideName, plan: DiffPlan): ChecksumSource {
  return {
    async stats() {
      const [row] = await side.client.query(statsSql(side, plan));
      return { rows: number(row!.dg_rows), nullKeys: number(row!.dg_null_keys), keys: number(row!.dg_keys) };
    },
    segments: (depth, within) => segments(side, which, plan, depth, within),
    async pull(leaves, add) {
      let pulled = 0;
      for (const group of groups(leaves, ROWS_PER_STATEMENT)) {
        const batch = await pull(side, which, plan, group);
        pulled += batch.length;
        add(batch);
      }
      return pulled;
    },
    async duplicates() {
      const rows = await side.client.query(duplicatesSql(side, which, plan));
      return rows.map((row) => ({ key: encodedKey(String(row.dg_key), plan.key.length), extra: number(row.dg_extra) }));
    },
  };
}

/**
 * Diffs the pulled rows with the file diff's own matching: records hash-partitioned by key, in
 * memory while they fit the budget and in a temp folder beyond it, then matched partition by partition.
 */
async function matchPulled(sources: Record<SideName, ChecksumSource>, plan: DiffPlan, leaves: Leaf[], options: ChecksumOptions, tally: DiffTally): Promise<number> {
  const total = leaves.reduce((sum, leaf) => sum + leaf.n, 0);
  const parts = Math.max(1, Math.min(MAX_PARTS, Math.ceil(total / ROWS_PER_PART)));
  const dir = await mkdtemp(path.join(options.tempDir ?? os.tmpdir(), 'datagate-tdiff-'));
  let pulled = 0;
  try {
    const budget = options.memoryBudget ?? DEFAULT_MEMORY_BUDGET;
    const sinks = {
      baseline: new PartitionSink({ parts, budget, dir, side: 'baseline' }),
      current: new PartitionSink({ parts, budget, dir, side: 'current' }),
    };
    for (const which of ['baseline', 'current'] as const) {
      const encoder = new SideEncoder({ key: plan.layout.key, columns: plan.layout.columns }, sinks[which]);
      pulled += await sources[which].pull(leaves, (batch) => encoder.add(batch));
      sinks[which].close();
    }
    for (let p = 0; p < parts; p++) {
      const part = newTally(plan.layout);
      matchPartition(sinks.baseline.records(p), sinks.current.records(p), part, plan.layout);
      sinks.baseline.release(p);
      sinks.current.release(p);
      mergeTally(tally, part);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return pulled;
}

export async function checksumDiff(baseline: TableSide, current: TableSide, plan: DiffPlan, options: ChecksumOptions = {}): Promise<ChecksumResult> {
  return checksumDiffOf({ baseline: tableSource(baseline, 'baseline', plan), current: tableSource(current, 'current', plan) }, plan, options);
}

export async function checksumDiffOf(sources: Record<SideName, ChecksumSource>, plan: DiffPlan, options: ChecksumOptions = {}): Promise<ChecksumResult> {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const maxDigits = options.maxDigits ?? 3;
  const [baselineStats, currentStats] = await Promise.all([sources.baseline.stats(), sources.current.stats()]);
  const stats = { baseline: baselineStats!, current: currentStats! };
  const keyed = (side: SideStats) => side.rows - side.nullKeys;

  // Bisection: one statement per side per level, over the segments still in question.
  let leaves: Leaf[] = [];
  let levels = 0;
  const largest = Math.max(keyed(stats.baseline), keyed(stats.current));
  if (largest <= threshold) leaves = largest > 0 ? [{ prefix: '', n: largest }] : [];
  else {
    let depth = 0;
    let open: Leaf[] = [{ prefix: '', n: largest }];
    while (open.length) {
      const next = deeper(depth, Math.max(...open.map((segment) => segment.n)), threshold, maxDigits);
      const within = depth === 0 ? null : open.map((segment) => segment.prefix);
      const [left, right] = await Promise.all([sources.baseline.segments(next, within), sources.current.segments(next, within)]);
      levels++;
      const differing: Leaf[] = [];
      for (const prefix of new Set([...left!.keys(), ...right!.keys()])) {
        const a = left!.get(prefix);
        const b = right!.get(prefix);
        if (a && b && a.n === b.n && a.sum === b.sum) continue;
        differing.push({ prefix, n: Math.max(a?.n ?? 0, b?.n ?? 0) });
      }
      open = [];
      for (const segment of differing) {
        if (segment.n <= threshold || next >= MAX_DEPTH) leaves.push(segment);
        else open.push(segment);
      }
      depth = next;
    }
  }
  const tally = newTally(plan.layout);
  const rowsPulled = leaves.length ? await matchPulled(sources, plan, leaves, options, tally) : 0;
  // Segments that matched hold the same rows on both sides: their keys are unchanged.
  tally.unchanged = stats.baseline.keys - tally.removed - tally.changed;
  tally.rows = { baseline: keyed(stats.baseline), current: keyed(stats.current) };
  tally.nullKeys = { baseline: stats.baseline.nullKeys, current: stats.current.nullKeys };
  tally.duplicates.baseline = tally.rows.baseline - stats.baseline.keys;
  tally.duplicates.current = tally.rows.current - stats.current.keys;
  tally.duplicates.examples.entries = [];
  for (const which of ['baseline', 'current'] as const) {
    for (const { key, extra } of await sources[which].duplicates()) {
      for (let n = extra; n > 0; n--) offer(tally.duplicates.examples, key, () => null);
    }
  }
  return { tally, rowsPulled, segmentsPulled: leaves.length, levels };
}
