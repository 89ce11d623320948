// Snowflake through snowflake-sdk (found or installed at run time, see load.ts). A password, or
// key-pair authentication (SNOWFLAKE_JWT) with a private key from the environment. The server
// is told the limit (STATEMENT_TIMEOUT_IN_SECONDS) and a deadline here stops waiting.
// Snowflake upper-cases unquoted identifiers, result column names included.

import { UserError } from '../../errors.js';
import { loadSnowflake } from '../load.js';
import type { SqlClient, SqlRow } from '../types.js';
import { DEFAULT_TIMEOUT_MS, unreachable, withDeadline } from './errors.js';

export interface SnowflakeOptions {
  /** The account identifier: `myorg-myaccount` (or a legacy locator `xy12345.eu-central-1`). */
  account: string;
  user: string;
  password?: string;
  /** A PEM private key (PKCS#8) for key-pair authentication. */
  private_key?: string;
  warehouse?: string;
  database?: string;
  schema?: string;
  role?: string;
  timeoutMs?: number;
  /** Another address than `https://<account>.snowflakecomputing.com` (the tests' closed port). */
  accessUrl?: string;
}

const silent = { error() {}, warn() {}, info() {}, debug() {}, trace() {} };

export async function openSnowflake(options: SnowflakeOptions): Promise<SqlClient> {
  const where = `Snowflake account ${options.account}`;
  if (options.password === undefined && options.private_key === undefined) throw new UserError(`${where}: needs a password or a private_key (from the environment)`);
  const snowflake = await loadSnowflake();
  // The driver's own log would go to a file in the working directory; datagate reports its errors itself.
  snowflake.configure({ customLogger: silent, logLevel: 'OFF' });
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const connection = snowflake.createConnection({
    account: options.account,
    username: options.user,
    ...(options.private_key !== undefined ? { authenticator: 'SNOWFLAKE_JWT', privateKey: options.private_key } : { password: options.password }),
    warehouse: options.warehouse,
    database: options.database,
    schema: options.schema,
    role: options.role,
    application: 'datagate',
    jsTreatIntegerAsBigInt: true,
    sfRetryMaxLoginRetries: 1,
    timeout: timeoutMs,
    ...(options.accessUrl ? { accessUrl: options.accessUrl } : {}),
  });
  try {
    // connect's callback, not connectAsync: that promise resolves even when the login fails.
    await withDeadline(new Promise<void>((resolve, reject) => connection.connect((error) => (error ? reject(error) : resolve()))), timeoutMs, where);
  } catch (error) {
    throw snowflakeError(where, error);
  }

  const execute = (sql: string) =>
    new Promise<SqlRow[]>((resolve, reject) => {
      connection.execute({
        sqlText: sql,
        complete: (error, _statement, rows) => (error ? reject(error) : resolve((rows ?? []) as SqlRow[])),
      });
    });

  try {
    await withDeadline(execute(`alter session set STATEMENT_TIMEOUT_IN_SECONDS = ${Math.max(1, Math.ceil(timeoutMs / 1000))}`), timeoutMs, where);
  } catch (error) {
    throw snowflakeError(where, error);
  }

  return {
    engine: 'snowflake',
    async query(sql: string): Promise<SqlRow[]> {
      try {
        const rows = await withDeadline(execute(sql), timeoutMs, where);
        return rows.map((row) => {
          const plain: SqlRow = {};
          for (const [name, value] of Object.entries(row)) plain[name] = typeof value === 'bigint' && value >= Number.MIN_SAFE_INTEGER && value <= Number.MAX_SAFE_INTEGER ? Number(value) : value;
          return plain;
        });
      } catch (error) {
        throw snowflakeError(where, error);
      }
    },
    async close() {
      await new Promise<void>((resolve) => connection.destroy(() => resolve()));
    },
  };
}

function snowflakeError(where: string, error: unknown): Error {
  if (error instanceof UserError) return error;
  const network = unreachable(where, error);
  if (network) return new UserError(network);
  const record = error as { code?: unknown; sqlState?: unknown; message?: unknown };
  const message = typeof record.message === 'string' ? record.message : String(error);
  // 390100: incorrect user name or password; 390144: JWT token is invalid (key pair).
  if (record.code === '390100' || record.code === 390100 || record.code === '390144' || record.code === 390144) {
    return new UserError(`${where}: authentication failed: check the credentials in the environment`);
  }
  // Snowflake's SQL errors (missing table, permission, timeout) carry a SQL state; their text names no secret.
  if (typeof record.sqlState === 'string') return new UserError(`${where}: ${message}`);
  if (/network error|could not connect|request to Snowflake failed/i.test(message)) return new UserError(`${where}: can't connect: ${message}`);
  return new Error(`${where}: ${message}`);
}
