import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { diffSnapshots, type DiffOptions } from '../../src/diff/index.js';
import type { DiffReport } from '../../src/diff/types.js';
import { isUserError } from '../../src/errors.js';
import { dialectOf } from '../../src/warehouse/dialect.js';
import { diffTableSides, diffTables, type TableSide } from '../../src/warehouse/diff.js';
import type { SqlClient } from '../../src/warehouse/types.js';
import { columnsOf } from '../../src/warehouse/diffColumns.js';
import { canonicalRow } from '../../src/warehouse/diffSql.js';
import { cellOfCanonical, splitCanonicalRow } from '../../src/warehouse/diffCells.js';
import type { DatasetConfig } from '../../src/config/schema.js';
import { csvIntoDuckDb, duckDbIntoPostgres, orderFiles } from './diffData.js';
import { duckdbMemory, freshPostgres, stopPostgres } from './engines.js';

let files: ReturnType<typeof orderFiles>;
let duck: SqlClient;
let pg: SqlClient | null = null;

const duckSide = (table: string): TableSide => ({ client: duck, dialect: dialectOf('duckdb'), source: { connection: 'wh', table } });
const pgSide = (table: string): TableSide => ({ client: pg!, dialect: dialectOf('postgres'), source: { connection: 'pg', table } });
const fileSide = (file: string) => ({ files: [file], options: {}, label: file });

/** The report with meanDelta rounded: SQL adds the deltas in another order than the file diff. */
function rounded(diff: DiffReport): DiffReport {
  return { ...diff, columns: diff.columns.map((column) => (column.meanDelta === undefined ? column : { ...column, meanDelta: Number(column.meanDelta.toPrecision(12)) })) };
}

beforeAll(async () => {
  files = orderFiles();
  duck = await duckdbMemory();
  await csvIntoDuckDb(duck, 'orders_base', files.baseline);
  await csvIntoDuckDb(duck, 'orders_cur', files.current);
  const fresh = await freshPostgres();
  if (fresh) {
    pg = fresh.client;
    await pg.query('CREATE SCHEMA analytics');
    await duckDbIntoPostgres(duck, 'orders_base', pg, 'analytics.orders');
    await duckDbIntoPostgres(duck, 'orders_cur', pg, 'public.orders_ci');
  }
}, 60_000);

afterAll(async () => {
  await duck?.close();
  await pg?.close();
  stopPostgres();
  rmSync(files.dir, { recursive: true, force: true });
});

const options: DiffOptions = { key: ['order_id'] };
const tolerant: DiffOptions = { key: ['order_id'], ignore: ['note'], columns: { balance: { absolute: 0.01 }, amount: { relative: 0.001 } } };

describe('the table diff within one engine (FULL OUTER JOIN)', () => {
  it('DuckDB: equals the file diff of the CSV exports', async () => {
    const expected = await diffSnapshots(fileSide(files.baseline), fileSide(files.current), options);
    const { diff, cost } = await diffTableSides({ baseline: duckSide('orders_base'), current: duckSide('orders_cur') }, options);
    expect(rounded(diff)).toEqual(rounded(expected));
    // Two catalog queries, a stats pass per side, the counts, the examples.
    expect(cost).toMatchObject({ strategy: 'join', queries: 6 });
    expect(expected).toMatchObject({ added: 5, duplicateKeys: { baseline: 0, current: 1 }, nullKeys: { baseline: 0, current: 1 } });
  });

  it('DuckDB: tolerances and ignored columns as the file diff applies them', async () => {
    const expected = await diffSnapshots(fileSide(files.baseline), fileSide(files.current), tolerant);
    const { diff } = await diffTableSides({ baseline: duckSide('orders_base'), current: duckSide('orders_cur') }, tolerant);
    expect(rounded(diff)).toEqual(rounded(expected));
    expect(diff.columns.find((c) => c.name === 'balance')!.changed).toBe(0);
  });

  it('PostgreSQL: equals the file diff of the CSV exports, with and without tolerances', async () => {
    if (!pg) return;
    for (const each of [options, tolerant]) {
      const expected = await diffSnapshots(fileSide(files.baseline), fileSide(files.current), each);
      const { diff } = await diffTableSides({ baseline: pgSide('analytics.orders'), current: pgSide('orders_ci') }, each);
      expect(rounded(diff)).toEqual(rounded(expected));
    }
  });
});

