// One catalog read per table: names, engine types and declared nullability, for the profile, the
// contract and the schema diff. Live on PostgreSQL and DuckDB (a column made NOT NULL on one side),
// and the statement of every other engine accepted by its dialect's parser.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { diffSchema, hasBreakingChange } from '../../src/compare/schema.js';
import { datasetSchema } from '../../src/config/schema.js';
import { schemaGates } from '../../src/gates/schema.js';
import { profileFiles } from '../../src/profile/index.js';
import { schemaLines } from '../../src/report/markdown/schema.js';
import { catalogColumns, catalogSql } from '../../src/warehouse/catalog.js';
import { dialectOf } from '../../src/warehouse/dialect.js';
import { profileTable } from '../../src/warehouse/profile.js';
import type { EngineName, SqlClient } from '../../src/warehouse/types.js';
import { duckdbMemory, freshPostgres, stopPostgres } from './engines.js';
import { parseAs } from './parse.js';

const clients = new Map<EngineName, SqlClient>();

beforeAll(async () => {
  clients.set('duckdb', await duckdbMemory());
  const pg = await freshPostgres();
  if (pg) clients.set('postgres', pg.client);
  for (const client of clients.values()) {
    await client.query('CREATE SCHEMA prod');
    await client.query('CREATE SCHEMA ci');
    // The same rows on both sides, no null anywhere; only the declarations differ.
    await client.query('CREATE TABLE prod.orders (id integer NOT NULL, email text NOT NULL, amount numeric(10,2), note text)');
    await client.query('CREATE TABLE ci.orders (id integer NOT NULL, email text, amount numeric(10,2), note text)');
    for (const table of ['prod.orders', 'ci.orders']) {
      await client.query(`INSERT INTO ${table} VALUES (1, 'a@x.org', 1.50, 'n'), (2, 'b@x.org', 2.25, 'm'), (3, 'c@x.org', 3.00, 'k')`);
    }
    // A column made NOT NULL after the fact, as a migration does.
    await client.query('ALTER TABLE ci.orders ALTER COLUMN note SET NOT NULL');
  }
}, 120_000);

afterAll(async () => {
  for (const client of clients.values()) await client.close();
  stopPostgres();
});

describe.each(['duckdb', 'postgres'] as EngineName[])('%s', (engine) => {
  it('reads each column\'s name, type and declared nullability in one statement', async () => {
    const client = clients.get(engine);
    if (!client) return;
    let statements = 0;
    const counting: SqlClient = { engine, query: (sql) => { statements++; return client.query(sql); }, close: async () => {} };
    const columns = await catalogColumns(counting, dialectOf(engine), { connection: 'wh', table: 'ci.orders' });
    expect(statements).toBe(1);
    expect(columns.map(({ name, kind, nullable }) => ({ name, kind, nullable }))).toEqual([
      { name: 'id', kind: 'integer', nullable: false },
      { name: 'email', kind: 'text', nullable: true },
      { name: 'amount', kind: 'number', nullable: true },
      { name: 'note', kind: 'text', nullable: false },
    ]);
    expect(columns[2]!.type.toLowerCase()).toBe('numeric(10,2)'.replace('numeric', engine === 'duckdb' ? 'decimal' : 'numeric'));
  });

  it('the profile carries it, and the schema diff reports NOT NULL dropped and added, not the rows\' nulls', async () => {
    const client = clients.get(engine);
    if (!client) return;
    const dialect = dialectOf(engine);
    const baseline = (await profileTable(client, dialect, { connection: 'wh', table: 'prod.orders' })).profile;
    const current = (await profileTable(client, dialect, { connection: 'wh', table: 'ci.orders' })).profile;
    expect(current.columns.map((column) => [column.name, column.declaredNullable])).toEqual([['id', false], ['email', true], ['amount', true], ['note', false]]);

    const diff = diffSchema(baseline, current);
    expect(diff.nullability).toEqual([
      { name: 'email', from: false, to: true, breaking: false, declared: true },
      { name: 'note', from: true, to: false, breaking: false, declared: true },
    ]);
    expect(hasBreakingChange(diff)).toBe(false);

    // Under a contract that promised no nulls, dropping the constraint breaks it; adding one never does.
    const contract = datasetSchema.parse({ name: 'orders', current: 'x.csv', schema: { columns: { email: { nullable: false }, note: { nullable: false } } } }).schema;
    const promised = diffSchema(baseline, current, contract);
    expect(promised.nullability.map(({ name, breaking }) => [name, breaking])).toEqual([['email', true], ['note', false]]);
    expect(schemaGates('orders', promised, { breaking: 'error', non_breaking: 'warn' }).map((gate) => gate.message)).toEqual([
      'breaking: column email is no longer declared NOT NULL', 'non-breaking: column note is now declared NOT NULL',
    ]);
    expect(schemaLines(promised, 80).map((line) => line.text)).toEqual(['email: NOT NULL dropped  (declared)', 'note: NOT NULL added  (declared)']);
  });

  it('a NOT NULL table without nulls against its CSV export is no change', async () => {
    const client = clients.get(engine);
    if (!client) return;
    const dir = mkdtempSync(path.join(tmpdir(), 'datagate-catalog-'));
    const csv = path.join(dir, 'orders.csv');
    writeFileSync(csv, 'id,email,amount,note\n1,a@x.org,1.50,n\n2,b@x.org,2.25,m\n3,c@x.org,3.00,k\n');
    const file = await profileFiles([csv], {}, () => undefined);
    const table = (await profileTable(client, dialectOf(engine), { connection: 'wh', table: 'prod.orders' })).profile;
    for (const [baseline, current] of [[file, table], [table, file]]) {
      const diff = diffSchema(baseline, current);
      expect(diff.nullability).toEqual([]);
      expect(hasBreakingChange(diff)).toBe(false);
    }
  });
});

describe('the catalog statement of every engine', () => {
  it.each(['postgres', 'redshift', 'duckdb', 'bigquery', 'snowflake', 'trino', 'databricks'] as EngineName[])('%s: reads nullability and parses', (engine) => {
    const d = dialectOf(engine);
    const tables = engine === 'databricks' ? ['orders', 'analytics.orders'] : ['orders', 'analytics.orders', 'prod.analytics.orders'];
    for (const table of tables) {
      const sql = catalogSql(d, table);
      expect(sql).toMatch(engine === 'postgres' ? /NOT attnotnull AS "nullable"/ : /is_nullable AS [`"]nullable[`"]/);
      parseAs(engine, sql);
    }
  });

  it('quotes what the config names (PostgreSQL: the regclass literal; others: string literals)', () => {
    expect(catalogSql(dialectOf('postgres'), '"we""ird".or\'ders')).toContain(`to_regclass('"we""ird"."or''ders"')`);
    expect(catalogSql(dialectOf('bigquery'), 'proj.analytics.orders')).toBe(
      'SELECT column_name AS `name`, data_type AS `type`, is_nullable AS `nullable`, NULL AS `scale` FROM `proj.analytics`.INFORMATION_SCHEMA.COLUMNS WHERE table_name = \'orders\' ORDER BY ordinal_position',
    );
    expect(catalogSql(dialectOf('duckdb'), 'orders')).toContain('table_schema = current_schema() AND table_catalog = current_database()');
  });
});
