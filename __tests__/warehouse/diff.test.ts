import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { diffSnapshots, type DiffOptions } from '../../src/diff/index.js';
import type { DiffReport } from '../../src/diff/types.js';
import { isUserError } from '../../src/errors.js';
import { dialectOf } from '../../src/warehouse/dialect.js';
import { diffTableSides, diffTables, type TableSide } from '../../src/warehouse/diff.js';
import type { SqlClient } from '../../src/warehouse/types.js';
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
    expect(cost).toMatchObject({ strategy: 'join', queries: 4 });
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
