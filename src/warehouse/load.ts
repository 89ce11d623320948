// Engine clients load only when a config names the engine: nothing of pg or DuckDB is
// evaluated for a run over files.

/** The `pg` client (pure JavaScript, bundled as its own chunk). */
export async function loadPg(): Promise<typeof import('pg').default> {
  return (await import('pg')).default;
}

/** DuckDB's Node client is a native module: resolved at run time, never bundled. */
export async function loadDuckDb(): Promise<typeof import('@duckdb/node-api')> {
  const specifier = '@duckdb/node-api';
  return (await import(/* webpackIgnore: true */ specifier)) as typeof import('@duckdb/node-api');
}
