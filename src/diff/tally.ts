// The diff's counts as rows are matched: pure, serialisable (worker threads hand it back) and
// mergeable (partitions are diffed apart and their tallies added up). Cells stay encoded here;
// `finishDiff` turns them into report values.

import { compareKeys, FIELD, numberOf, settleCell, timeOf } from './cells.js';
import type { ColumnRule } from './types.js';

/** What a diff compares: the key, the compared columns in order, their rules. */
export interface DiffLayout {
  key: string[];
  columns: string[];
  rules: (ColumnRule | undefined)[];
  /** Examples kept per list. */
  examples: number;
}

/** The k smallest keys offered, each with its item, sorted by key. */
export interface Smallest<T> { k: number; entries: { key: string; item: T }[] }

export function smallest<T>(k: number): Smallest<T> {
  return { k, entries: [] };
}

/** Keeps `item()` when `key` is among the k smallest so far; builds the item only then. */
export function offer<T>(list: Smallest<T>, key: string, item: () => T): void {
  const entries = list.entries;
  if (list.k <= 0) return;
  if (entries.length >= list.k && compareKeys(key, entries[entries.length - 1].key) >= 0) return;
  let at = entries.length;
  while (at > 0 && compareKeys(key, entries[at - 1].key) < 0) at--;
  entries.splice(at, 0, { key, item: item() });
  if (entries.length > list.k) entries.pop();
}

function mergeSmallest<T>(into: Smallest<T>, from: Smallest<T>): void {
  for (const entry of from.entries) offer(into, entry.key, () => entry.item);
}

/** Distinct before → after pairs counted per column; beyond this many, only known pairs count on. */
const MAX_TRANSITIONS = 1000;

export interface ColumnTally {
  changed: number;
  deltaSum: number;
  deltaCount: number;
  /** `before FIELD after` (encoded) → rows. */
  transitions: Map<string, number>;
  examples: Smallest<[string, string]>;
}

export interface DiffTally {
  rows: { baseline: number; current: number };
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
  duplicates: { baseline: number; current: number; examples: Smallest<null> };
  nullKeys: { baseline: number; current: number };
  columns: ColumnTally[];
  /** Encoded values of the compared columns. */
  addedExamples: Smallest<string>;
  removedExamples: Smallest<string>;
  /** [column index, before, after] per differing cell. */
  changedExamples: Smallest<[number, string, string][]>;
}

export function newTally(layout: DiffLayout): DiffTally {
  const k = layout.examples;
  return {
    rows: { baseline: 0, current: 0 },
    added: 0, removed: 0, changed: 0, unchanged: 0,
    duplicates: { baseline: 0, current: 0, examples: smallest(k) },
    nullKeys: { baseline: 0, current: 0 },
    columns: layout.columns.map(() => ({ changed: 0, deltaSum: 0, deltaCount: 0, transitions: new Map(), examples: smallest(k) })),
    addedExamples: smallest(k), removedExamples: smallest(k), changedExamples: smallest(k),
  };
}

/** Numbers within the tolerance, or times equal to the unit (and within the tolerance, in ms). */
export function cellsEqual(before: string, after: string, rule: ColumnRule | undefined): boolean {
  if (before === after) return true;
  let a = numberOf(before);
  let b = numberOf(after);
  // Numbers keep their text (cells.ts): `1.50` and `1.5` differ as text, not as numbers.
  if (a !== undefined && b !== undefined && a === b) return true;
  if (!rule) return false;
  if (a === undefined || b === undefined) {
    a = timeOf(before);
    b = timeOf(after);
    if (a === undefined || b === undefined) return false;
    if (rule.unitMs) {
      a = Math.floor(a / rule.unitMs);
      b = Math.floor(b / rule.unitMs);
      if (a === b) return true;
      if (rule.absolute === undefined) return false;
      a *= rule.unitMs;
      b *= rule.unitMs;
    }
  }
  const delta = Math.abs(a - b);
  const scale = Math.max(Math.abs(a), Math.abs(b));
  // A few units in the last place of slack: 1.1 − 1.0 is 0.10000000000000009 in doubles.
  const slack = 4 * Number.EPSILON * scale;
  if (rule.absolute !== undefined && delta <= rule.absolute + slack) return true;
  if (rule.relative !== undefined && delta <= rule.relative * scale + slack) return true;
  return false;
}

/** Tallies one key present on both sides (first rows of the key on each side). */
export function tallyPair(tally: DiffTally, layout: DiffLayout, key: string, before: string, after: string): void {
  if (before === after) {
    tally.unchanged++;
    return;
  }
  const left = before.split(FIELD);
  const right = after.split(FIELD);
  let differing: number[] | undefined;
  for (let c = 0; c < layout.columns.length; c++) {
    let a = left[c] ?? '';
    let b = right[c] ?? '';
    if (a === b) continue;
    // Raw texts that differ are read now, so `1.50` meets `1.5` as a number.
    left[c] = a = settleCell(a);
    right[c] = b = settleCell(b);
    if (cellsEqual(a, b, layout.rules[c])) continue;
    (differing ??= []).push(c);
  }
  if (!differing) {
    tally.unchanged++;
    return;
  }
  tally.changed++;
  for (const c of differing) {
    const column = tally.columns[c];
    const a = left[c] ?? '';
    const b = right[c] ?? '';
    column.changed++;
    const x = numberOf(a);
    const y = numberOf(b);
    if (x !== undefined && y !== undefined) {
      column.deltaSum += y - x;
      column.deltaCount++;
    } else {
      const transition = a + FIELD + b;
      const count = column.transitions.get(transition);
      if (count !== undefined) column.transitions.set(transition, count + 1);
      else if (column.transitions.size < MAX_TRANSITIONS) column.transitions.set(transition, 1);
    }
    offer(column.examples, key, () => [a, b]);
  }
  offer(tally.changedExamples, key, () => differing.map((c) => [c, left[c] ?? '', right[c] ?? ''] as [number, string, string]));
}

/** Adds `from` into `into` (same layout). */
export function mergeTally(into: DiffTally, from: DiffTally): void {
  into.rows.baseline += from.rows.baseline;
  into.rows.current += from.rows.current;
  into.added += from.added;
  into.removed += from.removed;
  into.changed += from.changed;
  into.unchanged += from.unchanged;
  into.duplicates.baseline += from.duplicates.baseline;
  into.duplicates.current += from.duplicates.current;
  mergeSmallest(into.duplicates.examples, from.duplicates.examples);
  into.nullKeys.baseline += from.nullKeys.baseline;
  into.nullKeys.current += from.nullKeys.current;
  into.columns.forEach((column, c) => {
    const other = from.columns[c];
    column.changed += other.changed;
    column.deltaSum += other.deltaSum;
    column.deltaCount += other.deltaCount;
    for (const [transition, count] of other.transitions) {
      const known = column.transitions.get(transition);
      if (known !== undefined) column.transitions.set(transition, known + count);
      else if (column.transitions.size < MAX_TRANSITIONS) column.transitions.set(transition, count);
    }
    mergeSmallest(column.examples, other.examples);
  });
  mergeSmallest(into.addedExamples, from.addedExamples);
  mergeSmallest(into.removedExamples, from.removedExamples);
  mergeSmallest(into.changedExamples, from.changedExamples);
}
