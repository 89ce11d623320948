// The contract of a warehouse table: pushed down (one aggregate query plus LIMITed examples) against
// pulling every row back into the file validator (what the interim version did), on the same table.
//   node bench/warehouse-contract.mjs [rows=1000000] [runs=3]
// DuckDB in memory always; PostgreSQL too when DATAGATE_BENCH_PG_URL names a database to write into.

import { compileEntry } from './compile.mjs';

const rows = Number(process.argv[2] ?? 1_000_000);
const runs = Number(process.argv[3] ?? 3);
const { module: m } = await compileEntry('bench/warehouse-contract-entry.ts', 'datagate-bench-contract-');

const dataset = m.datasetSchema.parse({
  name: 'orders', current: 'x', key: 'id',
  schema: {
    columns: {
      id: { type: 'integer', nullable: false, unique: true },
      amount: { type: 'number', min: 0, max: 900 },
      status: { type: 'string', allowed: ['new', 'paid', 'shipped'], pattern: '^[a-z]+$', max_length: 8 },
      email: { type: 'string', pattern: '^[^@\\s]+@[^@\\s]+$', min_length: 5 },
      created: { type: 'date', min: '2020-01-01' },
    },
  },
  unique: [['status', 'created']],
});
const context = { current: { version: 1, rows, columns: [] }, baseline: null, now: new Date('2024-06-10T00:00:00Z') };

const table = (engine) => `CREATE TABLE orders AS SELECT i AS id, (i % 1000) * 1.0 AS amount,
  CASE WHEN i % 97 = 0 THEN 'lost' WHEN i % 3 = 0 THEN 'new' WHEN i % 3 = 1 THEN 'paid' ELSE 'shipped' END AS status,
  CASE WHEN i % 101 = 0 THEN 'nobody' ELSE 'user' || CAST(i AS ${engine === 'duckdb' ? 'VARCHAR' : 'TEXT'}) || '@example.com' END AS email,
  DATE '2019-06-01' + CAST(i % 2000 AS INTEGER) AS created
  FROM ${engine === 'duckdb' ? `range(${rows}) AS r(i)` : `generate_series(0, ${rows - 1}) AS r(i)`}`;

async function time(fn) {
  const started = process.hrtime.bigint();
  const result = await fn();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, result };
}

async function pulled(client) {
  const all = await client.query('SELECT * FROM orders');
  const columns = Object.keys(all[0]);
  const validator = new m.ContractValidator(dataset);
  validator.add({ columns, data: columns.map((name) => all.map((row) => typeof row[name] === 'bigint' ? Number(row[name]) : row[name])), length: all.length, firstRow: 1, file: 'orders' });
  return validator.finish(context);
}

function timed(client) {
  return { engine: client.engine, close: () => client.close(), async query(sql) {
    const started = Date.now();
    const result = await client.query(sql);
    if (process.env.DATAGATE_BENCH_TRACE) console.log(`    ${Date.now() - started} ms  ${process.env.DATAGATE_BENCH_TRACE === "full" ? sql : sql.slice(0, 150)}`);
    return result;
  } };
}

async function bench(engine, rawClient) {
  const client = timed(rawClient);
  await client.query(table(engine));
  const line = [];
  for (let run = 0; run < runs; run++) {
    const down = await time(() => m.contractGatesOfTable(client, m.dialectOf(engine), { connection: 'wh', table: 'orders' }, dataset, context));
    const back = await time(() => pulled(client));
    line.push(`run ${run + 1}: pushdown ${down.ms.toFixed(0)} ms (${down.result.cost.queries} queries), rows pulled back ${back.ms.toFixed(0)} ms`);
    if (run === 0) {
      const failing = down.result.gates.filter((gate) => gate.status !== 'pass').map((gate) => `${gate.id}=${gate.count ?? ''}`);
      line.push(`  failing: ${failing.join(' ')}`);
    }
  }
  console.log(`${engine}, ${rows} rows:\n  ${line.join('\n  ')}`);
}

const duck = await m.openDuckDb(':memory:');
await bench('duckdb', duck);
await duck.close();
if (process.env.DATAGATE_BENCH_PG_URL) {
  const pg = await m.openPostgres(process.env.DATAGATE_BENCH_PG_URL);
  await pg.query('DROP TABLE IF EXISTS orders');
  await bench('postgres', pg);
  await pg.query('DROP TABLE orders');
  await pg.close();
}
