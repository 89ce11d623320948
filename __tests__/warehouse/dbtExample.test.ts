// examples/dbt: a pull request rebuilds the dbt models into analytics_ci, datagate compares each
// with production (analytics). The demo builds the same warehouse in DuckDB from the shipped
// seeds and models (nothing binary committed) and runs the check on it.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import { openDuckDb } from '../../src/warehouse/clients/duckdb.js';


let work = '';
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'datagate-dbt-'));
  copyFileSync('examples/dbt/demo/datagate.yml', path.join(work, 'datagate.yml'));
  execFileSync(process.execPath, ['examples/dbt/demo/build.mjs', work], { stdio: 'pipe' });
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the dbt example', () => {
  it('the demo warehouse holds production and the pull request\'s build of both models', async () => {
    const db = await openDuckDb(path.join(work, 'warehouse.duckdb'));
    try {
      const count = async (table: string) => Number((await db.query(`select count(*) as n from ${table}`))[0]!.n);
      expect(await count('analytics.orders')).toBe(20);
      expect(await count('analytics_ci.orders')).toBe(18); // the two cancelled orders dropped
      expect(await db.query('select order_id, amount from analytics_ci.orders where amount < 0 order by order_id')).toEqual([
        { order_id: 1003, amount: -212.33 },
        { order_id: 1011, amount: -95.22 },
        { order_id: 1019, amount: -14.1 },
      ]);
      expect(await db.query('select customer_id, lifetime_value from analytics_ci.customers where lifetime_value < 0')).toEqual([{ customer_id: 107, lifetime_value: -321.65000000000003 }]);
    } finally {
      await db.close();
    }
  });

  it('both configs (PostgreSQL and the DuckDB demo) are valid', async () => {
    for (const file of ['examples/dbt/datagate.yml', 'examples/dbt/demo/datagate.yml']) {
      const { config } = await loadConfig(file);
      expect(config.datasets.map((dataset) => dataset.name)).toEqual(['orders', 'customers']);
    }
  });

  it('the demo check fails on the refunds, and the diff shows what the pull request changed', () => {
    const cli = path.resolve('dist/cli/index.js');
    const node = process.env.DATAGATE_NODE24 || process.execPath;
    const report = path.join(work, 'report.json');
    const result = spawnSync(node, [cli, 'check', '--config', path.join(work, 'datagate.yml'), '--json', report], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(existsSync(report)).toBe(true);
    const json = JSON.parse(readFileSync(report, 'utf8')) as {
      status: string;
      gates: { id: string; status: string; count?: number }[];
      datasets: { name: string; rows?: unknown; diff?: Record<string, unknown> }[];
    };
    expect(json.status).toBe('fail');
    const gate = (id: string) => json.gates.find((candidate) => candidate.id === id);
    expect(gate('orders.contract.amount.min')).toMatchObject({ status: 'fail', count: 3 });
    expect(gate('customers.contract.lifetime_value.min')).toMatchObject({ status: 'fail', count: 1 });
    const [orders, customers] = json.datasets;
    expect(orders!.rows).toEqual({ baseline: 20, current: 18 });
    expect(orders!.diff).toMatchObject({ key: ['order_id'], added: 0, removed: 2, changed: 3, unchanged: 15 });
    expect(customers!.diff).toMatchObject({ key: ['customer_id'], added: 0, removed: 0, changed: 3, unchanged: 5 });
  });
});
