// Writes the Parquet copy of __tests__/fixtures/diff/baseline.csv with DuckDB (a dev dependency),
// typed as a warehouse would type it: a bigint key, doubles, timestamps, dates. The diff must find
// it equal to the CSV. Run once by hand: `node scripts/make-diff-fixtures.mjs`; the output is committed.

import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const dir = path.resolve('__tests__/fixtures/diff');
const db = await DuckDBInstance.create(':memory:');
const connection = await db.connect();
await connection.run(`
  copy (
    select id::bigint as id, price::double as price, status, updated_at::timestamp as updated_at, shipped::date as shipped, note
    from read_csv('${dir}/baseline.csv', all_varchar = true)
  ) to '${dir}/baseline.parquet' (format parquet, compression zstd)
`);
connection.closeSync();
