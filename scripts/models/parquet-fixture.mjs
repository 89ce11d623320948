// Writes __tests__/fixtures/models/binary_current.parquet from binary_current.csv with DuckDB
// (a dev dependency), typed columns and several row groups, so the predictions loader is tested
// on Parquet too. Run by hand after scripts/models/expected.py: `node scripts/models/parquet-fixture.mjs`.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '__tests__', 'fixtures', 'models');
const db = await DuckDBInstance.create(':memory:');
const connection = await db.connect();
await connection.run(`
  copy (select id::integer as id, label::integer as label, prediction::integer as prediction,
               score::double as score, segment::varchar as segment
        from read_csv('${folder}/binary_current.csv', header = true))
  to '${folder}/binary_current.parquet' (format parquet, compression zstd, row_group_size 150)`);
console.log(`wrote ${folder}/binary_current.parquet`);
