// Writes __tests__/fixtures/realfiles/nested-types.parquet with DuckDB (a devDependency): list,
// struct and map columns (with nulls and empty lists), a TIME column and a DECIMAL(38,4), as
// real exports hold them. Run: `node scripts/make-realfile-parquet.mjs`.

import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const out = path.resolve(process.argv[2] ?? '__tests__/fixtures/realfiles/nested-types.parquet');
const db = await DuckDBInstance.create(':memory:');
const connection = await db.connect();
await connection.run(`
  copy (
    select * from (values
      (1, ['a', 'b', 'c'],  {'x': 1, 'y': 'one'},   map {'k1': 10, 'k2': 20}, time '08:30:00',     12333332.3220::decimal(38,4)),
      (2, [],               {'x': 2, 'y': 'two'},   map {'k1': 11},           time '23:59:59.125', -0.0001::decimal(38,4)),
      (3, null,             null,                   null,                     null,                null),
      (4, ['d'],            {'x': null, 'y': null}, map {},                   time '00:00:01',     1.5::decimal(38,4)),
      (5, ['e', null],      {'x': 5, 'y': 'five'},  map {'k9': 99},           time '12:00:00',     99999999999999999999999999999999.9999::decimal(38,4))
    ) as t(id, tags, point, attrs, opens, amount)
  ) to '${out}' (format parquet)`);
connection.closeSync();
console.log(`wrote ${out}`);