describe('the table diff across engines (checksums)', () => {
  it('PostgreSQL against DuckDB equals the file diff, and pulls back only the differing segments', async () => {
    if (!pg) return;
    const expected = await diffSnapshots(fileSide(files.baseline), fileSide(files.current), options);
    const { diff, cost } = await diffTableSides({ baseline: pgSide('analytics.orders'), current: duckSide('orders_cur') }, options, { threshold: 8 });
    expect(rounded(diff)).toEqual(rounded(expected));
    // 600 + 601 rows: the 61 differing keys' segments (of 256) come back, not the tables.
    expect(cost).toMatchObject({ strategy: 'checksum', rowsPulled: 334, queries: 11 });
    // The pulled rows spill to a temp folder beyond the memory budget, with the same answer.
    const spilled = await diffTableSides({ baseline: pgSide('analytics.orders'), current: duckSide('orders_cur') }, options, { threshold: 8, memoryBudget: 1000 });
    expect(spilled.diff).toEqual(diff);
  });

  it('diffs queries as well as tables: PostgreSQL through a temporary view, DuckDB directly', async () => {
    if (!pg) return;
    const pgQuery: TableSide = { ...pgSide('x'), source: { connection: 'pg', query: 'SELECT * FROM analytics.orders WHERE order_id < 1300;' } };
    const duckQuery: TableSide = { ...duckSide('x'), source: { connection: 'wh', query: 'SELECT * FROM orders_cur WHERE order_id < 1300' } };
    const duckBaseline: TableSide = { ...duckSide('x'), source: { connection: 'wh', query: 'SELECT * FROM orders_base WHERE order_id < 1300' } };
    const { diff: joined } = await diffTableSides({ baseline: duckBaseline, current: duckQuery }, options);
    const { diff: across } = await diffTableSides({ baseline: pgQuery, current: duckQuery }, options, { threshold: 16 });
    expect(across).toEqual(joined);
    expect(joined.rows).toEqual({ baseline: 299, current: 297 });
  });

  it('DuckDB against itself by checksums equals the join, duplicates with different rows included', async () => {
    await csvIntoDuckDb(duck, 'fixture_base', path.resolve('__tests__/fixtures/diff/baseline.csv'));
    await csvIntoDuckDb(duck, 'fixture_cur', path.resolve('__tests__/fixtures/diff/current.csv'));
    const sides = { baseline: duckSide('fixture_base'), current: duckSide('fixture_cur') };
    const { diff: joined } = await diffTableSides(sides, { key: ['id'] });
    const { diff: summed } = await diffTableSides(sides, { key: ['id'] }, { strategy: 'checksum', threshold: 1 });
    expect(summed).toEqual(joined);
    expect(joined).toMatchObject({ duplicateKeys: { baseline: 1, current: 1, examples: [{ id: 7 }, { id: 10 }] }, nullKeys: { baseline: 1, current: 2 }, rows: { baseline: 9, current: 10 } });
  });
});

describe('the table diff of 100,000 rows across engines', () => {
  const columns = (i: string, double: string) => `${i} AS id, CAST(${i} * 1.5 AS ${double}) AS x, 'k' || CAST(${i} % 13 AS VARCHAR) AS cat, DATE '2024-01-01' + CAST(${i} % 365 AS INTEGER) AS day`;
  const changed = (i: string, double: string) => `${i} AS id, CAST(${i} * 1.5 + CASE WHEN ${i} % 10007 = 0 THEN 1 ELSE 0 END AS ${double}) AS x, 'k' || CAST(${i} % 13 AS VARCHAR) AS cat, DATE '2024-01-01' + CAST(${i} % 365 AS INTEGER) AS day`;

  it('finds the rows the file diff finds, pulling back a few hundred rows of 200,000', async () => {
    if (!pg) return;
    await pg.query(`CREATE TABLE big_base AS SELECT ${columns('i', 'DOUBLE PRECISION')} FROM generate_series(1, 100000) AS g(i)`);
    await duck.query(`CREATE TABLE big_base AS SELECT ${columns('i', 'DOUBLE')} FROM range(1, 100001) AS g(i)`);
    await duck.query(`CREATE TABLE big_cur AS SELECT ${changed('i', 'DOUBLE')} FROM range(1, 100004) AS g(i) WHERE i % 20011 <> 0`);
    const exported = (table: string) => {
      const file = path.join(files.dir, `${table}.csv`);
      return duck.query(`COPY ${table} TO '${file}' (HEADER, DELIMITER ',')`).then(() => file);
    };
    const expected = await diffSnapshots(fileSide(await exported('big_base')), fileSide(await exported('big_cur')), { key: ['id'] });
    expect([expected.added, expected.removed, expected.changed]).toEqual([3, 4, 9]);
    const { diff, cost } = await diffTableSides({ baseline: pgSide('big_base'), current: duckSide('big_cur') }, { key: ['id'] }, { threshold: 64 });
    expect(rounded(diff)).toEqual(rounded(expected));
    // 16 differing keys in 4,096 segments of about 24 rows a side: 759 rows of 199,998 come back.
    expect(cost).toMatchObject({ strategy: 'checksum', rowsPulled: 759, queries: 11 });
  }, 60_000);
});

