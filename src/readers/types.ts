// What every reader yields: columnar batches of raw cells, plus non-fatal read issues.

export type Format = 'csv' | 'tsv' | 'jsonl' | 'json' | 'parquet';

/** A raw cell as the file holds it. Text formats give strings; JSON and Parquet give typed values. */
export type Cell = string | number | boolean | bigint | Date | null | undefined | object;

export interface Batch {
  /** Column names in file order. A later batch may add columns (JSON objects with new keys). */
  columns: string[];
  /** data[c][r]: the cell of column `columns[c]` in row r of this batch. */
  data: Cell[][];
  /** Rows in this batch. */
  length: number;
  /** 1-based number, across the whole dataset, of this batch's first data row (header not counted). */
  firstRow: number;
  /** Text formats: 1-based line in `file` where each row starts. */
  lines?: ArrayLike<number>;
  /** The file this batch came from. */
  file: string;
  /** Parquet: the nested columns (list, struct, map) by name; their cells are `NestedValue`s. */
  nested?: Record<string, 'list' | 'struct' | 'map'>;
}

/** Something wrong in an otherwise readable file: counted and reported, never silently dropped. */
export interface ReadIssue {
  kind: 'ragged_row' | 'invalid_value' | 'nested_column' | 'other';
  file: string;
  line?: number;
  row?: number;
  message: string;
}

export interface ReadOptions {
  format?: Format;
  /** CSV/TSV field delimiter; default from the format. */
  delimiter?: string;
  /** CSV/TSV decimal mark of numbers; without it, detected per column from the first lines. */
  decimal?: '.' | ',';
  /** Extra tokens read as null, besides the empty field / JSON null. */
  nullValues?: string[];
  /** Rows per batch (a hint). */
  batchSize?: number;
}
