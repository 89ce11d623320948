import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { diffSnapshots, type DiffOptions } from '../../src/diff/index.js';
import type { DiffReport } from '../../src/diff/types.js';
import { isUserError } from '../../src/errors.js';
import { dialectOf } from '../../src/warehouse/dialect.js';
import { diffTableAndFile, type TableSide } from '../../src/warehouse/diff.js';
import { canonicalCell, scientific17 } from '../../src/warehouse/diffFileSide.js';
import { canonicalRow, type ColumnKind } from '../../src/warehouse/diffSql.js';
import type { SqlClient } from '../../src/warehouse/types.js';
import { csvIntoDuckDb, duckDbIntoPostgres, orderFiles } from './diffData.js';
import { duckdbMemory, freshPostgres, stopPostgres } from './engines.js';

let files: ReturnType<typeof orderFiles>;
let duck: SqlClient;
let pg: SqlClient | null = null;

const duckSide = (table: string): TableSide => ({ client: duck, dialect: dialectOf('duckdb'), source: { connection: 'wh', table } });
const pgSide = (table: string): TableSide => ({ client: pg!, dialect: dialectOf('postgres'), source: { connection: 'pg', table } });
const fileSpec = (file: string) => ({ files: [file], options: {}, label: path.basename(file) });
const fileSide = (file: string) => ({ files: [file], options: {}, label: path.basename(file) });

/** The report with meanDelta rounded: the file diff adds the deltas in file order, the checksum diff in segment order. */
function rounded(diff: DiffReport): DiffReport {
  return { ...diff, columns: diff.columns.map((column) => (column.meanDelta === undefined ? column : { ...column, meanDelta: Number(column.meanDelta.toPrecision(12)) })) };
}

/** A DuckDB table written out as CSV (or Parquet), as a user's export of it would be. */
async function exported(table: string, format: 'csv' | 'parquet' = 'csv', order = ''): Promise<string> {
  const file = path.join(files.dir, `${table}${order ? '_ordered' : ''}.${format}`);
  const options = format === 'csv' ? '(HEADER, DELIMITER \',\')' : '(FORMAT PARQUET)';
  await duck.query(`COPY (SELECT * FROM ${table}${order}) TO '${file}' ${options}`);
  return file;
}

beforeAll(async () => {
  files = orderFiles();
  duck = await duckdbMemory();
  await csvIntoDuckDb(duck, 'orders_base', files.baseline);
  await csvIntoDuckDb(duck, 'orders_cur', files.current);
  const fresh = await freshPostgres();
  if (fresh) {
    pg = fresh.client;
    await duckDbIntoPostgres(duck, 'orders_base', pg, 'orders_base');
    await duckDbIntoPostgres(duck, 'orders_cur', pg, 'orders_cur');
  }
}, 60_000);

afterAll(async () => {
  await duck?.close();
  await pg?.close();
  stopPostgres();
  rmSync(files.dir, { recursive: true, force: true });
});

const options: DiffOptions = { key: ['order_id'] };

describe('a table against a CSV baseline (the file hashed in JavaScript)', () => {
  it('DuckDB: equals the file diff of the table\'s CSV export against the file, duplicate and null keys included', async () => {
    const expected = await diffSnapshots(fileSide(files.baseline), fileSide(await exported('orders_cur')), options);
    const { diff, cost } = await diffTableAndFile(duckSide('orders_cur'), fileSpec(files.baseline), 'baseline', options, { threshold: 8 });
    expect(rounded(diff)).toEqual(rounded(expected));
    expect(expected).toMatchObject({ added: 5, removed: 6, duplicateKeys: { baseline: 0, current: 1 }, nullKeys: { baseline: 0, current: 1 } });
    expect(cost).toMatchObject({ strategy: 'checksum', rowsPulled: 167, queries: 5 });
  });

  it('PostgreSQL: equals the file diff of the table\'s CSV export against the file, with tolerances and ignored columns', async () => {
    if (!pg) return;
    const tolerant: DiffOptions = { key: ['order_id'], ignore: ['note'], columns: { balance: { absolute: 0.01 }, amount: { relative: 0.001 } } };
    for (const each of [options, tolerant]) {
      const expected = await diffSnapshots(fileSide(files.baseline), fileSide(await exported('orders_cur')), each);
      const { diff, cost } = await diffTableAndFile(pgSide('orders_cur'), fileSpec(files.baseline), 'baseline', each, { threshold: 8 });
      expect(rounded(diff)).toEqual(rounded(expected));
      // Two catalog statements, the stats, one level of segments, the pull, the duplicates.
      expect(cost.queries).toBe(6);
    }
  });

  it('pulls nothing back when the table holds the file\'s rows: a CSV `1.50` is the NUMERIC 1.5, a date the DATE', async () => {
    for (const side of [duckSide('orders_base'), ...(pg ? [pgSide('orders_base')] : [])]) {
      const { diff, cost } = await diffTableAndFile(side, fileSpec(files.baseline), 'baseline', options, { threshold: 8 });
      expect(diff).toMatchObject({ added: 0, removed: 0, changed: 0, unchanged: 600 });
      expect(cost.rowsPulled).toBe(0);
    }
  });

  it('lists the columns found on one side only', async () => {
    await duck.query('CREATE TABLE orders_wide AS SELECT * EXCLUDE (note), 1 AS extra FROM orders_cur');
    const expected = await diffSnapshots(fileSide(files.baseline), fileSide(await exported('orders_wide')), options);
    const { diff } = await diffTableAndFile(duckSide('orders_wide'), fileSpec(files.baseline), 'baseline', options, { threshold: 8 });
    expect(rounded(diff)).toEqual(rounded(expected));
    expect(diff.notCompared).toEqual({ baseline: ['note'], current: ['extra'], ignored: [] });
  });
});

