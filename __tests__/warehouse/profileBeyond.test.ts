// Beyond the budgets: a numeric column too big to pull back gets the engine's order statistics
// (a grid sketch, drift marked approximate, KS within the stated bound of the exact value), and
// a column of more than 10,000 distinct values its 1,024 most frequent values plus a remainder.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { compareDrift } from '../../src/compare/index.js';
import { categoryCounts, numericSample } from '../../src/profile/index.js';
import { weightedQuantile } from '../../src/profile/summary.js';
import { dialectOf } from '../../src/warehouse/dialect.js';
import { profileTable } from '../../src/warehouse/profile.js';
import { gridItems, gridSample, GRID_ITEMS } from '../../src/warehouse/profileRows.js';
import { KllSketch } from '../../src/profile/kll.js';
import type { EngineName, SqlClient } from '../../src/warehouse/types.js';
import { duckdbMemory, freshPostgres, stopPostgres } from './engines.js';

const ROWS = 30_000;
/** The same integers in both engines: x spread over 10,007 values, c over 20,000 names plus 7 frequent ones. */
const generate: Record<'duckdb' | 'postgres', (table: string, shift: number) => string> = {
  duckdb: (table, shift) => `CREATE TABLE ${table} AS SELECT i, ((i * 7919) % 10007) / 4.0 + ${shift} AS x, CASE WHEN i % 97 = 0 THEN NULL ELSE (i * i) % 1000 END AS y,
    CASE WHEN i % 5 = 0 THEN 'hot' || (i % 7) ELSE 'c' || (i % 20000) END AS c FROM range(${ROWS}) t(i)`,
  postgres: (table, shift) => `CREATE TABLE ${table} AS SELECT i::bigint AS i, ((i * 7919) % 10007) / 4.0::float8 + ${shift} AS x, CASE WHEN i % 97 = 0 THEN NULL ELSE (i * i) % 1000 END::bigint AS y,
    CASE WHEN i % 5 = 0 THEN 'hot' || (i % 7) ELSE 'c' || (i % 20000) END AS c FROM generate_series(0, ${ROWS - 1}) AS t(i)`,
};

const clients = new Map<string, SqlClient>();

beforeAll(async () => {
  clients.set('duckdb', await duckdbMemory());
  const pg = await freshPostgres();
  if (pg) clients.set('postgres', pg.client);
}, 180_000);

afterAll(async () => {
  for (const client of clients.values()) await client.close();
  stopPostgres();
});

describe('the grid sketch', () => {
  it('covers every rank once: weights sum to n, at most GRID_ITEMS items of the top weight', () => {
    for (const n of [2049, 4096, 30_000, 1_000_003, 2 ** 31 + 5]) {
      const items = gridItems(n);
      const top = Math.max(...items.map((item) => item.level));
      expect(items.reduce((sum, item) => sum + 2 ** item.level, 0)).toBe(n);
      expect(items.filter((item) => item.level === top).length).toBeLessThanOrEqual(GRID_ITEMS);
      expect(items.every((item, i) => i === 0 || item.rank > items[i - 1].rank)).toBe(true);
    }
  });

  it('loads as a KLL sketch without compacting: the same items and weights come back', () => {
    const n = 30_000;
    const state = gridSample(n, (rank) => rank);
    const sketch = KllSketch.fromState((state as { kll: Parameters<typeof KllSketch.fromState>[0] }).kll);
    const weighted = sketch.weighted();
    expect(Array.from(weighted.values)).toEqual(gridItems(n).map((item) => item.rank));
    expect(Array.from(weighted.weights)).toEqual(gridItems(n).map((item) => 2 ** item.level));
  });
});

describe.each(['duckdb', 'postgres'] as const)('%s beyond the budgets', (name) => {
  it('order statistics for big numeric columns, top values plus a remainder for many categories', async () => {
    const client = clients.get(name);
    if (!client) return;
    await client.query(generate[name]('base', 0));
    await client.query(generate[name]('shifted', 25));
    const dialect = dialectOf(name as EngineName);
    const exact = (await profileTable(client, dialect, { connection: name, table: 'base' }, { exact: true })).profile;
    const { profile: sketched, cost } = await profileTable(client, dialect, { connection: name, table: 'base' });
    // describe, aggregates, categories, quantiles (no column is small enough to pull back).
    expect(cost.queries).toBe(4);
    const x = sketched.columns.find((column) => column.name === 'x')!;
    const exactX = exact.columns.find((column) => column.name === 'x')!;
    const all = numericSample(exactX)!;
    expect(all.exact).toBe(true);
    expect(numericSample(x)!.exact).toBe(false);
    // The engine's exact order statistics give numpy's quantiles exactly.
    for (const [key, q] of [['p01', 0.01], ['p25', 0.25], ['p50', 0.5], ['p99', 0.99]] as const) expect(x.quantiles![key]).toBe(weightedQuantile(all, q));
    expect(x.quantiles).toEqual(exactX.quantiles);
    expect({ count: x.count, min: x.min, max: x.max, mean: x.mean, std: x.std }).toEqual({ count: exactX.count, min: exactX.min, max: exactX.max, mean: exactX.mean, std: exactX.std });
    const y = sketched.columns.find((column) => column.name === 'y')!;
    expect(y.nulls).toBe(Math.floor((ROWS - 1) / 97) + 1);

    // c: 16,007 distinct names (c{k} only for k % 5 ≠ 0, as 5 divides 20,000, and 7 hot ones); the 1,024 most frequent listed, the rest as a remainder.
    const c = sketched.columns.find((column) => column.name === 'c')!;
    expect(c.distinct).toBe(16_000 + 7);
    const counts = categoryCounts(c)!;
    expect(counts.exact).toBe(false);
    expect(counts.counts.size).toBe(1024);
    expect(counts.counts.get('hot0')).toBe(Math.ceil(ROWS / 35));
    expect(counts.other + [...counts.counts.values()].reduce((sum, count) => sum + count, 0)).toBe(c.count);

    // Drift: from order statistics, KS within 2/GRID_ITEMS of the exact D and marked approximate.
    const shiftedExact = (await profileTable(client, dialect, { connection: name, table: 'shifted' }, { exact: true })).profile;
    const shifted = (await profileTable(client, dialect, { connection: name, table: 'shifted' })).profile;
    for (const method of ['ks', 'wasserstein'] as const) {
      const exactColumn = compareDrift(exact, shiftedExact, { method, columns: { x: { method } } }).columns.find((column) => column.name === 'x')!;
      const column = compareDrift(sketched, shifted, { method, columns: { x: { method } } }).columns.find((entry) => entry.name === 'x')!;
      expect(exactColumn.approximate).toBeUndefined();
      expect(column.approximate).toBe(true);
      if (method === 'ks') expect(Math.abs(column.score - exactColumn.score)).toBeLessThanOrEqual(2 / GRID_ITEMS);
      else expect(Math.abs(column.score - exactColumn.score) / exactColumn.score).toBeLessThan(0.01);
      expect(column.drifted).toBe(exactColumn.drifted);
    }
  }, 180_000);
});
