// PostgreSQL (and Redshift, which speaks its protocol) through node-postgres.

import { loadPg } from '../load.js';
import type { SqlClient, SqlRow } from '../types.js';

export async function openPostgres(url: string, options: { timeoutMs?: number } = {}): Promise<SqlClient> {
  const pg = await loadPg();
  // bigint (int8) and numeric come back as text by default; counts and sums are read as numbers.
  const types = {
    getTypeParser: (oid: number, format?: string) => {
      if (oid === 20 || oid === 1700) return (value: string) => Number(value);
      return pg.types.getTypeParser(oid, format as 'text');
    },
  };
  const client = new pg.Client({ connectionString: url, statement_timeout: options.timeoutMs, connectionTimeoutMillis: options.timeoutMs, types });
  // A server that drops the connection between queries emits 'error' on the client: without a
  // listener that kills the process; the next query fails with the reason instead.
  client.on('error', () => {});
  await client.connect();
  return {
    engine: 'postgres',
    async query(sql: string): Promise<SqlRow[]> {
      const result = await client.query(sql);
      return result.rows as SqlRow[];
    },
    async describe(sql: string) {
      // LIMIT 0 reads no row; the result still names every column and its type's oid and modifier.
      const result = await client.query(`SELECT * FROM (${sql}) AS datagate_describe LIMIT 0`);
      const fields = result.fields.map((field) => ({ name: field.name, oid: Math.trunc(Number(field.dataTypeID)), mod: Math.trunc(Number(field.dataTypeModifier)) }));
      if (fields.length === 0) return [];
      const pairs = fields.map((field, i) => `(${i}, ${field.oid}::oid, ${field.mod})`).join(', ');
      const names = await client.query(`SELECT i, format_type(o, CASE WHEN m < 0 THEN NULL ELSE m END) AS type FROM (VALUES ${pairs}) AS f(i, o, m) ORDER BY i`);
      return fields.map((field, i) => ({ name: field.name, type: String((names.rows[i] as { type: unknown }).type) }));
    },
    async close() {
      await client.end();
    },
  };
}
