// From the rows of the profile's queries to the same column state a file's profile holds, then
// through the file profile's own `summarise`: same fields, same meaning, mergeable. Pure.

import { EXACT_VALUES, KLL_K } from '../profile/sample.js';
import type { SampleState } from '../profile/sample.js';
import { STATE_VERSION } from '../profile/stateVersion.js';
import type { ColumnState } from '../profile/state.js';
import type { CategoryState } from '../profile/categories.js';
import { summarise, weightedQuantile } from '../profile/summary.js';
import type { ColumnProfile, QuantileKey } from '../profile/types.js';
import { KIND_BOOLEAN, KIND_DATE, KIND_INTEGER, KIND_NUMBER, KIND_STRING, KIND_TIMESTAMP } from '../profile/values.js';
import type { SqlColumn } from './profileSql.js';
import type { SqlRow } from './types.js';

export const QUANTILES: [QuantileKey, number][] = [['p01', 0.01], ['p05', 0.05], ['p25', 0.25], ['p50', 0.5], ['p75', 0.75], ['p95', 0.95], ['p99', 0.99]];
/** Items of the top level of a grid sketch: at most a KLL top level's capacity (k), so loading it never compacts. */
export const GRID_ITEMS = KLL_K;

/** A number from a driver: number, bigint or decimal text. */
export function numberOf(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return Number(value);
}

function optionalNumber(value: unknown): number | undefined {
  return value === null || value === undefined ? undefined : numberOf(value);
}

/** Q1's figures of one column. */
export interface ColumnAggregates {
  count: number;
  min?: number;
  max?: number;
  mean?: number;
  variance?: number;
  minLength?: number;
  maxLength?: number;
}

export function readAggregates(row: SqlRow, columns: SqlColumn[]): { rows: number; columns: ColumnAggregates[] } {
  return {
    rows: numberOf(row.n),
    columns: columns.map((_, i) => {
      const aggregates: ColumnAggregates = { count: numberOf(row[`c${i}`]) };
      const fields: [keyof ColumnAggregates, string][] = [['min', 'mn'], ['max', 'mx'], ['mean', 'av'], ['variance', 'vr'], ['minLength', 'ln'], ['maxLength', 'lx']];
      for (const [field, alias] of fields) {
        const value = optionalNumber(row[`${alias}${i}`]);
        if (value !== undefined) aggregates[field] = value;
      }
      return aggregates;
    }),
  };
}

/** One column's value counts from Q2. */
export interface ColumnCategories {
  /** [text, count], as a file's CategoryState lists them. */
  items: [string, number][];
  /** The values are numbers (listed under String(value)). */
  numbers: boolean;
  /** Exact distinct count of non-null values. */
  distinct: number;
  /** Every value is listed. */
  exact: boolean;
}

/** The text a file profile lists a value under. */
export function categoryText(column: SqlColumn, value: unknown): string {
  switch (column.type) {
    case 'integer':
    case 'number':
      if (typeof value === 'bigint' && (value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER))) return value.toString();
      return String(numberOf(value));
    case 'boolean':
      return value === true || value === 't' || value === 'true' || value === 1 ? 'true' : 'false';
    case 'date':
      return new Date(numberOf(value)).toISOString().slice(0, 10);
    case 'timestamp':
      return new Date(numberOf(value)).toISOString();
    default:
      return String(value);
  }
}

