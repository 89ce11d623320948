// The config's connections for one run: each opened on first use (a client module loads only
// then), every failure a UserError naming the connection and table with the credentials taken
// out, and all of them closed at the end whatever happened.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { envReferencePattern, type ConnectionConfig } from '../config/connections.js';
import type { ConnectionsConfig } from '../config/schema.js';
import { UserError } from '../errors.js';
import { formatDuration, parseDuration } from '../config/duration.js';
import { redactSecrets } from '../github/redact.js';
import { confinedRead, type Workspace } from '../workspace/index.js';
import { dialectOf } from './dialect.js';
import { describeEngineFailure } from './failure.js';
import { MeteredClient, type QueryCost } from './meter.js';
import type { Dialect, SqlClient, SqlRow, TableSource } from './types.js';

export interface ConnectionsOptions {
  /** The config's folder: a DuckDB path is relative to it. */
  dir: string;
  /** How the config is named in messages. */
  configFile: string;
  /** When set, a DuckDB file must be inside it, and DuckDB reads no file outside it. */
  workspace?: Workspace;
  env?: NodeJS.ProcessEnv;
}

/** A side's client: every error it throws is a UserError naming the dataset, connection and table; every statement is metered. */
export interface SourceClient {
  client: MeteredClient;
  dialect: Dialect;
}

interface Opened { client: SqlClient; timeoutMs: number }

export class Connections {
  private readonly opened = new Map<string, Promise<Opened>>();
  /** Each dataset's cost, shared by the clients of its sides. */
  private readonly costs = new Map<string, QueryCost>();
  /** Resolved credential values, taken out of every message. */
  private readonly secrets: string[] = [];

  constructor(private readonly configs: ConnectionsConfig, private readonly options: ConnectionsOptions) {}

  /** The client for one dataset side, opening its connection on first use. */
  async forSource(source: TableSource, dataset: string): Promise<SourceClient> {
    const config = Object.hasOwn(this.configs, source.connection) ? this.configs[source.connection] : undefined;
    // The config's own check refuses unknown names first; this is the net under it.
    if (!config) throw new UserError([{ file: this.options.configFile, message: `dataset ${dataset}: no connection named "${source.connection}" under connections:` }]);
    const where = `dataset ${dataset}: connection ${source.connection} (${config.engine}), ${source.table !== undefined ? `table ${source.table}` : 'query'}`;
    let opening = this.opened.get(source.connection);
    if (!opening) {
      opening = this.open(source.connection, config);
      this.opened.set(source.connection, opening);
    }
    let opened: Opened;
    try {
      opened = await opening;
    } catch (error) {
      throw this.failure(error, where, timeoutOf(config));
    }
    const client: SqlClient = {
      engine: opened.client.engine,
      query: async (sql: string): Promise<SqlRow[]> => {
        try {
          return await opened.client.query(sql);
        } catch (error) {
          throw this.failure(error, where, opened.timeoutMs);
        }
      },
      // The connection is shared by the sides that name it: closeAll closes it once.
      close: async () => {},
    };
    const describe = opened.client.describe?.bind(opened.client);
    if (describe) {
      client.describe = async (sql: string) => {
        try {
          return await describe(sql);
        } catch (error) {
          throw this.failure(error, where, opened.timeoutMs);
        }
      };
    }
    // Every statement of the dataset, on any of its sides, counts in its one cost (meter.ts).
    return { client: new MeteredClient(client, this.meterOf(dataset)), dialect: dialectOf(config.engine) };
  }

  /** What a dataset's statements cost so far (queries, rows scanned, ms); undefined before its first connection. */
  costOf(dataset: string): QueryCost | undefined {
    const cost = this.costs.get(dataset);
    return cost ? { ...cost, ms: Math.round(cost.ms) } : undefined;
  }

  private meterOf(dataset: string): QueryCost {
    let cost = this.costs.get(dataset);
    if (!cost) {
      cost = { queries: 0, rowsScanned: 0, ms: 0 };
      this.costs.set(dataset, cost);
    }
    return cost;
  }

  /** Messages about a connection with every credential of this run taken out. */
  redact(text: string): string {
    return redactSecrets(text, this.secrets);
  }

  /** Closes every connection that was opened; failures to close are not the run's failure. */
  async closeAll(): Promise<void> {
    const opened = [...this.opened.values()];
    this.opened.clear();
    await Promise.all(opened.map(async (opening) => {
      try {
        await (await opening).client.close();
      } catch {
        // Opening failed (already reported) or the server went away: nothing is left to close.
      }
    }));
  }

