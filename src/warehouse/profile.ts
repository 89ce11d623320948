// A table's profile. INTERIM: the rows are pulled back and profiled as a file's would be (right,
// but it moves every row); the SQL pushdown replaces the body of `profileTable`, not its shape.

import { Profiler } from '../profile/index.js';
import type { Profile } from '../profile/types.js';
import type { Batch, Cell } from '../readers/types.js';
import { relationSql, sourceLabel } from './dialect.js';
import type { Dialect, SqlClient, TableSource } from './types.js';

/** What a dataset's SQL cost: shown in the report, so a reviewer sees what ran. */
export interface QueryCost {
  queries: number;
  rowsScanned: number;
  ms: number;
}

export interface TableProfileOptions {
  /** Keep every numeric value for exact drift statistics (a comparison in this run). */
  exact?: boolean;
}

export async function profileTable(client: SqlClient, dialect: Dialect, source: TableSource, options: TableProfileOptions = {}): Promise<{ profile: Profile; cost: QueryCost }> {
  const started = Date.now();
  const rows = await client.query(`SELECT * FROM ${relationSql(dialect, source)}`);
  const profiler = new Profiler({ exact: options.exact ?? false });
  if (rows.length > 0) {
    const columns = Object.keys(rows[0]!);
    const data: Cell[][] = columns.map((name) => rows.map((row) => cellOf(row[name])));
    const batch: Batch = { columns, data, length: rows.length, firstRow: 1, file: sourceLabel(source) };
    profiler.add(batch);
  }
  const profile = { ...profiler.finish(), source: [sourceLabel(source)] };
  return { profile, cost: { queries: 1, rowsScanned: rows.length, ms: Date.now() - started } };
}

function cellOf(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  return value as Cell;
}
