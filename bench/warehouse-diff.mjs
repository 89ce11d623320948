// The table diff (src/warehouse/diff.ts) against the floor: one hand-written FULL OUTER JOIN that
// counts added, removed and changed rows, in the same engine. And the cross-engine checksum diff
// (PostgreSQL against DuckDB) at a few changed rows and at many.
// And a table against a CSV baseline (#14): the file hashed in JavaScript as it streams, against an
// in-memory DuckDB reading the CSV as the second engine.
// `node bench/warehouse-diff.mjs [--rows N] [--runs N] [--file-only]`; needs PostgreSQL (as the tests do).

import { mkdtemp, rm } from 'node:fs/promises';
import { statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileEntry } from './compile.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const rows = option('--rows', 1_000_000);
const runs = option('--runs', 3);
const fileOnly = args.includes('--file-only');

const { module: m } = await compileEntry('bench/warehouse-diff-entry.ts', 'datagate-bench-wdiff-');
const duck = await m.duckdbMemory();
const fresh = await m.freshPostgres();
if (!fresh) throw new Error('no PostgreSQL on this machine');
const pg = fresh.client;

// 1% of rows changed (x), 0.1% removed and 0.1% added; `few` has 20 changed rows only.
const columns = (i, double, text) => `${i} AS id, CAST(${i} * 1.5 AS ${double}) AS x, 'k' || CAST(${i} % 97 AS ${text}) AS cat, DATE '2024-01-01' + CAST(${i} % 365 AS INTEGER) AS day, ${i} % 7 = 0 AS flag`;
const changed = (i, double, text, every) => columns(i, double, text).replace(`CAST(${i} * 1.5 AS ${double})`, `CAST(${i} * 1.5 + CASE WHEN ${i} % ${every} = 0 THEN 1 ELSE 0 END AS ${double})`);
const build = async (client, series, double, text) => {
  await client.query(`CREATE TABLE base AS SELECT ${columns('i', double, text)} FROM ${series(1, rows)}`);
  await client.query(`CREATE TABLE cur AS SELECT ${changed('i', double, text, 100)} FROM ${series(1, rows + rows / 1000)} WHERE i % 1000 <> 1`);
  await client.query(`CREATE TABLE few AS SELECT ${changed('i', double, text, Math.floor(rows / 20))} FROM ${series(1, rows)}`);
};
await build(duck, (a, b) => `range(${a}, ${b + 1}) AS g(i)`, 'DOUBLE', 'VARCHAR');
await build(pg, (a, b) => `generate_series(${a}, ${b}) AS g(i)`, 'DOUBLE PRECISION', 'TEXT');
await pg.query('ANALYZE');

const floorSql = (d) => `SELECT SUM(CASE WHEN b.id IS NULL THEN 1 ELSE 0 END) AS added, SUM(CASE WHEN c.id IS NULL THEN 1 ELSE 0 END) AS removed, `
  + `SUM(CASE WHEN b.id IS NOT NULL AND c.id IS NOT NULL AND (b.x IS DISTINCT FROM c.x OR b.cat IS DISTINCT FROM c.cat OR b.day IS DISTINCT FROM c.day OR b.flag IS DISTINCT FROM c.flag) THEN 1 ELSE 0 END) AS changed `
  + `FROM base b FULL OUTER JOIN ${d} c ON b.id = c.id`;

async function best(what) {
  let time = Infinity;
  let result;
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    result = await what();
    time = Math.min(time, performance.now() - started);
  }
  return { ms: Math.round(time), result };
}

const side = (client, engine, table) => ({ client, dialect: m.dialectOf(engine), source: { connection: engine, table } });
const lines = [`rows a side: ${rows.toLocaleString('en')}, best of ${runs}`, '', '| engine | what | ms | ratio | rows pulled | statements |', '|---|---|---|---|---|---|'];
for (const [client, engine] of fileOnly ? [] : [[duck, 'duckdb'], [pg, 'postgres']]) {
  const floor = await best(() => client.query(floorSql('cur')));
  const ours = await best(() => m.diffTableSides({ baseline: side(client, engine, 'base'), current: side(client, engine, 'cur') }, { key: ['id'] }));
  const d = ours.result.diff;
  const f = floor.result[0];
  if (Number(f.added) !== d.added || Number(f.removed) !== d.removed || Number(f.changed) !== d.changed) throw new Error(`${engine}: the floor and the diff disagree`);
  lines.push(`| ${engine} | hand-written FULL OUTER JOIN (counts only) | ${floor.ms} | 1.00× | | 1 |`);
  lines.push(`| ${engine} | datagate join diff (counts, columns, examples) | ${ours.ms} | ${(ours.ms / floor.ms).toFixed(2)}× | ${ours.result.cost.rowsPulled} | ${ours.result.cost.queries} |`);
}
for (const table of fileOnly ? [] : ['few', 'cur']) {
  const across = await best(() => m.diffTableSides({ baseline: side(pg, 'postgres', 'base'), current: side(duck, 'duckdb', table) }, { key: ['id'] }));
  const { diff, cost } = across.result;
  lines.push(`| postgres → duckdb | checksum diff, ${diff.changed + diff.added + diff.removed} rows differ | ${across.ms} | | ${cost.rowsPulled.toLocaleString('en')} | ${cost.queries} |`);
}

// A table against the CSV export of `base`: (b) the file hashed here, (a) a second DuckDB over the file.
const dir = await mkdtemp(path.join(os.tmpdir(), 'datagate-bench-tfile-'));
const csv = path.join(dir, 'base.csv');
await duck.query(`COPY base TO '${csv}' (HEADER, DELIMITER ',')`);
const reader = await m.duckdbMemory();
const fileAsQuery = { client: reader, dialect: m.dialectOf('duckdb'), source: { connection: 'file', query: `SELECT * FROM read_csv('${csv}', header = true)` } };
lines.push('', `table against a CSV baseline (${rows.toLocaleString('en')} rows, ${(statSync(csv).size / 1e6).toFixed(0)} MB), best of ${runs}`, '',
  '| table | rows differ | file hashed in JavaScript (ms) | DuckDB over the file (ms) | ratio | rows pulled from the table | table statements (JS / DuckDB) |', '|---|---|---|---|---|---|---|');
for (const [client, engine] of [[duck, 'duckdb'], [pg, 'postgres']]) {
  for (const table of ['few', 'cur']) {
    const hashed = await best(() => m.diffTableAndFile(side(client, engine, table), { files: [csv], options: {}, label: 'base.csv' }, 'baseline', { key: ['id'] }));
    const second = await best(() => m.diffTableSides({ baseline: fileAsQuery, current: side(client, engine, table) }, { key: ['id'] }));
    const a = hashed.result.diff;
    const b = second.result.diff;
    if (a.added !== b.added || a.removed !== b.removed || a.changed !== b.changed) throw new Error(`${engine} ${table}: the two file sides disagree`);
    lines.push(`| ${engine} ${table} | ${(a.changed + a.added + a.removed).toLocaleString('en')} | ${hashed.ms.toLocaleString('en')} | ${second.ms.toLocaleString('en')} | ${(hashed.ms / second.ms).toFixed(2)}× | ${hashed.result.cost.rowsPulled.toLocaleString('en')} | ${hashed.result.cost.queries} / ${second.result.cost.queries} |`);
  }
}
await reader.close();
await rm(dir, { recursive: true, force: true });
console.log(lines.join('\n'));
await duck.close();
await pg.close();
m.stopPostgres();
