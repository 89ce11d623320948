// One DuckDB query with a given thread count, timed: a reference point for bench/check.mjs.
// Prints the query time in seconds (database already open), then the first row as JSON.
// Usage: node bench/duckdb-query.mjs <sql> <threads>

import { DuckDBInstance } from '@duckdb/node-api';

const [sql, threads = '1'] = process.argv.slice(2);
const db = await DuckDBInstance.create(':memory:', { threads });
const connection = await db.connect();
const start = performance.now();
const result = await connection.runAndReadAll(sql);
const seconds = (performance.now() - start) / 1000;
const [row] = result.getRowObjectsJson();
process.stdout.write(`${seconds}\n${JSON.stringify(row)}\n`);
connection.closeSync();
