// DuckDB through its official Node client (native; see load.ts for how it is found).

import { loadDuckDb } from '../load.js';
import type { SqlClient, SqlRow } from '../types.js';

export async function openDuckDb(path: string): Promise<SqlClient> {
  const duckdb = await loadDuckDb();
  const instance = await duckdb.DuckDBInstance.create(path);
  const connection = await instance.connect();
  return {
    engine: 'duckdb',
    async query(sql: string): Promise<SqlRow[]> {
      const reader = await connection.runAndReadAll(sql);
      return reader.getRowObjectsJS() as SqlRow[];
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
