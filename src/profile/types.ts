// The profile: a small, versioned, mergeable JSON summary of a snapshot (DESIGN.md "Profile JSON").

import type { ValueFormat } from './formats.js';

/** `list`, `struct` and `map` are Parquet's nested columns: counted, not profiled value by value. */
export type ColumnType = 'integer' | 'number' | 'boolean' | 'string' | 'date' | 'timestamp' | 'list' | 'struct' | 'map';

export type QuantileKey = 'p01' | 'p05' | 'p25' | 'p50' | 'p75' | 'p95' | 'p99';

export interface ColumnProfile {
  name: string;
  type: ColumnType;
  /** Non-null values. */
  count: number;
  nulls: number;
  distinct?: number;
  /** Numbers for numeric columns; ISO strings for date/timestamp; absent otherwise. */
  min?: number | string;
  max?: number | string;
  mean?: number;
  /** Sample standard deviation (n − 1). */
  std?: number;
  quantiles?: Record<QuantileKey, number>;
  top?: { value: string; count: number }[];
  /**
   * How the text was read when not as plain values. Date/timestamp columns: the format's name,
   * `YYYY-MM-DD`, `ISO 8601`, `DD.MM.YYYY`, `MM/DD/YYYY HH:MM[:SS]`, `epoch seconds`, …
   * (src/profile/dates.ts). Numbers: `{ decimal: ",", thousands: ".", percent: true }`; booleans:
   * `{ true: ["Y"], false: ["N"] }`, the tokens seen in the sample (src/profile/formats.ts).
   */
  format?: string | ValueFormat;
  /** The other format every value also reads in, when the column could not tell (`DD/MM/YYYY` beside `MM/DD/YYYY`). */
  ambiguousFormat?: string;
  /** For `string` columns: share of non-null values that parsed as the narrowest other type. */
  parsed?: { type: ColumnType; share: number };
  /** Shortest/longest string length (all types, on the text form). */
  minLength?: number;
  maxLength?: number;
  histogram?: { edges: number[]; counts: number[] };
  /** Lists and maps: their number of entries over the non-null values. */
  length?: { min: number; max: number; mean: number };
  /** A column of an engine's table whose type datagate does not have (JSON, geometry…): why it is counted only. */
  notProfiled?: string;
  /** The engine's name of the column's type, for a table's column datagate does not profile. */
  engineType?: string;
  /**
   * A table's column: whether its catalog lets it hold nulls (false: declared NOT NULL). Absent
   * for files and query results, which declare nothing; the schema diff compares it only where
   * both sides have it.
   */
  declaredNullable?: boolean;
  /** Opaque, JSON-serialisable sketch state that makes profiles mergeable. */
  state?: unknown;
}

export interface Profile {
  version: 1;
  rows: number;
  columns: ColumnProfile[];
  /** CSV/TSV: the field delimiter read (given, or detected from the first lines). */
  delimiter?: string;
  /** Where it came from (file names), informative only. */
  source?: string[];
}

/**
 * Non-null numeric values of a column as a sorted weighted sample. Exact (every weight 1) while
 * the column fits the memory budget, a sketch's weighted items beyond it.
 */
export interface WeightedSample {
  values: Float64Array;
  weights: Float64Array;
  /** Sum of weights = the column's non-null count. */
  total: number;
  exact: boolean;
  /**
   * Every weight is 1 (a run's exact values): loops may count instead of reading the weights,
   * which gives the same numbers, since sums of 1s are exact integers.
   */
  unitWeights?: boolean;
  /**
   * The values as the sorted runs they came in (the parts of a file, each sorted in its worker),
   * `values` being their merge, made only when read. Set only with `unitWeights`. The walks that
   * `robust` needs read the runs instead (src/stats/runs.ts), so a file read in parts is compared
   * without the copy that its merge writes.
   */
  runs?: readonly Float64Array[];
}

/** Counts of each category (text form of the value), exact or heavy hitters plus a remainder. */
export interface CategoryCounts {
  counts: Map<string, number>;
  /** Count not attributed to any listed category (0 when exact). */
  other: number;
  exact: boolean;
}
