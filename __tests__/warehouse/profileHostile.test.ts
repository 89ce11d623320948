// Column names a PR author controls reach SQL only quoted; types datagate does not have are
// listed, counted and not profiled, with the reason; a sample is drawn by the engine.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dialectOf } from '../../src/warehouse/dialect.js';
import type { Profile } from '../../src/profile/types.js';
import { UserError } from '../../src/errors.js';
import { profileTable } from '../../src/warehouse/profile.js';
import { columnTypeOf } from '../../src/warehouse/catalog.js';
import type { EngineName, SqlClient } from '../../src/warehouse/types.js';
import { openPostgres } from '../../src/warehouse/clients/postgres.js';
import { duckdbMemory, freshPostgres, stopPostgres } from './engines.js';

const HOSTILE = ['it\'s "quoted"', 'a.b', 'with space', 'ünïcødé ✓', '"; drop table t; --', 'select', 'n', 'c0', 'K0'];

const clients = new Map<string, SqlClient>();
let pgUrl = '';

beforeAll(async () => {
  clients.set('duckdb', await duckdbMemory());
  const pg = await freshPostgres();
  if (pg) {
    clients.set('postgres', pg.client);
    pgUrl = pg.url;
  }
}, 180_000);

afterAll(async () => {
  for (const client of clients.values()) await client.close();
  stopPostgres();
});