  private async open(name: string, config: ConnectionConfig): Promise<Opened> {
    const timeoutMs = timeoutOf(config);
    switch (config.engine) {
      case 'postgres':
      case 'redshift': {
        const url = this.credential(name, 'url', config.url);
        const { openPostgres } = await import('./clients/postgres.js');
        const client = await openPostgres(url, { timeoutMs });
        // Defence in depth under the role's own rights: a `query:` from a pull request reads, never writes.
        if (config.engine === 'postgres') await client.query('SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY');
        return { client, timeoutMs };
      }
      case 'duckdb': {
        const memory = config.path === ':memory:';
        const file = memory ? config.path : path.resolve(this.options.dir, config.path);
        if (!memory) {
          confinedRead(this.options.workspace, file, config.path);
          // DuckDB would create a missing file: a typo must not become an empty database.
          if (!existsSync(file)) throw new UserError([{ file: config.path, message: `connection ${name}: DuckDB database file not found` }]);
        }
        const { openDuckDb } = await import('./clients/duckdb.js');
        const client = await openDuckDb(file, { readOnly: !memory, timeoutMs });
        if (this.options.workspace) {
          // A `query:` may read files (read_csv, read_parquet): only those in the workspace.
          const root = this.options.workspace.root.replaceAll("'", "''");
          await client.query(`SET allowed_directories = ['${root}']; SET enable_external_access = false; SET lock_configuration = true;`);
        }
        return { client, timeoutMs };
      }
      // Not yet run against a live engine in CI: their clients are tested against fake servers.
      case 'bigquery': {
        const { openBigQuery } = await import('./clients/bigquery.js');
        const credentials = config.credentials === undefined ? undefined : this.credential(name, 'credentials', config.credentials);
        return { client: await openBigQuery({ project: config.project, location: config.location, credentials, timeoutMs }), timeoutMs };
      }
      case 'snowflake': {
        const { openSnowflake } = await import('./clients/snowflake.js');
        const password = config.password === undefined ? undefined : this.credential(name, 'password', config.password);
        const privateKey = config.private_key === undefined ? undefined : this.credential(name, 'private_key', config.private_key);
        return {
          client: await openSnowflake({
            account: config.account, user: config.user, password, private_key: privateKey, warehouse: config.warehouse,
            database: config.database, schema: config.schema, role: config.role, timeoutMs,
          }),
          timeoutMs,
        };
      }
      case 'databricks': {
        const { openDatabricks } = await import('./clients/databricks.js');
        const token = this.credential(name, 'token', config.token);
        return { client: await openDatabricks({ host: config.host, path: config.path, token, timeoutMs }), timeoutMs };
      }
      case 'trino': {
        const { openTrino } = await import('./clients/trino.js');
        const password = config.password === undefined ? undefined : this.credential(name, 'password', config.password);
        return { client: await openTrino({ server: config.server, user: config.user, password, catalog: config.catalog, schema: config.schema, timeoutMs }), timeoutMs };
      }
    }
  }

  /** `env:NAME` → the variable's value (remembered, to be redacted); a literal (a password-less URL) as is. */
  private credential(connection: string, field: string, value: string): string {
    const match = envReferencePattern.exec(value);
    if (!match) return value;
    const resolved = (this.options.env ?? process.env)[match[1]!];
    if (resolved === undefined || resolved === '') {
      throw new UserError([{ file: this.options.configFile, path: `connections.${connection}.${field}`, message: `environment variable ${match[1]} is not set` }]);
    }
    this.secrets.push(...secretParts(resolved));
    return resolved;
  }

  private failure(error: unknown, where: string, timeoutMs: number): UserError {
    if (error instanceof UserError) {
      // A client's own message ("Trino at …: can't connect") gains which dataset, connection and table.
      return new UserError(error.problems.map((problem) => ({
        ...problem, message: this.redact(problem.file !== undefined || problem.path !== undefined || problem.message.startsWith('dataset ') ? problem.message : `${where}: ${problem.message}`),
      })));
    }
    const described = describeEngineFailure(error, formatDuration(timeoutMs));
    return new UserError([{ file: this.options.configFile, message: this.redact(`${where}: ${described}`) }]);
  }
}

function timeoutOf(config: ConnectionConfig): number {
  return parseDuration(config.timeout) ?? 300_000;
}

/** A credential and, for a URL, its password and user:password as they may appear on their own (encoded or not). */
function secretParts(value: string): string[] {
  const parts = [value];
  try {
    const url = new URL(value);
    if (url.password) parts.push(url.password, decodeURIComponent(url.password));
    const password = url.searchParams.get('password');
    if (password) parts.push(password, encodeURIComponent(password));
  } catch {
    // Not a URL: the whole value is the secret.
  }
  return parts;
}
