// Engine clients load only when a config names the engine: nothing of any client is evaluated
// for a run over files. Pure-JavaScript clients (pg, trino-client, @google-cloud/bigquery) are
// bundled as chunks of their own; native or heavy ones (DuckDB, Snowflake, Databricks) are found
// at run time in the workspace, else installed at the version pinned here (runtimePackage.ts).

import { importRuntimePackage, type RuntimePackage } from './runtimePackage.js';

/** The versions installed at run time: package.json's devDependencies (a test keeps them equal). */
export const RUNTIME_PACKAGES = {
  duckdb: { name: '@duckdb/node-api', version: '1.5.5-r.5', label: "DuckDB's Node client" },
  snowflake: { name: 'snowflake-sdk', version: '3.4.1', label: "Snowflake's Node client" },
  databricks: { name: '@databricks/sql', version: '2.1.0', label: "Databricks' SQL client" },
} as const satisfies Record<string, RuntimePackage>;

/** A CommonJS package imported as ESM: its exports are the namespace's `default`. */
function commonJs<T>(namespace: Record<string, unknown>): T {
  return (namespace.default ?? namespace) as T;
}

/** The `pg` client (pure JavaScript, bundled as its own chunk). */
export async function loadPg(): Promise<typeof import('pg').default> {
  return (await import('pg')).default;
}

/** trino-client (pure JavaScript over HTTP, bundled as its own chunk). */
export async function loadTrino(): Promise<typeof import('trino-client')> {
  const trino = await import('trino-client');
  return commonJs<typeof import('trino-client')>(trino as unknown as Record<string, unknown>);
}

/** @google-cloud/bigquery and the auth library it uses (pure JavaScript over HTTP, bundled as chunks of their own). */
export async function loadBigQuery(): Promise<{ BigQuery: typeof import('@google-cloud/bigquery').BigQuery; JWT: typeof import('google-auth-library').JWT }> {
  const [bigquery, auth] = await Promise.all([import('@google-cloud/bigquery'), import('google-auth-library')]);
  const { BigQuery } = commonJs<typeof import('@google-cloud/bigquery')>(bigquery as unknown as Record<string, unknown>);
  const { JWT } = commonJs<typeof import('google-auth-library')>(auth as unknown as Record<string, unknown>);
  return { BigQuery, JWT };
}

/** DuckDB's Node client is a native module: found or installed at run time, never bundled. */
export async function loadDuckDb(): Promise<typeof import('@duckdb/node-api')> {
  return commonJs<typeof import('@duckdb/node-api')>(await importRuntimePackage(RUNTIME_PACKAGES.duckdb));
}

/** snowflake-sdk: ~8 MB bundled and not loadable as an ESM chunk, so found or installed at run time. */
export async function loadSnowflake(): Promise<typeof import('snowflake-sdk')> {
  return commonJs<typeof import('snowflake-sdk')>(await importRuntimePackage(RUNTIME_PACKAGES.snowflake));
}

/**
 * The part of @databricks/sql datagate uses. Declared here, not imported: the package is not a
 * dependency (its 2.1.0 names an optional native part, win32-x64 1.0.0, that was never published,
 * so no lock file holding it passes `npm ci`); it is installed at run time at the pinned version.
 */
export interface DatabricksOperation { fetchAll(): Promise<unknown[]>; close(): Promise<unknown> }
export interface DatabricksSession {
  executeStatement(sql: string, options: { runAsync: boolean; queryTimeout: number }): Promise<DatabricksOperation>;
  close(): Promise<unknown>;
}
export interface DatabricksModule {
  DBSQLClient: new (options: { logger: { log(): void } }) => {
    connect(options: Record<string, unknown>): Promise<unknown>;
    openSession(): Promise<DatabricksSession>;
    close(): Promise<unknown>;
  };
}

/** @databricks/sql: ~5 MB bundled plus native optional parts, so found or installed at run time. */
export async function loadDatabricks(): Promise<DatabricksModule> {
  return commonJs<DatabricksModule>(await importRuntimePackage(RUNTIME_PACKAGES.databricks));
}
