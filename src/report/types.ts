// The report: plain data that every output (JSON, comment, summary, annotations, HTML) renders.

import type { ColumnType } from '../profile/types.js';
import type { DiffReport } from '../diff/types.js';

export type { DiffReport };

export type Status = 'pass' | 'warn' | 'fail';
export type GateStatus = Status | 'skip';
export type Severity = 'error' | 'warn';

export interface Example {
  /** 1-based data row number (header not counted). */
  row: number;
  /** 1-based line in the file, for text formats. */
  line?: number;
  file?: string;
  value: string;
}

export interface GateResult {
  /** Stable, dotted: `train.drift.age`, `train.contract.age.max`, `classifier.metric.accuracy`. */
  id: string;
  status: GateStatus;
  message: string;
  /** The gate family, for grouping in renderings: `schema`, `contract`, `rows`, `freshness`, `drift`, `metric`, `segment`, `latency`, … */
  kind: string;
  severity?: Severity;
  dataset?: string;
  model?: string;
  column?: string;
  observed?: unknown;
  expected?: unknown;
  /** Offending rows or values. */
  count?: number;
  examples?: Example[];
}

export interface SchemaColumn { name: string; type: ColumnType }

export interface SchemaDiff {
  added: (SchemaColumn & { breaking: boolean })[];
  removed: (SchemaColumn & { breaking: boolean })[];
  changed: { name: string; from: ColumnType; to: ColumnType; breaking: boolean }[];
  renamed: { from: string; to: string; type: ColumnType; breaking: boolean }[];
  /**
   * `from`/`to`: nullable before and after. By the values (nulls seen or not), or with `declared`
   * by both tables' catalogs (a NOT NULL constraint added or dropped).
   */
  nullability: { name: string; from: boolean; to: boolean; breaking: boolean; declared?: boolean }[];
  /** Column order changed (names common to both sides, in a different order). */
  reordered: boolean;
}

export interface NumericEvidence {
  p05?: number; p50?: number; p95?: number; mean?: number; nullRate: number;
}

export interface DriftColumn {
  name: string;
  method: 'ks' | 'psi' | 'wasserstein' | 'jensenshannon' | 'chisquare' | 'significant' | 'robust';
  score: number;
  pValue: number | null;
  threshold: number;
  drifted: boolean;
  /** pass / warn / fail for this column (PSI warns between 0.1 and 0.25). */
  status: Status;
  /** True when computed from sketches rather than exact values. */
  approximate?: boolean;
  /** p-value after Benjamini–Hochberg across the dataset's columns, when enabled. */
  adjustedPValue?: number | null;
  baseline?: NumericEvidence;
  current?: NumericEvidence;
  /** Shared-edge histogram of both sides, enough for a before/after sparkline. */
  histogram?: { edges: number[]; baseline: number[]; current: number[] };
  categories?: {
    added: string[];
    removed: string[];
    /** Biggest share changes first. */
    changes: { value: string; baseline: number; current: number }[];
  };
  /**
   * Date and timestamp columns: the range of each side (ISO), compared instead of a drift
   * method (score 0, never drifted, not counted in the share).
   */
  range?: { baseline: { min: string; max: string }; current: { min: string; max: string } };
  note?: string;
  /** Why the column got no score (an identifier, no values on a side, types that differ…); absent when compared. */
  notCompared?: string;
  /** The null-rate check, when either side has nulls: a rise of ≥ 5 points that the test confirms drifts. */
  nulls?: NullRateCheck;
  /** The tests behind a `robust` verdict (p-values before any adjustment). */
  tests?: DriftTest[];
  /** The verdict in one line a reviewer reads: what moved, by how much, on how many rows, how sure. */
  explanation?: string;
  /**
   * `robust` columns without drift: the smallest changes the column's test would have caught
   * with probability `power` at its sample sizes and level `alpha` (0.05 after Bonferroni in the
   * column and the dataset's Benjamini–Hochberg family), never below the materiality floor.
   */
  detectable?: Detectable;
}

export interface Detectable {
  /** Numeric columns: a shift of the mean, in baseline standard deviations. */
  meanShift?: number;
  /** Categorical columns: share of rows moved between the two most common baseline categories. */
  categoryShare?: number;
  power: number;
  alpha: number;
}

export interface NullRateCheck {
  /** Null share of all rows, each side. */
  baseline: number;
  current: number;
  /** Two-proportion test (χ² on nulls vs values, as scipy.stats.chi2_contingency(correction=False)). */
  pValue: number;
  /** After Benjamini–Hochberg with the dataset's other tests, when the method adjusts. */
  adjustedPValue?: number;
  drifted: boolean;
}

export interface DriftTest {
  /** rank-welch and rank-brown-forsythe run on the pooled midranks of both sides. */
  name: 'ks' | 'rank-welch' | 'rank-brown-forsythe' | 'chisquare' | 'unseen';
  statistic: number;
  pValue: number;
  /** Effect measured for this test where it has its own (rows moved between categories; unseen share above expected). */
  effect?: number;
}

export interface DatasetReport {
  name: string;
  status: Status;
  rows: { baseline: number | null; current: number };
  /** Absent when there is no baseline. */
  schema?: SchemaDiff;
  drift?: { share: number; drifted: boolean; threshold: number; columns: DriftColumn[] };
  /** Rows added, removed and changed by key, when the dataset has a key and a data baseline. */
  diff?: DiffReport;
  /** Files read for the current snapshot. */
  files?: string[];
  baseline?: { source: string; ref?: string } | null;
  /** A table or query as the current snapshot: `pg: analytics.orders` (connection: table). */
  source?: string;
  /** What the engines did for this dataset (both sides and the contract), when a side is a table. */
  cost?: QueryCost;
}

/** Queries sent, rows the engine scanned for them, and their wall time. */
export interface QueryCost {
  queries: number;
  rowsScanned: number;
  ms: number;
  /** Rows the engines sent back for the row diff (present when a row diff ran). */
  rowsPulled?: number;
}

export interface MetricResult {
  name: string;
  baseline: number | null;
  current: number | null;
  delta: number | null;
  direction?: 'higher' | 'lower';
  status: GateStatus;
  /** 95% bootstrap interval of the delta, when per-example predictions exist. */
  ci?: [number, number];
}

export interface SegmentResult {
  metric: string;
  segments: { name: string; value: number }[];
  worst: string | null;
  best: string | null;
  gap: number | null;
}

export interface ModelReport {
  name: string;
  status: Status;
  metrics: MetricResult[];
  segments?: SegmentResult;
}

export interface Report {
  version: 1;
  status: Status;
  datasets: DatasetReport[];
  models: ModelReport[];
  gates: GateResult[];
  /** Context for the footer; no clock unless asked. */
  meta?: {
    tool: string;
    version: string;
    config?: string;
    commit?: string;
    baseCommit?: string;
    runUrl?: string;
    artifact?: string;
  };
}
