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
  nullability: { name: string; from: boolean; to: boolean; breaking: boolean }[];
  /** Column order changed (names common to both sides, in a different order). */
  reordered: boolean;
}

export interface NumericEvidence {
  p05?: number; p50?: number; p95?: number; mean?: number; nullRate: number;
}

export interface DriftColumn {
  name: string;
  method: 'ks' | 'psi' | 'wasserstein' | 'jensenshannon' | 'chisquare' | 'significant';
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
  note?: string;
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
