// The row diff's result, as it appears in the report (a dataset's `diff`), and its options.

/** A value as the report shows it: numbers by value, times as ISO text, booleans, text; null for a null. */
export type DiffValue = number | string | boolean | null;

/** A row's key, column → value, in the order the key names them. */
export type DiffKey = Record<string, DiffValue>;

export interface ChangedCell { column: string; before: DiffValue; after: DiffValue }

export interface ChangedRow { key: DiffKey; changes: ChangedCell[] }

export interface SideRow { key: DiffKey; row: Record<string, DiffValue> }

export interface DiffColumn {
  name: string;
  /** Rows present on both sides whose value in this column differs (beyond the tolerance). */
  changed: number;
  /** changed / rows present on both sides. */
  share: number;
  /** Mean of after − before over the changed rows where both values are numbers. */
  meanDelta?: number;
  /** The most frequent change of a non-numeric column, with how many rows made it. */
  typical?: { before: DiffValue; after: DiffValue; count: number };
  /** A few changed rows, smallest keys first. */
  examples: { key: DiffKey; before: DiffValue; after: DiffValue }[];
}

export interface DiffReport {
  key: string[];
  /** Rows read on each side. Every row is one of: a key's first row (added, removed, changed, unchanged), a duplicate, or a null key. */
  rows: { baseline: number; current: number };
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
  /** Rows whose key an earlier row of the same side already had: counted here, not diffed. */
  duplicateKeys: { baseline: number; current: number; examples: DiffKey[] };
  /** Rows with a null in a key column: counted here, not diffed. */
  nullKeys: { baseline: number; current: number };
  /** One entry per compared column, in the baseline's column order. */
  columns: DiffColumn[];
  /** Columns that were not compared, and why. */
  notCompared: { baseline: string[]; current: string[]; ignored: string[] };
  examples: { added: SideRow[]; removed: SideRow[]; changed: ChangedRow[] };
  /** Present when the sides did not fit the memory budget and were hash-partitioned to disk. */
  partitions?: number;
}

/** How one column compares: within an absolute or relative tolerance, or times to a unit. */
export interface ColumnRule {
  /** |after − before| ≤ absolute counts as equal (numbers; times in milliseconds). */
  absolute?: number;
  /** |after − before| ≤ relative × max(|before|, |after|) counts as equal. */
  relative?: number;
  /** Times are truncated to this many milliseconds before comparing. */
  unitMs?: number;
}

export interface DiffOptions {
  key: string[];
  ignore?: string[];
  columns?: Record<string, ColumnRule>;
  /** Examples kept per list. */
  examples?: number;
}
