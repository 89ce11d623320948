// Databricks SQL warehouses through @databricks/sql (found or installed at run time, see
// load.ts): a personal access token or service principal token from the environment. The server
// is told the limit (queryTimeout) and a deadline here stops waiting.

import { UserError } from '../../errors.js';
import { loadDatabricks, type DatabricksSession } from '../load.js';
import type { SqlClient, SqlRow } from '../types.js';
import { DEFAULT_TIMEOUT_MS, httpProblem, unreachable, withDeadline } from './errors.js';

export interface DatabricksOptions {
  /** The workspace host: `dbc-a1b2345c-d6e7.cloud.databricks.com`. */
  host: string;
  /** The warehouse's HTTP path: `/sql/1.0/warehouses/a1b234c567d8e9fa`. */
  path: string;
  token: string;
  timeoutMs?: number;
  /** Not 443 (the tests' closed port). */
  port?: number;
}

export async function openDatabricks(options: DatabricksOptions): Promise<SqlClient> {
  const where = `Databricks at ${options.host}`;
  if (/^[a-z]+:\/\//i.test(options.host) || options.host.includes('/')) throw new UserError(`Databricks: host is a host name, without https:// or a path (e.g. dbc-a1b2345c-d6e7.cloud.databricks.com)`);
  const { DBSQLClient } = await loadDatabricks();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const client = new DBSQLClient({ logger: { log() {} } });
  let session: DatabricksSession;
  try {
    await withDeadline(
      client.connect({ host: options.host, path: options.path, token: options.token, ...(options.port ? { port: options.port } : {}), socketTimeout: timeoutMs, retryMaxAttempts: 2, telemetryEnabled: false, userAgentEntry: 'datagate' }),
      timeoutMs,
      where,
    );
    session = await withDeadline(client.openSession(), timeoutMs, where);
  } catch (error) {
    await client.close().catch(() => undefined);
    throw databricksError(where, error);
  }
  return {
    engine: 'databricks',
    async query(sql: string): Promise<SqlRow[]> {
      try {
        return await withDeadline(
          (async () => {
            const operation = await session.executeStatement(sql, { runAsync: true, queryTimeout: Math.max(1, Math.ceil(timeoutMs / 1000)) });
            try {
              return (await operation.fetchAll()) as SqlRow[];
            } finally {
              await operation.close();
            }
          })(),
          timeoutMs,
          where,
        );
      } catch (error) {
        throw databricksError(where, error);
      }
    },
    async close() {
      await session.close().catch(() => undefined);
      await client.close();
    },
  };
}

function databricksError(where: string, error: unknown): Error {
  if (error instanceof UserError) return error;
  const network = unreachable(where, error);
  if (network) return new UserError(network);
  const record = error as { statusCode?: unknown; response?: { status?: unknown }; message?: unknown; sqlState?: unknown };
  const status = typeof record.statusCode === 'number' ? record.statusCode : typeof record.response?.status === 'number' ? record.response.status : null;
  if (status !== null) return new UserError(`${where}: ${httpProblem(status)}`);
  const message = typeof record.message === 'string' ? record.message : String(error);
  if (typeof record.sqlState === 'string' || /\[(TABLE_OR_VIEW_NOT_FOUND|UNRESOLVED_COLUMN|PARSE_SYNTAX_ERROR|INSUFFICIENT_PERMISSIONS)/.test(message)) return new UserError(`${where}: ${message}`);
  return new Error(`${where}: ${message}`);
}
