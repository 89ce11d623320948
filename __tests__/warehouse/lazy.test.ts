// No engine client is loaded unless a dataset reads a table: a files-only run, even with
// connections configured, never imports pg or DuckDB.

import { describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const imported: string[] = [];
jest.unstable_mockModule('pg', () => {
  imported.push('pg');
  return { default: {} };
});
// DuckDB is loaded through createRequire at run time (src/warehouse/runtimePackage.ts), out of
// the module mocks' reach: its side is seen as pg not being loaded for a DuckDB dataset.

const { runCheck } = await import('../../src/run/check.js');
const { createBaselineResolver } = await import('../../src/baseline/index.js');

describe('engine clients load lazily', () => {
  it('a files-only run with connections configured imports neither pg nor DuckDB', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'datagate-lazy-'));
    copyFileSync('examples/data/customers.csv', path.join(dir, 'customers.csv'));
    writeFileSync(path.join(dir, 'datagate.yml'), [
      'connections:',
      '  pg: { engine: postgres, url: env:DATABASE_URL }',
      '  wh: { engine: duckdb, path: wh.duckdb }',
      'datasets:',
      '  - name: customers',
      '    current: customers.csv',
    ].join('\n'));
    const result = await runCheck({ configPath: path.join(dir, 'datagate.yml'), env: {}, baselineResolver: createBaselineResolver({ cwd: dir }) });
    expect(result.report.datasets[0].rows.current).toBe(2000);
    expect(imported).toEqual([]);
  });

  it('a table dataset loads its own engine\'s client, and only that one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'datagate-lazy-'));
    writeFileSync(path.join(dir, 'datagate.yml'), [
      'connections:',
      '  pg: { engine: postgres, url: env:DATABASE_URL }',
      '  mem: { engine: duckdb, path: ":memory:" }',
      'datasets:',
      '  - name: t',
      '    current: { connection: mem, table: t }',
    ].join('\n'));
    // The in-memory database has no table t: the run fails after DuckDB opened, pg never loaded.
    await expect(runCheck({ configPath: path.join(dir, 'datagate.yml'), env: {}, baselineResolver: createBaselineResolver({ cwd: dir }) })).rejects.toThrow('table t');
    expect(imported).toEqual([]);
  });

  it('a PostgreSQL table loads pg (the mock is seen, so the first test is not vacuous)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'datagate-lazy-'));
    writeFileSync(path.join(dir, 'datagate.yml'), [
      'connections:', '  pg: { engine: postgres, url: env:DATABASE_URL }',
      'datasets:', '  - name: t', '    current: { connection: pg, table: t }',
    ].join('\n'));
    await expect(runCheck({ configPath: path.join(dir, 'datagate.yml'), env: { DATABASE_URL: 'postgres://x@127.0.0.1:1/x' }, baselineResolver: createBaselineResolver({ cwd: dir }) })).rejects.toThrow();
    expect(imported).toEqual(['pg']);
  });
});
