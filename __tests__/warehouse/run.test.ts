// `check` end to end with tables as datasets, on live engines: DuckDB in process, PostgreSQL from
// engines.ts. A table and the CSV export of the same rows must give the same report.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createBaselineResolver } from '../../src/baseline/index.js';
import { runCheck } from '../../src/run/check.js';
import { freshPostgres, stopPostgres } from './engines.js';
import { comparable, customerEngines, customersDuckDb, customersPostgres, customersWorkspace, writeConfig } from './customers.js';

afterAll(stopPostgres);

const now = new Date('2026-12-01T00:00:00Z');

async function check(configPath: string, dir: string, env: NodeJS.ProcessEnv = {}) {
  return runCheck({ configPath, now, env, baselineResolver: createBaselineResolver({ cwd: dir }) });
}

const engines = customerEngines;

describe.each(engines)('check with %s tables', (_engine, setup) => {
  let engine: Awaited<ReturnType<typeof setup>>;
  beforeAll(async () => { engine = await setup(); });

  it('gives the same report for a table as for the CSV export of its rows: gates, counts, verdicts, drift', async () => {
    if (!engine) return;
    const { dir, connection, env } = engine;
    const files = await check(writeConfig(dir, 'files.yml', { current: 'customers.csv', baseline: 'customers_baseline.csv' }), dir);
    const tables = await check(writeConfig(dir, 'tables.yml', {
      connections: [connection], current: '{ connection: wh, table: analytics.customers }', baseline: '{ connection: wh, table: analytics.customers_baseline }',
    }), dir, env);
    expect(files.report.status).toBe('fail');
    expect(files.report.gates.length).toBeGreaterThan(20);
    expect(comparable(tables.report)).toEqual(comparable(files.report));
    const dataset = tables.report.datasets[0];
    expect(dataset.source).toBe('wh: analytics.customers');
    expect(dataset.baseline).toEqual({ source: 'wh: analytics.customers_baseline' });
    expect(dataset.rows).toEqual({ baseline: 2000, current: 2000 });
    expect(dataset.cost).toEqual({ queries: expect.any(Number), rowsScanned: expect.any(Number), ms: expect.any(Number) });
    expect(dataset.cost!.queries).toBeGreaterThanOrEqual(2);
  });

  it('diffs the rows by key in the engine as the files are diffed', async () => {
    if (!engine) return;
    const { dir, connection, env } = engine;
    const extra = ['    key: customer_id'];
    const files = await check(writeConfig(dir, 'files-key.yml', { current: 'customers.csv', baseline: 'customers_baseline.csv', extra }), dir);
    const tables = await check(writeConfig(dir, 'tables-key.yml', {
      connections: [connection], current: '{ connection: wh, table: analytics.customers }', baseline: '{ connection: wh, table: analytics.customers_baseline }', extra,
    }), dir, env);
    const fileDiff = files.report.datasets[0].diff!;
    const tableDiff = tables.report.datasets[0].diff!;
    expect(fileDiff.added).toBe(2000); // the example's two snapshots hold different customers
    expect({ ...tableDiff, columns: tableDiff.columns.map(({ meanDelta: _m, ...c }) => c) })
      .toEqual({ ...fileDiff, columns: fileDiff.columns.map(({ meanDelta: _m, ...c }) => c) });
    tableDiff.columns.forEach((column, i) => {
      if (column.meanDelta !== undefined) expect(column.meanDelta).toBeCloseTo(fileDiff.columns[i]!.meanDelta!, 9);
    });
    expect(tables.report.gates.filter((gate) => gate.kind === 'diff')).toEqual(files.report.gates.filter((gate) => gate.kind === 'diff'));
  });

  it('compares a table with a CSV baseline as the CSV with the same baseline', async () => {
    if (!engine) return;
    const { dir, connection, env } = engine;
    const files = await check(writeConfig(dir, 'files.yml', { current: 'customers.csv', baseline: 'customers_baseline.csv' }), dir);
    const mixed = await check(writeConfig(dir, 'mixed.yml', { connections: [connection], current: '{ connection: wh, table: analytics.customers }', baseline: 'customers_baseline.csv' }), dir, env);
    expect(comparable(mixed.report)).toEqual(comparable(files.report));
    expect(mixed.report.datasets[0].baseline).toEqual({ source: 'customers_baseline.csv' });
  });

  it('stores a table\'s profile as JSON that the next run reads back as its baseline', async () => {
    if (!engine) return;
    const { dir, connection, env } = engine;
    // First run: the baseline table as current, its profile kept (the action uploads it as an artifact).
    const first = await check(writeConfig(dir, 'first.yml', { connections: [connection], current: '{ connection: wh, table: analytics.customers_baseline }' }), dir, env);
    expect(first.report.gates.find((gate) => gate.kind === 'baseline')).toMatchObject({ status: 'skip' });
    writeFileSync(path.join(dir, 'stored.profile.json'), JSON.stringify(first.profiles[0].profile));
    const stored = await check(writeConfig(dir, 'stored.yml', { connections: [connection], current: '{ connection: wh, table: analytics.customers }', baseline: 'stored.profile.json' }), dir, env);
    const fromCsv = await check(writeConfig(dir, 'files-stored.yml', { current: 'customers.csv', baseline: 'stored.profile.json' }), dir);
    expect(stored.report.datasets[0].schema).toEqual(fromCsv.report.datasets[0].schema);
    expect(comparable(stored.report)).toEqual(comparable(fromCsv.report));
    expect(stored.report.datasets[0].rows).toEqual({ baseline: 2000, current: 2000 });
    expect(stored.report.datasets[0].schema?.added).toEqual([expect.objectContaining({ name: 'referral', type: 'string' })]);
  });

  it('reads a query as the current snapshot', async () => {
    if (!engine) return;
    const { dir, connection, env } = engine;
    const result = await check(writeConfig(dir, 'query.yml', {
      connections: [connection], current: '{ connection: wh, query: "select * from analytics.customers where age >= 0" }',
    }), dir, env);
    expect(result.report.datasets[0].source).toBe('wh: query');
    expect(result.report.datasets[0].rows.current).toBe(1997);
    expect(result.report.gates.find((gate) => gate.id === 'customers.contract.age.min')).toMatchObject({ status: 'pass' });
  });
});

describe('check across two engines', () => {
  it('diffs a PostgreSQL table against a DuckDB baseline by checksums, as the files are diffed', async () => {
    const pg = await freshPostgres();
    if (!pg) return;
    try { await customersPostgres(pg.client); } finally { await pg.client.close(); }
    const dir = customersWorkspace();
    await customersDuckDb(dir);
    const extra = ['    key: customer_id'];
    const files = await check(writeConfig(dir, 'files-key.yml', { current: 'customers.csv', baseline: 'customers_baseline.csv', extra }), dir);
    const tables = await check(writeConfig(dir, 'two.yml', {
      connections: ['pg: { engine: postgres, url: env:WAREHOUSE_URL }', 'wh: { engine: duckdb, path: wh.duckdb }'],
      current: '{ connection: pg, table: analytics.customers }', baseline: '{ connection: wh, table: analytics.customers_baseline }', extra,
    }), dir, { WAREHOUSE_URL: pg.url });
    const fileDiff = files.report.datasets[0].diff!;
    const tableDiff = tables.report.datasets[0].diff!;
    for (const field of ['added', 'removed', 'changed', 'unchanged', 'duplicateKeys'] as const) expect(tableDiff[field]).toEqual(fileDiff[field]);
    expect(tableDiff.columns.map((c) => [c.name, c.changed])).toEqual(fileDiff.columns.map((c) => [c.name, c.changed]));
  });
});
