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
jest.unstable_mockModule('@duckdb/node-api', () => {
  imported.push('@duckdb/node-api');
  return {};
});

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
    // The mocked DuckDB has no instance to open: the run fails after the import, as a bug would.
    await expect(runCheck({ configPath: path.join(dir, 'datagate.yml'), env: {}, baselineResolver: createBaselineResolver({ cwd: dir }) })).rejects.toThrow();
    expect(imported).toEqual(['@duckdb/node-api']);
  });

  it('a PostgreSQL table loads pg (the mock is seen, so the first test is not vacuous)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'datagate-lazy-'));
    writeFileSync(path.join(dir, 'datagate.yml'), [
      'connections:', '  pg: { engine: postgres, url: env:DATABASE_URL }',
      'datasets:', '  - name: t', '    current: { connection: pg, table: t }',
    ].join('\n'));
    await expect(runCheck({ configPath: path.join(dir, 'datagate.yml'), env: { DATABASE_URL: 'postgres://x@127.0.0.1:1/x' }, baselineResolver: createBaselineResolver({ cwd: dir }) })).rejects.toThrow();
    expect(imported).toEqual(['@duckdb/node-api', 'pg']);
  });
});
