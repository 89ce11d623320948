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
    async close() {
      await client.end();
    },
  };
}
