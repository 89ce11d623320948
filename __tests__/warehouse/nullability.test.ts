// The contract reaches the schema diff in `check`, end to end: nulls appearing in a file column
// the contract says is `nullable: false`, and a NOT NULL dropped between two tables (live
// engines), are breaking and fail the schema gate; a table against a CSV of the same rows is no
// change. The catalog read and diffSchema itself are tested in catalog.test.ts.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createBaselineResolver } from '../../src/baseline/index.js';
import { runCheck } from '../../src/run/check.js';
import { openDuckDb } from '../../src/warehouse/clients/duckdb.js';
import type { SqlClient } from '../../src/warehouse/types.js';
import { freshPostgres, stopPostgres } from './engines.js';

afterAll(stopPostgres);

const now = new Date('2026-12-01T00:00:00Z');

/** Baseline: id and email NOT NULL, note nullable. Current: email's NOT NULL dropped, note's added; no row holds a null. */
const TABLES = [
  'create schema shop',
  'create table shop.users_base (id integer not null, email text not null, note text)',
  'create table shop.users (id integer not null, email text, note text not null)',
  ...['users_base', 'users'].map((table) => `insert into shop.${table} values (1, 'a@x.io', 'n1'), (2, 'b@x.io', 'n2'), (3, 'c@x.io', 'n3')`),
];

function config(dir: string, name: string, connection: string, baseline: string): string {
  const text = [
    'connections:', `  ${connection}`,
    'datasets:', '  - name: users', '    current: { connection: wh, table: shop.users }', `    baseline: ${baseline}`,
    '    schema:', '      columns:', '        email: { nullable: false }', '',
  ].join('\n');
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

const engines: [string, () => Promise<{ dir: string; connection: string; env: NodeJS.ProcessEnv; client: SqlClient } | null>][] = [
  ['DuckDB', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'datagate-nullability-'));
    const db = await openDuckDb(path.join(dir, 'wh.duckdb'));
    try { for (const sql of TABLES) await db.query(sql); } finally { await db.close(); }
    return { dir, connection: 'wh: { engine: duckdb, path: wh.duckdb }', env: {}, client: await openDuckDb(path.join(dir, 'wh.duckdb'), { readOnly: true }) };
  }],
  ['PostgreSQL', async () => {
    const pg = await freshPostgres();
    if (!pg) return null;
    for (const sql of TABLES) await pg.client.query(sql);
    const dir = mkdtempSync(path.join(tmpdir(), 'datagate-nullability-'));
    return { dir, connection: 'wh: { engine: postgres, url: env:WAREHOUSE_URL }', env: { WAREHOUSE_URL: pg.url }, client: pg.client };
  }],
];

describe('files', () => {
  it('nulls appearing under nullable: false and a column added under allow_extra_columns: false are breaking', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'datagate-nullability-'));
    writeFileSync(path.join(dir, 'base.csv'), 'id,email\n1,a@x.io\n2,b@x.io\n3,c@x.io\n');
    writeFileSync(path.join(dir, 'cur.csv'), 'id,email,extra\n1,a@x.io,x\n2,,y\n3,c@x.io,z\n');
    const file = path.join(dir, 'files.yml');
    writeFileSync(file, [
      'datasets:', '  - name: users', '    current: cur.csv', '    baseline: base.csv',
      '    schema:', '      allow_extra_columns: false', '      columns:', '        email: { nullable: false }', '',
    ].join('\n'));
    const { report } = await runCheck({ configPath: file, now, env: {}, baselineResolver: createBaselineResolver({ cwd: dir }) });
    const schema = report.datasets[0].schema!;
    expect(schema.nullability).toEqual([{ name: 'email', from: false, to: true, breaking: true }]);
    expect(schema.added).toEqual([{ name: 'extra', type: 'string', breaking: true }]);
    expect(report.gates.filter((g) => g.kind === 'schema' && g.status === 'fail').map((g) => g.id)).toEqual(['users.schema.nullability.email', 'users.schema.added.extra']);
  });
});

describe.each(engines)('declared nullability on %s', (engineName, setup) => {
  let engine: Awaited<ReturnType<typeof setup>>;
  beforeAll(async () => { engine = await setup(); });
  afterAll(async () => { await engine?.client.close(); });

  it('reports NOT NULL dropped (breaking under nullable: false) and added, with no null in any row', async () => {
    if (!engine) return;
    const { dir, connection, env } = engine;
    const { report } = await runCheck({
      configPath: config(dir, 'tables.yml', connection, '{ connection: wh, table: shop.users_base }'), now, env,
      baselineResolver: createBaselineResolver({ cwd: dir }),
    });
    const dataset = report.datasets[0];
    expect(dataset.schema?.nullability).toEqual([
      { name: 'email', from: false, to: true, breaking: true, declared: true },
      { name: 'note', from: true, to: false, breaking: false, declared: true },
    ]);
    const gate = report.gates.find((g) => g.id === 'users.schema.nullability.email');
    expect(gate).toMatchObject({ status: 'fail', message: expect.stringContaining('column email is no longer declared NOT NULL') });
  });

  it('gives no nullability change for a table with NOT NULL against a CSV of the same rows', async () => {
    if (!engine) return;
    const { dir, connection, env } = engine;
    writeFileSync(path.join(dir, 'users.csv'), 'id,email,note\n1,a@x.io,n1\n2,b@x.io,n2\n3,c@x.io,n3\n');
    const { report } = await runCheck({
      configPath: config(dir, 'mixed.yml', connection, 'users.csv'), now, env,
      baselineResolver: createBaselineResolver({ cwd: dir }),
    });
    expect(report.datasets[0].schema?.nullability).toEqual([]);
    expect(report.gates.filter((g) => g.kind === 'schema' && g.status !== 'pass')).toEqual([]);
  });
});
