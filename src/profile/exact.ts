// Every numeric value of a column, kept in memory for the run when two data files are compared,
// so drift statistics are exact (as SciPy computes them) far beyond the sketches' 2,048 values.
// Never written into profile JSON: a stored profile keeps its sketches. Bounded twice: per
// column (EXACT_COLUMN_VALUES) and per profile (EXACT_PROFILE_VALUES, shared by its columns);
// a column that would pass either bound drops its values and falls back to its sketch.

import { mergeSorted } from './mergeSorted.js';
import { sortFloat64 } from './sortFloat64.js';
import type { ColumnProfile, Profile, WeightedSample } from './types.js';

/** Values kept per numeric column: 2^21 ≈ 2.1M values, 16 MB as a Float64Array. */
export const EXACT_COLUMN_VALUES = 1 << 21;
/** Values kept over all columns of one profile: 2^24 ≈ 16.8M values, 128 MB. */
export const EXACT_PROFILE_VALUES = 1 << 24;
const FIRST_CAPACITY = 1024;

/** What the columns of one profile may still reserve, in values. */
export class ExactBudget {
  constructor(public remaining = EXACT_PROFILE_VALUES) {}
}

/**
 * The numeric values of one column in arrival order, while they fit both bounds. The budget is
 * charged for a capacity that doubles, as the bounds are defined; the buffer behind it grows
 * eightfold, since memory the column has not written yet costs nothing (pages are mapped when first
 * written) while every regrowth copies and writes fresh pages (bench/README "Exact values").
 */
export class ExactValues {
  private values: Float64Array | undefined = new Float64Array(0);
  /** The capacity charged to the budget: the values may not pass it without a new charge. */
  private capacity = 0;
  length = 0;

  constructor(private readonly budget: ExactBudget) {}

  /** False once the values no longer fit: the column's drift then comes from its sketch. */
  get kept(): boolean {
    return this.values !== undefined;
  }

  add(value: number): void {
    const values = this.values;
    if (values === undefined) return;
    if (this.length === this.capacity && !this.grow(this.length + 1)) return;
    (this.values as Float64Array)[this.length++] = value;
  }

  /** `add` of values[0, count), in order. */
  addAll(values: Float64Array, count: number): void {
    if (this.values === undefined) return;
    if (this.length + count > this.capacity && !this.grow(this.length + count)) return;
    (this.values as Float64Array).set(count === values.length ? values : values.subarray(0, count), this.length);
    this.length += count;
  }

  /** Makes room for `needed` values, doubling; drops everything when a bound says no. */
  private grow(needed: number): boolean {
    const values = this.values as Float64Array;
    const capacity = Math.min(EXACT_COLUMN_VALUES, Math.max(needed, FIRST_CAPACITY, this.capacity * 2));
    if (needed > EXACT_COLUMN_VALUES || capacity - this.capacity > this.budget.remaining) {
      this.drop();
      return false;
    }
    this.budget.remaining -= capacity - this.capacity;
    this.capacity = capacity;
    if (capacity > values.length) {
      // Its third size is the column's whole bound: a part's values then have room for the other
      // parts', merged into them in place (mergeExactValues).
      const eightfold = Math.max(capacity, FIRST_CAPACITY * 8, values.length * 8);
      const grown = new Float64Array(eightfold > FIRST_CAPACITY * 64 ? EXACT_COLUMN_VALUES : eightfold);
      grown.set(values.subarray(0, this.length));
      this.values = grown;
    }
    return true;
  }

  drop(): void {
    if (this.values) this.budget.remaining += this.capacity;
    this.values = undefined;
    this.capacity = 0;
    this.length = 0;
  }

  /** The values, trimmed to their count: a view, not a copy. */
  toArray(): Float64Array | undefined {
    if (!this.values) return undefined;
    return this.values.length === this.length ? this.values : this.values.subarray(0, this.length);
  }
}

/**
 * The in-memory values of the columns of profiles made in this run. A WeakMap rather than a
 * field: JSON.stringify and copies of a profile do not carry them, so nothing stored grows.
 */
const exactByColumn = new WeakMap<ColumnProfile, ExactEntry>();

/**
 * A column's kept values: one array in arrival order (unsorted), or sorted runs (a file's parts,
 * each sorted in its worker), at most two, merged only when a statistic reads them as one array.
 */
interface ExactEntry { runs: Float64Array[]; sorted: boolean }

export function attachExactValues(column: ColumnProfile, values: Float64Array, sorted = false): void {
  exactByColumn.set(column, { runs: [values], sorted });
}

/** Attaches sorted runs (kept apart: each is read as it is, and merged only when one array is asked for). */
function attachExactRuns(column: ColumnProfile, runs: Float64Array[]): void {
  exactByColumn.set(column, { runs, sorted: true });
}

/** The entry's values as one array: its runs merged, once. */
function valuesOf(entry: ExactEntry): Float64Array {
  if (entry.runs.length > 1) entry.runs = [entry.runs.reduce((merged, run) => mergeSorted(merged, run))];
  return entry.runs[0];
}

