// Writes __tests__/fixtures/readers/parquet-pages/written-v2.parquet with hyparquet-writer, which
// (unlike DuckDB) writes version 2 data pages and REQUIRED columns: what the column-wise page
// decoder (src/readers/parquetChunk.ts) reads without definition levels or through hyparquet's
// version 2 page reader. hyparquet-writer is not a dependency; run once by hand:
// `npm install --no-save hyparquet-writer@0.17.0 && node scripts/make-parquet-v2-fixture.mjs`.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';

const out = path.resolve(process.argv[2] ?? '__tests__/fixtures/readers/parquet-pages');
await fs.mkdir(out, { recursive: true });
const rows = 3000;
const range = (make) => Array.from({ length: rows }, (_, i) => make(i + 1));
const buffer = parquetWriteBuffer({
  rowGroupSize: 1000,
  columnData: [
    { name: 'id', data: range((i) => BigInt(i)), type: 'INT64', nullable: false },
    { name: 'score', data: range((i) => i / 8), type: 'DOUBLE', nullable: false },
    { name: 'label', data: range((i) => `label ${i % 50}`), type: 'STRING', nullable: false },
    { name: 'count', data: range((i) => (i % 6 === 0 ? null : i % 300)), type: 'INT32' },
    { name: 'big', data: range((i) => (i % 7 === 0 ? null : i % 5 === 0 ? 9007199254740993n + BigInt(i) : BigInt(-i))), type: 'INT64' },
    { name: 'note', data: range((i) => (i % 4 === 0 ? null : i % 3 === 0 ? `naïve ${i}` : `n${i}`)), type: 'STRING' },
    { name: 'at', data: range((i) => (i % 9 === 0 ? null : new Date(Date.UTC(2024, 0, 1) + i * 1000))), type: 'TIMESTAMP' },
    { name: 'flag', data: range((i) => (i % 10 === 0 ? null : i % 3 === 0)), type: 'BOOLEAN' },
  ],
});
await fs.writeFile(path.join(out, 'written-v2.parquet'), new Uint8Array(buffer));
console.log(`wrote ${path.join(out, 'written-v2.parquet')}`);
