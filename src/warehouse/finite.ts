// NaN and ±Infinity stored in a float (or PostgreSQL numeric) column are not values: datagate reads
// them as null, as the file profiler reads Parquet's and Arrow's NaN (pandas' missing float) and
// as a CSV export reads with `null_values: [NaN, Infinity, -Infinity]` (PostgreSQL writes those
// words; DuckDB `nan`, `inf`, `-inf`). One spelling for every engine: x − x is 0 for a finite x
// and NaN for NaN and ±Infinity, and NaN = 0 is false everywhere (PostgreSQL and DuckDB sort NaN
// above every number and call it equal to itself, but never to 0).

import type { Dialect } from './types.js';

/** A numeric expression with NaN and ±Infinity turned into NULL. */
export function finiteNumber(expression: string): string {
  return `CASE WHEN ${expression} - ${expression} = 0 THEN ${expression} END`;
}

/**
 * The relation with its non-integer numeric columns read through `finiteNumber`, every column
 * under its own name; the relation itself when it has none.
 */
export function finiteRelation(dialect: Dialect, relation: string, columns: readonly { name: string; type: string }[]): string {
  if (!columns.some((column) => column.type === 'number')) return relation;
  const list = columns.map((column) => {
    const quoted = dialect.quoteIdent(column.name);
    return column.type === 'number' ? `${finiteNumber(quoted)} AS ${quoted}` : quoted;
  });
  return `(SELECT ${list.join(', ')} FROM ${relation}) AS datagate_finite`;
}