describe('the canonical text the checksums hash', () => {
  const values = [
    `(1, 9007199254740993, 0.1, 1.5, DATE '2024-02-29', TIMESTAMP '2024-01-01 10:00:00.123', TIMESTAMPTZ '2024-01-01 10:00:00+02', true, 'héllo 😀 | x:y')`,
    `(2, -1, -0.0, 3, DATE '1970-01-01', TIMESTAMP '1999-12-31 23:59:59.999', TIMESTAMPTZ '2000-01-01 00:00:00+00', false, '')`,
    `(3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)`,
    `(4, 0, 1e300, 0.0001, DATE '2000-01-01', TIMESTAMP '2024-06-01 00:00:00', TIMESTAMPTZ '2024-06-01 12:00:00-07', NULL, 'NULL')`,
    `(5, 1, 123456789.123456789, 12345678.1234, DATE '2024-01-01', TIMESTAMP '2024-01-01 00:00:00.5', TIMESTAMPTZ '2024-01-01 00:00:00.5+00', true, 'a''b"c\\n')`,
  ];

  it('is the same text in PostgreSQL and DuckDB: numbers by value, times as epoch ms, NULL apart from the empty text', async () => {
    if (!pg) return;
    const definitions = (numeric: string, double: string) => `i INTEGER, big BIGINT, d ${double}, n ${numeric}, day DATE, ts TIMESTAMP, tz TIMESTAMPTZ, flag BOOLEAN, txt ${numeric === 'NUMERIC(12,4)' ? 'TEXT' : 'VARCHAR'}`;
    await pg.query(`CREATE TABLE canon (${definitions('NUMERIC(12,4)', 'DOUBLE PRECISION')})`);
    await pg.query(`SET TIME ZONE 'Europe/Paris'`);
    await pg.query(`INSERT INTO canon VALUES ${values.join(', ')}`);
    await duck.query(`CREATE TABLE canon (${definitions('DECIMAL(12,4)', 'DOUBLE')})`);
    await duck.query(`INSERT INTO canon VALUES ${values.join(', ')}`);
    const texts = async (side: TableSide) => {
      const columns = await columnsOf(side.client, side.dialect, side.source);
      const row = canonicalRow(side.dialect, columns.map((column) => ({ kind: column.kind, expression: side.dialect.quoteIdent(column.name) })));
      return (await side.client.query(`SELECT ${row} AS t FROM canon ORDER BY i`)).map((r) => r.t);
    };
    const fromPostgres = await texts(pgSide('canon'));
    expect(await texts(duckSide('canon'))).toEqual(fromPostgres);
    expect(fromPostgres[1]).toBe('i2|i-1|n0.0000000000000000e+00|n3.0000000000000000e+00|t0|t946684799999|t946684800000|b0|s0:');
    expect(fromPostgres[2]).toBe('i3||||||||');
    expect(fromPostgres[0]).toBe('i1|i9007199254740993|n1.0000000000000001e-01|n1.5000000000000000e+00|t1709164800000|t1704103200123|t1704096000000|b1|s13:héllo 😀 | x:y');
  });

  it('reads back to the cells a file reader gives', () => {
    const fields = splitCanonicalRow('i1|i9007199254740993|n1.5000000000000000e+00|t0||b1|s13:héllo 😀 | x:y|s0:', 8);
    expect(fields.map(cellOfCanonical)).toEqual([1, 9007199254740993n, 1.5, new Date(0), null, true, 'héllo 😀 | x:y', '']);
  });
});

