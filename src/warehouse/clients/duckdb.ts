// DuckDB through its official Node client (native; see load.ts for how it is found).

import { loadDuckDb } from '../load.js';
import type { SqlClient, SqlRow } from '../types.js';

export interface DuckDbOptions {
  /** Open the file read-only: a check never writes to the database it reads. */
  readOnly?: boolean;
  /** A query running longer is interrupted (DuckDB has no statement timeout of its own). */
  timeoutMs?: number;
}

export async function openDuckDb(path: string, options: DuckDbOptions = {}): Promise<SqlClient> {
  const duckdb = await loadDuckDb();
  const instance = await duckdb.DuckDBInstance.create(path, options.readOnly ? { access_mode: 'READ_ONLY' } : undefined);
  const connection = await instance.connect();
  return {
    engine: 'duckdb',
    async query(sql: string): Promise<SqlRow[]> {
      const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => connection.interrupt(), options.timeoutMs);
      try {
        const reader = await connection.runAndReadAll(sql);
        return reader.getRowObjectsJS() as SqlRow[];
      } finally {
        clearTimeout(timer);
      }
    },
    async describe(sql: string) {
      const reader = await connection.runAndReadAll(`DESCRIBE ${sql}`);
      return (reader.getRowObjectsJS() as { column_name: string; column_type: string }[]).map((row) => ({ name: row.column_name, type: row.column_type }));
    },
    async close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