function compareItems(a: [string, number], b: [string, number]): number {
  return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

/** Q2's rows, per listed column (by position in `indexes`); `nulls` per column of `columns`. */
export function readCategories(rows: SqlRow[], columns: SqlColumn[], indexes: number[], nulls: number[], exactLimit: number, keep: number): ColumnCategories[] {
  const groups = indexes.map(() => ({ items: [] as [string, number][], groups: 0 }));
  for (const row of rows) {
    const j = numberOf(row.gid);
    const group = groups[j];
    if (!group) continue;
    group.groups = numberOf(row.d);
    const value = row[`k${j}`];
    if (value !== null && value !== undefined) group.items.push([categoryText(columns[indexes[j]], value), numberOf(row.n)]);
  }
  return groups.map((group, j) => {
    const index = indexes[j];
    const type = columns[index].type;
    // `d` counts the groups, the nulls' one among them.
    const distinct = Math.max(0, group.groups - (nulls[index] > 0 ? 1 : 0));
    const items = group.items.sort(compareItems);
    const exact = distinct <= exactLimit && items.length === distinct;
    return { items: exact ? items : items.slice(0, keep), numbers: type === 'integer' || type === 'number', distinct, exact };
  });
}

/**
 * The grid sketch of n sorted values: a KLL state whose items are order statistics. The ranks
 * are cut into runs of 2^h (at most GRID_ITEMS of them, weight 2^h each) and the remainder's
 * binary digits (one item each, smaller weights); each item is the value at the middle rank of
 * its run, so every rank is within half a run (≤ n / GRID_ITEMS) of its item: a KS distance
 * from it is within 1/GRID_ITEMS of the exact one, plus the engine's own error.
 */
export function gridItems(n: number): { rank: number; level: number }[] {
  const top = Math.max(0, Math.ceil(Math.log2(n / GRID_ITEMS)));
  const width = 2 ** top;
  const runs = Math.floor(n / width);
  const items: { rank: number; level: number }[] = [];
  for (let j = 0; j < runs; j++) items.push({ rank: j * width + Math.floor(width / 2), level: top });
  let start = runs * width;
  let rest = n - start;
  for (let level = top - 1; level >= 0 && rest > 0; level--) {
    const weight = 2 ** level;
    if (rest >= weight) {
      items.push({ rank: start + Math.floor(weight / 2), level });
      start += weight;
      rest -= weight;
    }
  }
  return items;
}

/** The ranks (0-based) a column's profile needs: its grid items' and its quantiles' two neighbours. */
export function neededRanks(n: number): number[] {
  const ranks = new Set(gridItems(n).map((item) => item.rank));
  for (const [, q] of QUANTILES) {
    const lower = Math.floor(q * (n - 1));
    ranks.add(lower);
    if (lower + 1 < n) ranks.add(lower + 1);
  }
  return [...ranks].sort((a, b) => a - b);
}

/** The grid sketch from the values at the needed ranks. */
export function gridSample(n: number, valueAt: (rank: number) => number): SampleState {
  const items = gridItems(n);
  const top = items.reduce((max, item) => Math.max(max, item.level), 0);
  const levels: number[][] = Array.from({ length: top + 1 }, () => []);
  for (const item of items) levels[item.level].push(valueAt(item.rank));
  for (const level of levels) level.sort((a, b) => a - b);
  return { kll: { k: KLL_K, n, levels, compactions: 0 } };
}

/** numpy's linear quantile from the values at the two ranks around q·(n − 1). */
export function quantilesAt(n: number, valueAt: (rank: number) => number): Record<QuantileKey, number> {
  return Object.fromEntries(QUANTILES.map(([key, q]) => {
    const position = q * (n - 1);
    const lower = Math.floor(position);
    const fraction = position - lower;
    const low = valueAt(lower);
    const high = lower + 1 < n ? valueAt(lower + 1) : low;
    return [key, low + fraction * (high - low)];
  })) as Record<QuantileKey, number>;
}

/** Where a numeric column's values came from: every value (sorted), or the engine's order statistics. */
export type NumericSource =
  | { kind: 'values'; sorted: Float64Array }
  | { kind: 'ranks'; values: Map<number, number> };

const KIND_OF: Partial<Record<SqlColumn['type'], number>> = {
  integer: KIND_INTEGER, number: KIND_NUMBER, boolean: KIND_BOOLEAN, date: KIND_DATE, timestamp: KIND_TIMESTAMP, string: KIND_STRING,
};

function categoryState(categories: ColumnCategories | undefined, count: number): CategoryState {
  if (!categories) return { items: [], total: count, error: 0, exact: true };
  const state: CategoryState = { items: categories.items, total: count, error: 0, exact: categories.exact };
  if (categories.numbers && categories.items.length > 0) state.numbers = categories.items.map((_, index) => index);
  return state;
}

/** The profile of one column from what the queries returned. */
export function columnProfile(column: SqlColumn, rows: number, aggregates: ColumnAggregates, categories: ColumnCategories | undefined, numeric: NumericSource | undefined): ColumnProfile {
  const count = aggregates.count;
  const nulls = rows - count;
  if (column.notProfiled !== undefined) {
    return { name: column.name, type: column.type, count, nulls, notProfiled: column.notProfiled, engineType: column.engineType };
  }
  const kinds = [0, 0, 0, 0, 0, 0];
  kinds[KIND_OF[column.type] ?? KIND_STRING] = count;
  const state: ColumnState = { v: STATE_VERSION, count, nulls, kinds, categories: categoryState(categories, count) };
  if (aggregates.minLength !== undefined && aggregates.maxLength !== undefined) {
    state.minLength = aggregates.minLength;
    state.maxLength = aggregates.maxLength;
  } else if (column.type === 'date' && count > 0) {
    // A date's text form, YYYY-MM-DD, as a CSV export writes it (the profile then says so in `format`).
    state.minLength = 10;
    state.maxLength = 10;
  } else if (column.type === 'boolean' && categories && categories.items.length > 0) {
    // As a typed file's booleans: the lengths of `true` and `false`.
    const lengths = categories.items.map(([text]) => text.length);
    state.minLength = Math.min(...lengths);
    state.maxLength = Math.max(...lengths);
  }
  let quantiles: Record<QuantileKey, number> | undefined;
  if ((column.type === 'integer' || column.type === 'number') && count > 0 && aggregates.min !== undefined && aggregates.max !== undefined) {
    const variance = aggregates.variance ?? 0;
    state.numeric = { n: count, mean: aggregates.mean ?? aggregates.min, m2: count > 1 ? variance * (count - 1) : 0, min: aggregates.min, max: aggregates.max };
    if (numeric?.kind === 'values') {
      const sorted = numeric.sorted;
      state.sample = sorted.length <= EXACT_VALUES ? { exact: Array.from(sorted) } : gridSample(sorted.length, (rank) => sorted[rank]);
      if (sorted.length > EXACT_VALUES) quantiles = exactQuantiles(sorted);
    } else if (numeric?.kind === 'ranks') {
      const valueAt = (rank: number): number => numeric.values.get(rank) ?? Number.NaN;
      state.sample = gridSample(count, valueAt);
      quantiles = quantilesAt(count, valueAt);
    }
  }
  if ((column.type === 'date' || column.type === 'timestamp') && aggregates.min !== undefined && aggregates.max !== undefined) {
    state.time = { min: aggregates.min, max: aggregates.max };
  }
  const profile = summarise(column.name, state);
  // No value to read a type from (a file's all-null column is `string`): the catalog's type stands.
  if (count === 0) profile.type = column.type;
  if (categories) profile.distinct = categories.distinct;
  if (quantiles) profile.quantiles = quantiles;
  return profile;
}

function exactQuantiles(sorted: Float64Array): Record<QuantileKey, number> {
  const sample = { values: sorted, weights: new Float64Array(sorted.length).fill(1), total: sorted.length, exact: true };
  return Object.fromEntries(QUANTILES.map(([key, q]) => [key, weightedQuantile(sample, q)])) as Record<QuantileKey, number>;
}

/** Sorted values from Q3a's rows, per column (by position in the request). */
export function readValues(rows: SqlRow[], width: number): Float64Array[] {
  const counts = new Array<number>(width).fill(0);
  for (const row of rows) for (let j = 0; j < width; j++) if (row[`v${j}`] !== null && row[`v${j}`] !== undefined) counts[j]++;
  const arrays = counts.map((count) => new Float64Array(count));
  const at = new Array<number>(width).fill(0);
  for (const row of rows) {
    for (let j = 0; j < width; j++) {
      const value = row[`v${j}`];
      if (value !== null && value !== undefined) arrays[j][at[j]++] = numberOf(value);
    }
  }
  for (const array of arrays) array.sort();
  return arrays;
}
