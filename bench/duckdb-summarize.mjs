import { DuckDBInstance } from '@duckdb/node-api';
const [file, threads] = process.argv.slice(2);
const db = await DuckDBInstance.create(':memory:', { threads: String(threads) });
const c = await db.connect();
const t = performance.now();
const r = await c.runAndReadAll(`summarize select * from '${file}'`);
console.log(threads, ((performance.now() - t) / 1000).toFixed(2), 's', r.getRows().length);
