// Trino (and Starburst) through trino-client: its HTTP protocol, POST /v1/statement and then
// each `nextUri` until the query finishes. The client has no timeout of its own: the server is
// told the limit (session property query_max_run_time) and a deadline here stops waiting.

import { UserError } from '../../errors.js';
import { loadTrino } from '../load.js';
import type { SqlClient, SqlRow } from '../types.js';
import { DEFAULT_TIMEOUT_MS, httpProblem, safeUrl, unreachable, withDeadline } from './errors.js';

export interface TrinoOptions {
  /** `https://trino.example.com:443` */
  server: string;
  /** Sent as X-Trino-User; `datagate` when not given. */
  user?: string;
  /** With a password, the user and password go as HTTP basic auth (Trino wants HTTPS for that). */
  password?: string;
  catalog?: string;
  schema?: string;
  timeoutMs?: number;
}

interface TrinoResult {
  id?: string;
  columns?: { name: string; type: string }[];
  data?: unknown[][];
  error?: { message?: string; errorName?: string; errorType?: string };
}

export async function openTrino(options: TrinoOptions): Promise<SqlClient> {
  const where = `Trino at ${safeUrl(options.server)}`;
  try {
    new URL(options.server);
  } catch {
    throw new UserError(`Trino: server is not a URL (expected e.g. https://trino.example.com:443)`);
  }
  const { Trino, BasicAuth } = await loadTrino();
  const user = options.user ?? 'datagate';
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const trino = Trino.create({
    server: options.server,
    source: 'datagate',
    catalog: options.catalog,
    schema: options.schema,
    ...(options.password !== undefined ? { auth: new BasicAuth(user, options.password) } : {}),
  });

  async function run(sql: string, seen: { id?: string; stopped?: boolean }): Promise<SqlRow[]> {
    const iterator = (await trino.query({ query: sql, user, catalog: options.catalog, schema: options.schema, session: { query_max_run_time: `${timeoutMs}ms` } }))[Symbol.asyncIterator]();
    const rows: SqlRow[] = [];
    let columns: string[] | null = null;
    const take = (result: TrinoResult) => {
      if (result.id) seen.id = result.id;
      if (result.error) throw new UserError(`${where}: ${result.error.errorName ?? 'query failed'}: ${result.error.message ?? ''}`.trimEnd());
      if (result.columns) columns = result.columns.map((column) => column.name);
      for (const values of result.data ?? []) {
        if (!columns) throw new UserError(`${where}: the server sent rows before their columns`);
        const row: SqlRow = {};
        columns.forEach((name, i) => (row[name] = values[i]));
        rows.push(row);
      }
    };
    // The iterator yields every page after the first response; when that response already ends
    // the query (e.g. it failed at once), it comes back only as the final `done` value.
    for (let first = true; ; first = false) {
      if (seen.stopped) return rows; // the deadline passed: stop polling
      const step = await iterator.next();
      if (step.done) {
        if (first) take(step.value as TrinoResult);
        return rows;
      }
      take(step.value as TrinoResult);
    }
  }

  return {
    engine: 'trino',
    async query(sql: string): Promise<SqlRow[]> {
      const seen: { id?: string; stopped?: boolean } = {};
      try {
        return await withDeadline(run(sql, seen), timeoutMs, where, () => {
          seen.stopped = true;
          return seen.id ? trino.cancel(seen.id) : undefined;
        });
      } catch (error) {
        throw trinoError(where, error);
      }
    },
    async close() {
      // HTTP: nothing stays open between queries.
    },
  };
}

function trinoError(where: string, error: unknown): Error {
  if (error instanceof UserError) return error;
  const status = (error as { response?: { status?: unknown } }).response?.status;
  if (typeof status === 'number') return new UserError(`${where}: ${httpProblem(status)}`);
  const network = unreachable(where, error);
  if (network) return new UserError(network);
  // A new error without the original attached: axios errors carry the request's configuration.
  return new Error(`${where}: ${error instanceof Error ? error.message : String(error)}`);
}
