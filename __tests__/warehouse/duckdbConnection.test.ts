// DuckDB connections: a file in the workspace opened read-only, `:memory:` over files, and the
// workspace rule applied to what a query may read.

import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createBaselineResolver } from '../../src/baseline/index.js';
import { runCheck } from '../../src/run/check.js';
import { workspaceAt } from '../../src/workspace/index.js';
import { customersDuckDb, customersWorkspace, writeConfig } from './customers.js';

function check(config: string, dir: string, confined = false) {
  const workspace = confined ? workspaceAt(dir, { rule: 'GITHUB_WORKSPACE' }) : undefined;
  return runCheck({ configPath: config, workspace, now: new Date('2026-12-01T00:00:00Z'), baselineResolver: createBaselineResolver({ cwd: dir, workspace }) });
}

describe('DuckDB connections', () => {
  it('reads CSV files in the workspace through :memory: and a query', async () => {
    const dir = customersWorkspace();
    const config = writeConfig(dir, 'memory.yml', {
      connections: ['mem: { engine: duckdb, path: ":memory:" }'],
      current: `{ connection: mem, query: "select * from read_csv('${path.join(dir, 'customers.csv')}')" }`,
      baseline: 'customers_baseline.csv',
    });
    const result = await check(config, dir, true);
    expect(result.report.datasets[0]).toMatchObject({ source: 'mem: query', rows: { baseline: 2000, current: 2000 } });
  });

  it('refuses a query reading a file outside the workspace', async () => {
    const dir = customersWorkspace();
    const outside = mkdtempSync(path.join(tmpdir(), 'datagate-outside-'));
    writeFileSync(path.join(outside, 'secret.csv'), 'token\nabc\n');
    const config = writeConfig(dir, 'escape.yml', {
      connections: ['mem: { engine: duckdb, path: ":memory:" }'],
      current: `{ connection: mem, query: "select * from read_csv('${path.join(outside, 'secret.csv')}')" }`,
    });
    await expect(check(config, dir, true)).rejects.toThrow(/dataset customers: connection mem \(duckdb\), query: permission denied \(Permission Error: Cannot access file ".*secret\.csv" - file system operations are disabled by configuration\)/);
  });

  it('refuses a database file outside the workspace, and a missing one without creating it', async () => {
    const dir = customersWorkspace();
    const outside = writeConfig(dir, 'outside.yml', { connections: ['wh: { engine: duckdb, path: ../elsewhere.duckdb }'], current: '{ connection: wh, table: analytics.customers }' });
    await expect(check(outside, dir, true)).rejects.toThrow(/^\.\.\/elsewhere\.duckdb: is outside GITHUB_WORKSPACE/);
    const missing = writeConfig(dir, 'missing.yml', { connections: ['wh: { engine: duckdb, path: nope.duckdb }'], current: '{ connection: wh, table: analytics.customers }' });
    await expect(check(missing, dir)).rejects.toThrow('nope.duckdb: connection wh: DuckDB database file not found');
    expect(existsSync(path.join(dir, 'nope.duckdb'))).toBe(false);
  });

  it('names the connection and table when the table is missing', async () => {
    const dir = customersWorkspace();
    await customersDuckDb(dir);
    const config = writeConfig(dir, 'missing-table.yml', { connections: ['wh: { engine: duckdb, path: wh.duckdb }'], current: '{ connection: wh, table: analytics.orders }' });
    await expect(check(config, dir)).rejects.toThrow(/^.*missing-table\.yml: dataset customers: connection wh \(duckdb\), table analytics\.orders: the table does not exist \(Catalog Error: Table with name orders does not exist!\)$/);
  });

  it('opens the database read-only: a query cannot change it', async () => {
    const dir = customersWorkspace();
    await customersDuckDb(dir);
    const config = writeConfig(dir, 'write.yml', { connections: ['wh: { engine: duckdb, path: wh.duckdb }'], current: '{ connection: wh, query: "select 1 as x) a; create table analytics.taken (x int); select * from (select 1 as x" }' });
    await expect(check(config, dir)).rejects.toThrow(/connection wh \(duckdb\), query: datagate reads only: the query tried to write \(.*read-only mode/);
  });
});

describe('DuckDB timeout', () => {
  it('interrupts a query longer than the connection\'s timeout', async () => {
    const dir = customersWorkspace();
    const config = writeConfig(dir, 'slow.yml', {
      connections: ['mem: { engine: duckdb, path: ":memory:", timeout: 1s }'],
      current: '{ connection: mem, query: "select count(*) as n from range(1000000000000) a" }',
    });
    await expect(check(config, dir)).rejects.toThrow(/dataset customers: connection mem \(duckdb\), query: the query timed out \(timeout: 1s\) \(INTERRUPT Error: Interrupted!\)$/);
  });
});
