// DuckDB's SUMMARIZE of one file with a given thread count: the bench's reference point.
// Prints the query time in seconds (DuckDB loaded and the database open already, which favours
// DuckDB by its ≈0.5 s start-up). Usage: node bench/duckdb-summarize.mjs <file> <threads>

import { DuckDBInstance } from '@duckdb/node-api';

const [file, threads = '1'] = process.argv.slice(2);
const db = await DuckDBInstance.create(':memory:', { threads });
const connection = await db.connect();
const start = performance.now();
const result = await connection.runAndReadAll(`summarize select * from '${file.replace(/'/g, "''")}'`);
const seconds = (performance.now() - start) / 1000;
if (result.getRows().length === 0) throw new Error('SUMMARIZE returned no rows');
process.stdout.write(`${seconds}\n`);
connection.closeSync();