describe.each(['duckdb', 'postgres'] as EngineName[])('%s', (name) => {
  it('profiles columns with hostile names, each by its own name', async () => {
    const client = clients.get(name);
    if (!client) return;
    const d = dialectOf(name);
    const table = 'odd "table".x';
    const quoted = d.quoteIdent(table);
    await client.query(`CREATE TABLE ${quoted} (${HOSTILE.map((column, i) => `${d.quoteIdent(column)} ${i % 2 === 0 ? 'BIGINT' : 'TEXT'}`).join(', ')})`);
    const rows = [1, 2, 3, null].map((v, r) => `(${HOSTILE.map((_, i) => (v === null ? 'NULL' : i % 2 === 0 ? String(v * (i + 1)) : d.literal(`v'${r}"`))).join(', ')})`);
    await client.query(`INSERT INTO ${quoted} VALUES ${rows.join(', ')}`);
    const { profile } = await profileTable(client, d, { connection: name, table: `"${table.replaceAll('"', '""')}"` });
    expect(profile.rows).toBe(4);
    expect(profile.columns.map((column) => column.name)).toEqual(HOSTILE);
    profile.columns.forEach((column, i) => {
      expect({ count: column.count, nulls: column.nulls, type: column.type }).toEqual({ count: 3, nulls: 1, type: i % 2 === 0 ? 'integer' : 'string' });
      if (i % 2 === 0) expect([column.min, column.max, column.mean]).toEqual([i + 1, 3 * (i + 1), 2 * (i + 1)]);
      else expect(column.top).toEqual([{ value: 'v\'0"', count: 1 }, { value: 'v\'1"', count: 1 }, { value: 'v\'2"', count: 1 }]);
    });
    // The table is still there.
    expect(await client.query(`SELECT count(*) AS n FROM ${quoted}`)).toEqual([{ n: name === 'duckdb' ? 4n : 4 }]);
  }, 180_000);

  it('a missing table is an error naming the connection and the table', async () => {
    const client = clients.get(name);
    if (!client) return;
    const error = await profileTable(client, dialectOf(name), { connection: 'wh', table: 'analytics.nope' }).catch((caught: unknown) => caught);
    // The catalog's answer, with the engine's reason: the user's mistake (exit 2).
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/^wh: analytics\.nope: no such table \(or no permission to see its columns\) \(.*nope/);
  });

  it('an empty table, and a column of nulls only', async () => {
    const client = clients.get(name);
    if (!client) return;
    await client.query('CREATE TABLE empty_t (x DOUBLE PRECISION, s TEXT)');
    const empty = await profileTable(client, dialectOf(name), { connection: name, table: 'empty_t' });
    expect(empty.profile).toMatchObject({ rows: 0, columns: [{ name: 'x', type: 'number', count: 0, nulls: 0 }, { name: 's', type: 'string', count: 0, nulls: 0 }] });
    // describe and aggregates only: nothing to count or sort.
    expect(empty.cost.queries).toBe(2);
    await client.query('INSERT INTO empty_t VALUES (NULL, \'a\'), (NULL, \'b\')');
    const { profile } = await profileTable(client, dialectOf(name), { connection: name, table: 'empty_t' }, { exact: true });
    expect(profile.columns[0]).toMatchObject({ name: 'x', type: 'number', count: 0, nulls: 2 });
    expect(profile.columns[0].mean).toBeUndefined();
    expect(profile.columns[1]).toMatchObject({ count: 2, distinct: 2, minLength: 1, maxLength: 1 });
  });

  it('a query profiles as a table does', async () => {
    const client = clients.get(name);
    if (!client) return;
    const { profile } = await profileTable(client, dialectOf(name), { connection: name, query: 'SELECT 1 AS one, \'a\' AS letter UNION ALL SELECT 2, NULL;' });
    expect(profile.columns.map(({ name: column, type, count, nulls }) => ({ column, type, count, nulls }))).toEqual([
      { column: 'one', type: 'integer', count: 2, nulls: 0 },
      { column: 'letter', type: 'string', count: 1, nulls: 1 },
    ]);
  });
});

describe('types datagate does not have', () => {
  it('PostgreSQL: json, arrays, intervals, binary are counted with a reason; the rest profiled', async () => {
    const client = clients.get('postgres');
    if (!client) return;
    await client.query(`CREATE TABLE odd_types (id int, doc jsonb, tags text[], span interval, raw bytea, price numeric(10,2), n numeric(12,0), flag boolean, at timestamptz, day date, u uuid)`);
    await client.query(`INSERT INTO odd_types VALUES
      (1, '{"a":1}', '{x,y}', '1 day', '\\x00', 1.25, 10, true, '2024-01-02T03:04:05.678Z', '2024-01-02', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'),
      (2, NULL, NULL, NULL, NULL, NULL, NULL, false, NULL, NULL, NULL)`);
    const { profile } = await profileTable(client, dialectOf('postgres'), { connection: 'pg', table: 'odd_types' });
    const byName = Object.fromEntries(profile.columns.map((column) => [column.name, column]));
    expect(byName.doc).toEqual({
      name: 'doc', type: 'string', count: 1, nulls: 1, engineType: 'jsonb', notProfiled: 'jsonb is not a type datagate profiles: counted only', declaredNullable: true,
    });
    expect(byName.tags).toMatchObject({ type: 'list', count: 1, nulls: 1, engineType: 'text[]' });
    expect(byName.span.notProfiled).toBe('interval is not a type datagate profiles: counted only');
    expect(byName.raw.notProfiled).toBe('bytea is not a type datagate profiles: counted only');
    expect(byName.price).toMatchObject({ type: 'number', min: 1.25, max: 1.25 });
    expect(byName.n).toMatchObject({ type: 'integer', min: 10 });
    expect(byName.flag).toMatchObject({ type: 'boolean', distinct: 2, top: [{ value: 'false', count: 1 }, { value: 'true', count: 1 }] });
    expect(byName.at).toMatchObject({ type: 'timestamp', min: '2024-01-02T03:04:05.678Z', top: [{ value: '2024-01-02T03:04:05.678Z', count: 1 }] });
    expect(byName.day).toMatchObject({ type: 'date', min: '2024-01-02', max: '2024-01-02', format: 'YYYY-MM-DD' });
    expect(byName.u).toMatchObject({ type: 'string', top: [{ value: 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', count: 1 }] });
  });

  it('DuckDB: structs, maps, lists, JSON, blobs are counted with a reason', async () => {
    const client = clients.get('duckdb')!;
    await client.query(`CREATE TABLE odd_types AS SELECT 1 AS id, {'a': 1} AS s, MAP {'k': 1} AS m, [1, 2] AS l, '{"a":1}'::JSON AS j, 'x'::BLOB AS b, 1.5::DECIMAL(6,2) AS price, TIMESTAMP '2024-01-02 03:04:05' AS at
      UNION ALL SELECT 2, NULL, NULL, NULL, NULL, NULL, NULL, NULL`);
    const { profile } = await profileTable(client, dialectOf('duckdb'), { connection: 'duck', table: 'odd_types' });
    const byName = Object.fromEntries(profile.columns.map((column) => [column.name, column]));
    expect(byName.s).toMatchObject({ type: 'struct', count: 1, nulls: 1 });
    expect(byName.m).toMatchObject({ type: 'map', count: 1, nulls: 1 });
    expect(byName.l).toMatchObject({ type: 'list', count: 1, nulls: 1, engineType: 'INTEGER[]' });
    expect(byName.j.notProfiled).toBe('JSON is not a type datagate profiles: counted only');
    expect(byName.b.notProfiled).toBe('BLOB is not a type datagate profiles: counted only');
    expect(byName.price).toMatchObject({ type: 'number', min: 1.5, count: 1 });
    expect(byName.at).toMatchObject({ type: 'timestamp', min: '2024-01-02T03:04:05.000Z' });
  });

  it('DuckDB: instants and dates read in UTC whatever the session\'s time zone', async () => {
    const client = await duckdbMemory();
    try {
      await client.query("SET TimeZone = 'America/New_York'");
      await client.query("CREATE TABLE zoned AS SELECT TIMESTAMPTZ '2024-01-02 03:04:05+00' AS at, TIMESTAMP '2024-01-02 03:04:05' AS local, DATE '2024-01-02' AS day");
      const { profile } = await profileTable(client, dialectOf('duckdb'), { connection: 'duck', table: 'zoned' });
      expect(profile.columns.map((column) => column.min)).toEqual(['2024-01-02T03:04:05.000Z', '2024-01-02T03:04:05.000Z', '2024-01-02']);
      expect(profile.columns[0].top).toEqual([{ value: '2024-01-02T03:04:05.000Z', count: 1 }]);
    } finally { await client.close(); }
  });

  it('maps the engines\' type names', () => {
    const cases: [string, string][] = [
      ['INT64', 'integer'], ['NUMBER(38,0)', 'integer'], ['NUMBER(10,2)', 'number'], ['FLOAT64', 'number'], ['BIGNUMERIC', 'number'],
      ['character varying(20)', 'string'], ['STRING', 'string'], ['TIMESTAMP_NTZ', 'timestamp'], ['timestamp(3) with time zone', 'timestamp'],
      ['DATETIME', 'timestamp'], ['DATE', 'date'], ['BOOL', 'boolean'], ['ARRAY<STRING>', 'list'], ['array(varchar)', 'list'],
      ['STRUCT<a INT64>', 'struct'], ['row(a integer)', 'struct'], ['MAP<STRING,INT>', 'map'], ['GEOGRAPHY', 'string'], ['VARIANT', 'string'],
    ];
    for (const [engineType, type] of cases) expect([engineType, columnTypeOf(engineType).type]).toEqual([engineType, type]);
    expect(columnTypeOf('GEOGRAPHY').notProfiled).toBe('GEOGRAPHY is not a type datagate profiles: counted only');
    expect(columnTypeOf('VARIANT').notProfiled).toBeDefined();
    expect(columnTypeOf('INT64').notProfiled).toBeUndefined();
  });
});

describe('sampling by the engine', () => {
  it.each(['duckdb', 'postgres'] as EngineName[])('%s: a percent sample profiles about that share, every scan the same rows', async (name) => {
    const client = clients.get(name);
    if (!client) return;
    await client.query(name === 'duckdb'
      ? 'CREATE TABLE sampled AS SELECT i, i % 10 AS k FROM range(20000) t(i)'
      : 'CREATE TABLE sampled AS SELECT i::bigint AS i, (i % 10)::bigint AS k FROM generate_series(0, 19999) AS t(i)');
    const { profile } = await profileTable(client, dialectOf(name), { connection: name, table: 'sampled' }, { sample: { percent: 10 } });
    expect(profile.rows).toBeGreaterThan(1600);
    expect(profile.rows).toBeLessThan(2400);
    const k = profile.columns.find((column) => column.name === 'k')!;
    // The value counts (one scan) add up to the row count (another).
    expect(k.top!.reduce((sum, entry) => sum + entry.count, 0)).toBe(profile.rows);
    const rows = await profileTable(client, dialectOf(name), { connection: name, table: 'sampled' }, { sample: { rows: 1000 } });
    expect(rows.profile.rows).toBeGreaterThan(700);
    expect(rows.profile.rows).toBeLessThan(1300);
  });

  it.each(['duckdb', 'postgres'] as EngineName[])('%s: a sampled query reads the same rows in every run, on two connections', async (name) => {
    const client = clients.get(name);
    if (!client) return;
    const source = { connection: name, query: 'SELECT i, k, CAST(i AS VARCHAR) AS t FROM sampled WHERE k < 5' };
    const runs: Profile[] = [];
    for (const sample of [{ percent: 10 }, { percent: 10 }, { rows: 500 }, { rows: 500 }]) {
      runs.push((await profileTable(client, dialectOf(name), source, { sample, exact: true })).profile);
    }
    if (name === 'postgres') {
      // A second session: random() would differ, the row hash does not.
      const other = await openPostgres(pgUrl, { timeoutMs: 60_000 });
      try {
        runs.push((await profileTable(other, dialectOf(name), source, { sample: { percent: 10 }, exact: true })).profile);
      } finally {
        await other.close();
      }
    }
    const digest = (profile: Profile) => JSON.stringify({ rows: profile.rows, columns: profile.columns });
    expect(runs[0].rows).toBeGreaterThan(800);
    expect(runs[0].rows).toBeLessThan(1200);
    expect(digest(runs[1])).toBe(digest(runs[0]));
    expect(digest(runs[3])).toBe(digest(runs[2]));
    if (runs[4]) expect(digest(runs[4])).toBe(digest(runs[0]));
  });
});
