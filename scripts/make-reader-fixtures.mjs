// Writes the small Parquet fixtures of __tests__/fixtures/readers/parquet with DuckDB (a dev
// dependency): every compression and encoding the readers promise, a nested column, and a
// truncated copy. Run once by hand: `node scripts/make-reader-fixtures.mjs`; the output is committed.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const out = path.resolve('__tests__/fixtures/readers/parquet');
await fs.mkdir(out, { recursive: true });
const db = await DuckDBInstance.create(':memory:');
const connection = await db.connect();

// 300 rows, three row groups of 100: ints, floats, low-cardinality text (dictionary-encoded),
// booleans, dates, timestamps, and nulls in every column.
await connection.run(`
  create table t as
  select
    i::integer as id,
    case when i % 10 = 0 then null else (i * 7) % 50 end::bigint as qty,
    case when i % 11 = 0 then null else round(i / 3.0, 3) end::double as price,
    case when i % 13 = 0 then null else ['red', 'green', 'blue'][i % 3 + 1] end as color,
    case when i % 17 = 0 then null else i % 2 = 0 end as flag,
    date '2024-01-01' + (i % 28)::integer as day,
    timestamp '2024-01-01 00:00:00' + to_seconds(i * 3600) as at
  from range(1, 301) r(i)
`);
for (const codec of ['snappy', 'zstd', 'gzip', 'uncompressed']) {
  await connection.run(`copy t to '${out}/mixed-${codec}.parquet' (format parquet, compression ${codec}, row_group_size 100)`);
}
// Plain encoding: no dictionary (a dictionary size limit of one byte turns it off).
await connection.run(`copy t to '${out}/mixed-plain.parquet' (format parquet, compression snappy, row_group_size 100, dictionary_size_limit 1)`);
await connection.run(`
  copy (select i::integer as id, [i, i + 1] as pair, {'a': i, 'b': 'x'} as point, 'v' || i as label
        from range(1, 6) r(i))
  to '${out}/nested.parquet' (format parquet)
`);
await connection.run(`copy (select * from t where false) to '${out}/no-rows.parquet' (format parquet)`);
const whole = await fs.readFile(`${out}/mixed-snappy.parquet`);
await fs.writeFile(`${out}/truncated.parquet`, whole.subarray(0, Math.floor(whole.length / 2)));
// Footer intact, data pages overwritten: decoding must fail cleanly, not crash.
const damaged = Buffer.from(whole);
damaged.fill(0x5a, 4, Math.floor(whole.length / 2));
await fs.writeFile(`${out}/corrupt-pages.parquet`, damaged);
connection.closeSync();
console.log(`wrote Parquet fixtures to ${out}`);
