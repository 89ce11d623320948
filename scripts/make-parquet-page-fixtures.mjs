// Writes the Parquet fixtures of __tests__/fixtures/readers/parquet-pages with DuckDB (a dev
// dependency): the values the column-wise page decoder (src/readers/parquetChunk.ts) treats
// specially or leaves to hyparquet. INT64 beyond 2^53, timestamps before 1970 with sub-millisecond
// parts, millisecond and nanosecond timestamps, non-ASCII and long strings, wide dictionaries,
// unsigned and decimal columns; as version 1 pages with dictionaries, as plain pages, and as
// version 2 pages (delta and byte-stream-split encodings). Run once by hand:
// `node scripts/make-parquet-page-fixtures.mjs`; the output is committed.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const out = path.resolve('__tests__/fixtures/readers/parquet-pages');
await fs.mkdir(out, { recursive: true });
const db = await DuckDBInstance.create(':memory:');
const connection = await db.connect();

// 5000 rows in two row groups: long runs and bit-packed runs of definition levels and indices.
await connection.run(`
  create table t as
  select
    i::bigint as id,
    case when i % 7 = 0 then null when i % 5 = 0 then 9007199254740993 + i else -i * 1000003 end::bigint as big,
    case when i % 9 = 0 then null else timestamp '1969-12-31 23:59:59' + to_microseconds(i * 333) end as before_epoch,
    case when i % 4 = 0 then null else (timestamp '2024-03-01 12:00:00' + to_seconds(i))::timestamp_ms end as at_ms,
    case when i % 6 = 0 then null else (timestamp '2024-03-01 12:00:00' + to_microseconds(i))::timestamp_ns end as at_ns,
    case when i % 8 = 0 then null else timestamptz '2024-03-01 12:00:00+00' + to_seconds(i) end as at_tz,
    case when i % 3 = 0 then null when i % 10 = 1 then 'café ' || i when i % 10 = 2 then repeat('long', 40) || i else 'k' || i end as text,
    case when i < 200 then null else 'w' || (i % 700) end as wide,
    case when i % 11 = 0 then null else (i % 40)::smallint end as small,
    case when i % 12 = 0 then null else (i * 2654435761)::ubigint end as unsigned,
    case when i % 13 = 0 then null else (i / 7)::decimal(12, 3) end as amount,
    case when i % 14 = 0 then null else (i / 3)::float end as ratio,
    case when i % 15 = 0 then null else i % 3 = 0 end as flag,
    case when i % 16 = 0 then null else date '1969-12-25' + (i % 20)::integer end as day,
    'same' as constant
  from range(1, 5001) r(i)
`);
await connection.run(`copy t to '${out}/edge-v1.parquet' (format parquet, compression snappy, row_group_size 2500)`);
await connection.run(`copy t to '${out}/edge-plain.parquet' (format parquet, compression zstd, row_group_size 2500, dictionary_size_limit 1)`);
await connection.run(`copy t to '${out}/edge-v2.parquet' (format parquet, compression snappy, row_group_size 2500, parquet_version v2)`);
connection.closeSync();
console.log(`wrote Parquet page fixtures to ${out}`);
