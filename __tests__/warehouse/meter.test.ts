// A dataset's cost is counted once, at the run's Connections: every statement on either side
// (profile, contract, row diff; the describe too) adds to the one cost the report shows, and each
// step's own cost is its share of it.

import { afterAll, describe, expect, it } from '@jest/globals';
import { datasetSchema } from '../../src/config/schema.js';
import { Connections } from '../../src/warehouse/connect.js';
import { contractGatesOfTable } from '../../src/warehouse/contract.js';
import { diffTables } from '../../src/warehouse/diff.js';
import { MeteredClient, metered } from '../../src/warehouse/meter.js';
import { profileTable } from '../../src/warehouse/profile.js';
import type { SqlClient, SqlRow } from '../../src/warehouse/types.js';

const connections = new Connections({ wh: { engine: 'duckdb', path: ':memory:' } } as never, { dir: process.cwd(), configFile: 'datagate.yml' });
afterAll(() => connections.closeAll());

const current = { connection: 'wh', query: 'SELECT i, i % 7 AS k, i * 0.5 AS x FROM range(1000) t(i)' };
const baseline = { connection: 'wh', query: 'SELECT i, i % 7 AS k, CASE WHEN i = 3 THEN 0 ELSE i * 0.5 END AS x FROM range(990) t(i)' };

describe('the cost of a dataset', () => {
  it('is every statement of its sides, counted once, and the steps\' costs add up to it', async () => {
    const dataset = datasetSchema.parse({ name: 'orders', current: 'x.csv', key: 'i', schema: { columns: { k: { type: 'integer', max: 5 } } } });
    const side = await connections.forSource(current, 'orders');
    const other = await connections.forSource(baseline, 'orders');
    expect(side.client).toBeInstanceOf(MeteredClient);
    // A metered client is not metered twice.
    expect(metered(side.client)).toBe(side.client);
    const profiled = await profileTable(side.client, side.dialect, current, { exact: true });
    const base = await profileTable(other.client, other.dialect, baseline, { exact: true });
    const contract = await contractGatesOfTable(side.client, side.dialect, current, dataset, { current: profiled.profile, baseline: base.profile, now: new Date(0) });
    const joined = await diffTables({ baseline: { ...side, source: baseline }, current: { ...side, source: current } }, dataset);
    // Two clients of one dataset (one connection here): checksums, the shared cost counted once.
    const diff = await diffTables({ baseline: { ...other, source: baseline }, current: { ...side, source: current } }, dataset);
    expect([joined.cost.strategy, joined.cost.queries, diff.cost.strategy]).toEqual(['join', 6, 'checksum']);
    expect(joined.diff).toEqual(diff.diff);
    expect(diff.diff?.removed).toBe(0);
    expect(diff.diff?.added).toBe(10);
    // Describe, aggregates, value counts, the numbers pulled back: 4 each, every scan of 1,000 and 990 rows.
    expect([profiled.cost.queries, profiled.cost.rowsScanned, base.cost.queries, base.cost.rowsScanned]).toEqual([4, 3000, 4, 2970]);
    const parts = [profiled.cost, base.cost, contract.cost, joined.cost, diff.cost];
    const total = connections.costOf('orders')!;
    expect({ queries: total.queries, rowsScanned: total.rowsScanned }).toEqual({
      queries: parts.reduce((sum, part) => sum + part.queries, 0),
      rowsScanned: parts.reduce((sum, part) => sum + part.rowsScanned, 0),
    });
    expect(Number.isInteger(total.ms)).toBe(true);
    expect(connections.costOf('another')).toBeUndefined();
  });

  it('counts a statement that fails, and the describe', async () => {
    const statements: string[] = [];
    const raw: SqlClient = {
      engine: 'duckdb',
      async query(sql: string): Promise<SqlRow[]> {
        statements.push(sql);
        if (sql.includes('boom')) throw new Error('no such table boom');
        return [];
      },
      async describe(sql: string) {
        statements.push(`describe ${sql}`);
        return [];
      },
      close: async () => {},
    };
    const meter = metered(raw);
    await meter.describe!('SELECT 1');
    await meter.query('SELECT 1');
    await expect(meter.query('SELECT * FROM boom')).rejects.toThrow('boom');
    meter.scanned(12);
    expect({ queries: meter.cost.queries, rowsScanned: meter.cost.rowsScanned }).toEqual({ queries: statements.length, rowsScanned: 12 });
  });
});