describe('a table against a Parquet baseline', () => {
  it('equals the file diff of the table\'s CSV export against the Parquet file, on DuckDB and PostgreSQL', async () => {
    const parquet = await exported('orders_base', 'parquet');
    const expected = await diffSnapshots(fileSide(parquet), fileSide(await exported('orders_cur')), options);
    for (const side of [duckSide('orders_cur'), ...(pg ? [pgSide('orders_cur')] : [])]) {
      const { diff } = await diffTableAndFile(side, fileSpec(parquet), 'baseline', options, { threshold: 8 });
      expect(rounded(diff)).toEqual(rounded(expected));
    }
    // Typed Parquet cells hash as the table's values: nothing differs, nothing comes back.
    const { cost } = await diffTableAndFile(duckSide('orders_base'), fileSpec(parquet), 'baseline', options, { threshold: 8 });
    expect(cost.rowsPulled).toBe(0);
  });
});

describe('duplicate keys with different rows', () => {
  it('diffs the first of a key\'s rows in the file, as the file diff does', async () => {
    const fixture = (name: string) => path.resolve(`__tests__/fixtures/diff/${name}.csv`);
    await csvIntoDuckDb(duck, 'fixture_cur', fixture('current'));
    // The table's export: current.csv itself (DuckDB would write its TIMESTAMPTZ as `+00`, which is text to a reader).
    const expected = await diffSnapshots(fileSide(fixture('baseline')), fileSide(fixture('current')), { key: ['id'] });
    const { diff } = await diffTableAndFile(duckSide('fixture_cur'), fileSpec(fixture('baseline')), 'baseline', { key: ['id'] }, { threshold: 1 });
    expect(diff).toEqual(expected);
    expect(diff).toMatchObject({ duplicateKeys: { baseline: 1, current: 1, examples: [{ id: 7 }, { id: 10 }] }, nullKeys: { baseline: 1, current: 2 } });
  });
});

describe('bad input', () => {
  it('names the file and the column when a key column is missing in the file', async () => {
    const file = path.join(files.dir, 'no_key.csv');
    writeFileSync(file, 'id,amount\n1,2\n');
    const error = await diffTableAndFile(duckSide('orders_cur'), fileSpec(file), 'baseline', { key: ['order_id', 'id'] }).catch((e: unknown) => e);
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toBe('no_key.csv: the key column "order_id" is missing on the baseline side (its columns: "id", "amount")\n'
      + 'wh: orders_cur: the key column "id" is missing on the current side (its columns: "order_id", "customer_ref", "ordered_on", "amount", "quantity", "discount", "returned", "margin_pct", "satisfaction", "stars", "balance", "region", "note")');
  });
});

describe('the canonical text of a file\'s cells', () => {
  const cells: [ColumnKind, string, string | number | boolean | Date][] = [
    ['integer', 'i', '007'], ['integer', 'i', -12], ['integer', 'i', '9007199254740993'], ['integer', 'i', '5.0'],
    ['number', 'n', '1.50'], ['number', 'n', '0.1'], ['number', 'n', '-0.0'], ['number', 'n', 1e300], ['number', 'n', '123456789.123456789'],
    ['date', 't', '2024-02-29'], ['timestamp', 't', '2024-01-01T10:00:00.123Z'], ['timestamp', 't', new Date(0)],
    ['boolean', 'b', 'true'], ['boolean', 'b', false], ['text', 's', 'héllo 😀 | x:y'], ['text', 's', ''],
  ];

  it('is the text the engines give for the same values', async () => {
    const engines: SqlClient[] = [duck, ...(pg ? [pg] : [])];
    for (const client of engines) {
      const dialect = dialectOf(client.engine);
      const literal = (kind: ColumnKind, cell: string | number | boolean | Date) => {
        const text = cell instanceof Date ? cell.toISOString() : String(cell);
        if (kind === 'integer' && client.engine === 'postgres') return `CAST(CAST(${dialect.literal(text)} AS NUMERIC) AS BIGINT)`;
        const type = { integer: 'HUGEINT', number: client.engine === 'duckdb' ? 'DOUBLE' : 'DOUBLE PRECISION', date: 'DATE', timestamp: 'TIMESTAMP', boolean: 'BOOLEAN', text: 'VARCHAR' }[kind];
        return `CAST(${dialect.literal(kind === 'timestamp' ? text.replace('Z', '') : text)} AS ${type})`;
      };
      const select = cells.map(([kind, , cell], i) => `${canonicalRow(dialect, [{ kind, expression: literal(kind, cell) }])} AS c${i}`).join(', ');
      const [row] = await client.query(`SELECT ${select}`);
      cells.forEach(([kind, , cell], i) => expect([client.engine, canonicalCell(kind, cell)]).toEqual([client.engine, row![`c${i}`]]));
    }
    expect(cells.map(([kind, , cell]) => canonicalCell(kind, cell)[0])).toEqual(cells.map(([, tag]) => tag));
  });

  it('prints doubles in 17 significant digits with a two-digit exponent', () => {
    expect([scientific17(1.5), scientific17(-0), scientific17(1e-7), scientific17(1e300)]).toEqual(['1.5000000000000000e+00', '0.0000000000000000e+00', '9.9999999999999995e-08', '1.0000000000000001e+300']);
  });
});