function lengthOf(entry: ExactEntry): number {
  return entry.runs.reduce((sum, run) => sum + run.length, 0);
}

/** The column's raw values (arrival order, or sorted once a sample or a worker sorted them), when this run kept them. */
export function exactValuesOf(column: ColumnProfile): Float64Array | undefined {
  const entry = exactByColumn.get(column);
  return entry ? valuesOf(entry) : undefined;
}

/**
 * The exact sorted sample of a column whose values this run kept; sorted once, in place. Sorted
 * runs stay runs (`WeightedSample.runs`), their merge made only if a statistic reads `values`.
 */
export function exactSampleOf(column: ColumnProfile): WeightedSample | undefined {
  const entry = exactByColumn.get(column);
  if (!entry || lengthOf(entry) !== column.count) return undefined;
  if (!entry.sorted) {
    sortFloat64(valuesOf(entry));
    entry.sorted = true;
  }
  const total = lengthOf(entry);
  // The weights of 1 are made when a statistic reads them: those of `robust` count instead.
  return {
    get values() {
      return valuesOf(entry);
    },
    get weights() {
      return ones(total);
    },
    total,
    exact: true,
    unitWeights: true,
    ...(entry.runs.length > 1 ? { runs: entry.runs } : {}),
  };
}

/** Weights of 1, shared by every exact sample (the statistics only read them). */
let sharedOnes = new Float64Array(0);

function ones(length: number): Float64Array {
  // A power of two: columns of one file differ by a few values, and each regrowth fills megabytes anew.
  if (sharedOnes.length < length) sharedOnes = new Float64Array(2 ** Math.ceil(Math.log2(length))).fill(1);
  return sharedOnes.subarray(0, length);
}

/** Column name, values and whether they are sorted, for sending a profile's exact values from a worker (transferable). */
export type ExactTransfer = [string, Float64Array, boolean?][];

/**
 * The exact values of a profile's columns, to send. `sort`: sorted first, in the worker, so the
 * parts of a file sort in parallel and their merge is a linear merge of sorted runs.
 */
export function exactTransferOf(profile: Profile, sort = false): ExactTransfer {
  const transfer: ExactTransfer = [];
  for (const column of profile.columns) {
    const values = exactValuesOf(column);
    if (!values) continue;
    if (sort) sortFloat64(values);
    transfer.push([column.name, values, sort]);
  }
  return transfer;
}

/** Attaches the values a worker sent to the columns of the profile it sent with them. */
export function adoptExactTransfer(profile: Profile, transfer: ExactTransfer | undefined): void {
  if (!transfer) return;
  const byName = new Map(transfer.map(([name, values, sorted]) => [name, { values, sorted: sorted === true }]));
  for (const column of profile.columns) {
    const entry = byName.get(column.name);
    if (entry) attachExactValues(column, entry.values, entry.sorted);
  }
}

/**
 * Attaches to the columns of `merged` (mergeProfiles(a, b)) the values of both sides, where
 * every side that has the column kept them and together they fit the bounds. `consume`: neither
 * side's values are read again (a file's parts), so `a`'s sorted values may be merged in place.
 */
export function mergeExactValues(a: Profile, b: Profile, merged: Profile, consume = false): void {
  const budget = new ExactBudget();
  const side = (profile: Profile): Map<string, ColumnProfile> => new Map(profile.columns.map((column) => [column.name, column]));
  const before = side(a);
  const after = side(b);
  for (const column of merged.columns) {
    const parts = [before.get(column.name), after.get(column.name)].filter((part): part is ColumnProfile => part !== undefined);
    const entries = parts.map((part) => exactByColumn.get(part));
    if (entries.some((entry) => entry === undefined)) continue;
    const sides = entries as ExactEntry[];
    const total = sides.reduce((sum, entry) => sum + lengthOf(entry), 0);
    if (total > EXACT_COLUMN_VALUES || total > budget.remaining) continue;
    budget.remaining -= total;
    if (sides.length === 2 && sides.every((entry) => entry.sorted)) {
      // Sorted sides stay runs, not merged (`robust` walks them apart): at most two, the first
      // two merged (in place, for a file's parts read once) when a third comes.
      const runs = sides.flatMap((entry) => entry.runs);
      while (runs.length > 2) runs.splice(0, 2, mergeSorted(runs[0], runs[1], consume));
      attachExactRuns(column, runs);
      continue;
    }
    // One allocation of the exact size; the parts' arrays are let go after the merge.
    const arrays = sides.map(valuesOf);
    const values = new Float64Array(total);
    let offset = 0;
    for (const part of arrays) {
      values.set(part, offset);
      offset += part.length;
    }
    attachExactValues(column, values);
  }
}

/** Lets the values of a profile's columns go once its comparison is done (a check keeps its profiles). */
export function releaseExactValues(profile: Profile): void {
  for (const column of profile.columns) exactByColumn.delete(column);
}
