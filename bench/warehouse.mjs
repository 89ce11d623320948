// `npm run bench:warehouse`: datagate's pushed-down profile (`profileTable`) of a table in
// PostgreSQL and in DuckDB, against the floor: one hand-written SELECT of the same aggregates
// (counts, nulls, min/max, mean, variance, lengths, the 7 exact quantiles of each numeric
// column, the distinct count of every column). Both run back to back, `--runs` times; the best
// of each and their ratio are printed.
//   node bench/warehouse.mjs [--rows 10000000] [--runs 3] [--engine postgres|duckdb|both]

import { parseArgs } from 'node:util';
import { compileEntry } from './compile.mjs';

const { values: flags } = parseArgs({ options: { rows: { type: 'string', default: '10000000' }, runs: { type: 'string', default: '3' }, engine: { type: 'string', default: 'both' } } });
const ROWS = Number(flags.rows);
const RUNS = Number(flags.runs);
const { module: wh } = await compileEntry('bench/warehouse-entry.ts', 'datagate-bench-wh-');

// 9 columns: an id, 3 numeric (normal-ish, skewed, small integers), 3 text (20 values, 1,000 values, ~1M values), a date, a boolean; ~2% nulls.
const CREATE = {
  postgres: (rows) => `CREATE TABLE bench AS SELECT i::bigint AS id,
      CASE WHEN i % 50 = 0 THEN NULL ELSE ((i * 7919) % 100003) / 1000.0::float8 + ((i * 31) % 97) / 10.0 END AS amount,
      exp(((i * 104729) % 1000) / 200.0)::float8 AS skewed,
      ((i * 13) % 100)::bigint AS qty,
      'cat_' || (i % 20) AS category,
      CASE WHEN i % 45 = 0 THEN NULL ELSE 'city_' || ((i * 7) % 1000) END AS city,
      'name_' || ((i * 2654435761) % 1000003) AS name,
      DATE '2020-01-01' + (i % 1500)::int AS day,
      (i % 3 = 0) AS flag
    FROM generate_series(0::bigint, ${rows - 1}::bigint) AS t(i)`,
  duckdb: (rows) => `CREATE TABLE bench AS SELECT i::BIGINT AS id,
      CASE WHEN i % 50 = 0 THEN NULL ELSE ((i * 7919) % 100003) / 1000.0::DOUBLE + ((i * 31) % 97) / 10.0 END AS amount,
      exp(((i * 104729) % 1000) / 200.0)::DOUBLE AS skewed,
      ((i * 13) % 100)::BIGINT AS qty,
      'cat_' || (i % 20) AS category,
      CASE WHEN i % 45 = 0 THEN NULL ELSE 'city_' || ((i * 7) % 1000) END AS city,
      'name_' || ((i * 2654435761) % 1000003) AS name,
      DATE '2020-01-01' + CAST(i % 1500 AS INTEGER) AS day,
      (i % 3 = 0) AS flag
    FROM range(${rows}) AS t(i)`,
};

/** The floor: one SELECT a person would write for the same figures. */
function floorSql(engine) {
  const numeric = ['id', 'amount', 'skewed', 'qty'];
  const text = ['category', 'city', 'name'];
  const q = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];
  const parts = ['count(*) AS n'];
  for (const c of [...numeric, ...text, 'day', 'flag']) parts.push(`count(${c}) AS ${c}_count`, `count(DISTINCT ${c}) AS ${c}_distinct`);
  for (const c of numeric) {
    parts.push(`min(${c}) AS ${c}_min`, `max(${c}) AS ${c}_max`, `avg(${c}) AS ${c}_mean`, `var_samp(${c}) AS ${c}_var`);
    parts.push(engine === 'postgres'
      ? `percentile_cont(ARRAY[${q.join(', ')}]) WITHIN GROUP (ORDER BY ${c}) AS ${c}_quantiles`
      : `quantile_cont(${c}, [${q.join(', ')}]) AS ${c}_quantiles`);
  }
  for (const c of text) parts.push(`min(length(${c})) AS ${c}_minlen`, `max(length(${c})) AS ${c}_maxlen`);
  parts.push('min(day) AS day_min', 'max(day) AS day_max');
  return `SELECT ${parts.join(', ')} FROM bench`;
}

async function time(fn) {
  const started = performance.now();
  const result = await fn();
  return { ms: performance.now() - started, result };
}

async function bench(engine, client) {
  const created = await time(() => client.query(CREATE[engine](ROWS)));
  if (engine === 'postgres') await client.query('VACUUM ANALYZE bench');
  console.log(`${engine}: created ${ROWS.toLocaleString('en')} rows in ${(created.ms / 1000).toFixed(1)} s`);
  const dialect = wh.dialectOf(engine);
  const floor = [];
  const ours = [];
  let cost;
  for (let run = 0; run < RUNS; run++) {
    floor.push((await time(() => client.query(floorSql(engine)))).ms);
    // Each statement timed on its way through (describe included), to show where the time goes.
    const steps = [];
    const timed = {
      engine: client.engine, describe: client.describe?.bind(client), close: () => client.close(),
      async query(sql) {
        const step = await time(() => client.query(sql));
        steps.push(`${sql.replace(/\s+/g, ' ').slice(0, 40)}… ${(step.ms / 1000).toFixed(2)} s`);
        return step.result;
      },
    };
    const profiled = await time(() => wh.profileTable(timed, dialect, { connection: engine, table: 'bench' }));
    ours.push(profiled.ms);
    cost = profiled.result.cost;
    console.log(`  run ${run + 1}: floor ${(floor.at(-1) / 1000).toFixed(2)} s, profileTable ${(ours.at(-1) / 1000).toFixed(2)} s (${cost.queries} queries, ${cost.rowsScanned.toLocaleString('en')} rows scanned)`);
    for (const step of steps) console.log(`    ${step}`);
  }
  const best = (values) => Math.min(...values) / 1000;
  return { engine, rows: ROWS, floor: best(floor), ours: best(ours), ratio: best(ours) / best(floor), queries: cost.queries, rowsScanned: cost.rowsScanned };
}

const results = [];
if (flags.engine !== 'postgres') {
  const client = await wh.openDuckDb(':memory:');
  try { results.push(await bench('duckdb', client)); } finally { await client.close(); }
}
if (flags.engine !== 'duckdb') {
  const pg = await wh.freshPostgres();
  if (!pg) console.log('postgres: not installed here, skipped');
  else {
    try { results.push(await bench('postgres', pg.client)); } finally { await pg.client.close(); wh.stopPostgres(); }
  }
}
console.log('\n| engine | rows | floor (one SELECT) s | profileTable s | ratio | queries | rows scanned |\n|---|---|---|---|---|---|---|');
for (const r of results) console.log(`| ${r.engine} | ${r.rows.toLocaleString('en')} | ${r.floor.toFixed(2)} | ${r.ours.toFixed(2)} | ${r.ratio.toFixed(2)}× | ${r.queries} | ${r.rowsScanned.toLocaleString('en')} |`);
