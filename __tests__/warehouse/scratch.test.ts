import { it } from '@jest/globals';
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCheck } from '../../src/run/check.js';
import { createBaselineResolver } from '../../src/baseline/index.js';
import { openDuckDb } from '../../src/warehouse/clients/duckdb.js';

it('scratch', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dg-'));
  copyFileSync('examples/data/customers.csv', path.join(dir, 'customers.csv'));
  copyFileSync('examples/data/customers_baseline.csv', path.join(dir, 'base.csv'));
  const db = await openDuckDb(path.join(dir, 'wh.duckdb'));
  await db.query(`create schema analytics; create table analytics.customers as select * from read_csv('${dir}/customers.csv'); create table analytics.base as select * from read_csv('${dir}/base.csv')`);
  console.log(await db.query('describe analytics.customers'));
  await db.close();
  const rules = (await import('node:fs')).readFileSync('examples/datagate.yml', 'utf8').split('\n').slice(6, 19).join('\n');
  writeFileSync(path.join(dir, 'table.yml'), `connections:\n  wh: { engine: duckdb, path: wh.duckdb }\ndatasets:\n  - name: customers\n    current: { connection: wh, table: analytics.customers }\n    baseline: { connection: wh, table: analytics.base }\n${rules}\n`);
  writeFileSync(path.join(dir, 'file.yml'), `datasets:\n  - name: customers\n    current: customers.csv\n    baseline: base.csv\n${rules}\n`);
  const now = new Date('2026-12-01T00:00:00Z');
  const t = await runCheck({ configPath: path.join(dir, 'table.yml'), now, baselineResolver: createBaselineResolver({ cwd: dir }) });
  const f = await runCheck({ configPath: path.join(dir, 'file.yml'), now, baselineResolver: createBaselineResolver({ cwd: dir }) });
  writeFileSync('/tmp/w14b/t.json', JSON.stringify(t.report, null, 1));
  writeFileSync('/tmp/w14b/f.json', JSON.stringify(f.report, null, 1));
});