describe('hostile names', () => {
  const table = 'we"ird; drop';
  const create = (client: SqlClient, quoted: string, rows: string) => client.query(`CREATE TABLE ${quoted} ("select" INTEGER, "id""x" VARCHAR, "a b" DOUBLE PRECISION, "--c" VARCHAR, "ça" DATE); INSERT INTO ${quoted} VALUES ${rows}`.replace('DOUBLE PRECISION', client.engine === 'duckdb' ? 'DOUBLE' : 'DOUBLE PRECISION'));
  const baseRows = `(1, 'x''; drop', 1.5, '--', DATE '2024-01-01'), (2, 'y', 2, 'b', DATE '2024-01-02'), (3, 'z', NULL, 'c', NULL)`;
  const currentRows = `(1, 'x''; drop', 1.50, '--', DATE '2024-01-01'), (2, 'y', 2.5, 'b', DATE '2024-01-03'), (4, 'w', 4, 'd', NULL)`;

  it('quotes every table and column name, in one engine and across two', async () => {
    await create(duck, '"we""ird; drop"', baseRows);
    await create(duck, '"we""ird; drop 2"', currentRows);
    const key = { key: ['select', 'id"x'] };
    const sides = { baseline: duckSide(`"${table.replaceAll('"', '""')}"`), current: duckSide('"we""ird; drop 2"') };
    const { diff } = await diffTableSides(sides, key);
    expect(diff).toMatchObject({ added: 1, removed: 1, changed: 1, unchanged: 1 });
    expect(diff.examples.changed).toEqual([{ key: { select: 2, 'id"x': 'y' }, changes: [{ column: 'a b', before: 2, after: 2.5 }, { column: 'ça', before: '2024-01-02', after: '2024-01-03' }] }]);
    const { diff: summed } = await diffTableSides(sides, key, { strategy: 'checksum', threshold: 1 });
    expect(summed).toEqual(diff);
    if (!pg) return;
    await create(pg, '"we""ird; drop"', baseRows);
    const { diff: across } = await diffTableSides({ baseline: pgSide('"we""ird; drop"'), current: sides.current }, key, { threshold: 1 });
    expect(across).toEqual(diff);
  });
});

describe('bad input', () => {
  it('names the side and the column when a key column is missing', async () => {
    const error = await diffTableSides({ baseline: duckSide('orders_base'), current: duckSide('orders_cur') }, { key: ['order_id', 'nope'] }).catch((e: unknown) => e);
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toContain('wh: orders_base: the key column "nope" is missing on the baseline side');
    expect((error as Error).message).toContain('wh: orders_cur: the key column "nope" is missing on the current side');
  });

  it('names the connection and table when a table does not exist', async () => {
    const error = await diffTableSides({ baseline: duckSide('no_such'), current: duckSide('orders_cur') }, options).catch((e: unknown) => e);
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toMatch(/^wh: no_such: could not read the columns/);
    if (!pg) return;
    const missing = await diffTableSides({ baseline: pgSide('analytics.nope'), current: pgSide('orders_ci') }, options).catch((e: unknown) => e);
    expect((missing as Error).message).toBe('pg: analytics.nope: no table or view "analytics.nope" (or no permission to read it)');
  });
});

describe('a diff by the key alone', () => {
  it('counts rows added and removed when every other column is ignored, in one engine and across', async () => {
    const keyOnly: DiffOptions = { key: ['order_id'], ignore: ['customer_ref', 'ordered_on', 'amount', 'quantity', 'discount', 'returned', 'margin_pct', 'satisfaction', 'stars', 'balance', 'region', 'note'] };
    const expected = await diffSnapshots(fileSide(files.baseline), fileSide(files.current), keyOnly);
    const sides = { baseline: duckSide('orders_base'), current: duckSide('orders_cur') };
    expect((await diffTableSides(sides, keyOnly)).diff).toEqual(expected);
    expect((await diffTableSides(sides, keyOnly, { strategy: 'checksum', threshold: 4 })).diff).toEqual(expected);
    expect(expected).toMatchObject({ added: 5, removed: 6, changed: 0, columns: [] });
  });
});

describe('an engine that refuses a query', () => {
  it('is a user error naming the sides, not a stack trace', async () => {
    if (!pg) return;
    const bad: TableSide = { ...pgSide('x'), source: { connection: 'pg', query: 'SELECT order_id, CAST(region AS INTEGER) AS r FROM analytics.orders' } };
    const error = await diffTableSides({ baseline: bad, current: { ...bad } }, options).catch((e: unknown) => e);
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toBe('pg: query and pg: query: the row diff\'s query failed: invalid input syntax for type integer: "west"');
  });
});

describe('diffTables', () => {
  it('gates the diff as the file diff does', async () => {
    const dataset = { name: 'orders', current: 'x', key: 'order_id', diff: { columns: {}, examples: 2, max_added: 2, max_changed_share: 0.5 } } as unknown as DatasetConfig;
    const { diff, gates, cost } = await diffTables({ baseline: duckSide('orders_base'), current: duckSide('orders_cur') }, dataset);
    expect(diff!.examples.added).toHaveLength(2);
    expect(gates.map((gate) => [gate.id, gate.status])).toEqual([
      ['orders.diff.max_added', 'fail'], ['orders.diff.max_changed_share', 'pass'], ['orders.diff.keys', 'warn'],
    ]);
    expect(cost.strategy).toBe('join');
  });
});
