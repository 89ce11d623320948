// The pushed-down profile equals the file profile of the same rows: real CSVs (vega-datasets)
// loaded into PostgreSQL and DuckDB, profiled by SQL and as files, and compared field by field;
// drift of table against table equals drift of file against file.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compareDrift } from '../../src/compare/index.js';
import { profileFiles } from '../../src/profile/index.js';
import { exactSampleOf } from '../../src/profile/exact.js';
import { weightedQuantile } from '../../src/profile/summary.js';
import type { ColumnProfile, Profile, QuantileKey } from '../../src/profile/types.js';
import { dialectOf } from '../../src/warehouse/dialect.js';
import { profileTable } from '../../src/warehouse/profile.js';
import type { EngineName, SqlClient } from '../../src/warehouse/types.js';
import { duckdbMemory, freshPostgres, stopPostgres } from './engines.js';
import { loadCsv } from './loadCsv.js';

const vega = (name: string): string => path.join(process.cwd(), 'node_modules', 'vega-datasets', 'data', name);
const QUANTILES: [QuantileKey, number][] = [['p01', 0.01], ['p05', 0.05], ['p25', 0.25], ['p50', 0.5], ['p75', 0.75], ['p95', 0.95], ['p99', 0.99]];

function close(actual: number | undefined, expected: number | undefined, relative = 1e-9): void {
  expect(actual).toBeDefined();
  expect(expected).toBeDefined();
  const scale = Math.max(Math.abs(expected as number), 1e-300);
  expect(Math.abs((actual as number) - (expected as number)) / scale).toBeLessThanOrEqual(relative);
}

/** The table's column against the file's: the definitions' equalities. */
function expectSameColumn(table: ColumnProfile, file: ColumnProfile): void {
  expect({ name: table.name, type: table.type, count: table.count, nulls: table.nulls }).toEqual({ name: file.name, type: file.type, count: file.count, nulls: file.nulls });
  expect(table.min).toEqual(file.min);
  expect(table.max).toEqual(file.max);
  if (file.type === 'string' || file.type === 'date') expect([table.minLength, table.maxLength]).toEqual([file.minLength, file.maxLength]);
  expect(table.format).toEqual(file.format);
  if (file.mean !== undefined) close(table.mean, file.mean);
  if (file.std !== undefined) close(table.std, file.std);
  if (file.quantiles) {
    // The file profile's quantiles are exact up to 2,048 values (KLL beyond); the table's are the
    // engine's exact order statistics: numpy's linear rule over every value.
    const exact = exactSampleOf(file);
    expect(exact).toBeDefined();
    for (const [key, q] of QUANTILES) expect(table.quantiles?.[key]).toBe(weightedQuantile(exact!, q));
    if (file.count <= 2048) expect(table.quantiles).toEqual(file.quantiles);
  }
  // Under 10,000 distinct values both count every value exactly.
  if ((file.distinct ?? 0) <= 10_000) {
    expect(table.distinct).toBe(file.distinct);
    // A typed number is listed under String(value), as Parquet's are: the CSV's `0.0` is the table's `0`.
    const numeric = file.type === 'integer' || file.type === 'number';
    const top = (column: ColumnProfile) => column.top?.map(({ value, count }) => ({ value: numeric ? Number(value) : value, count }));
    expect(top(table)).toEqual(top(file));
  }
}

async function fileProfile(file: string): Promise<Profile> {
  return profileFiles([file], {}, () => undefined, { exact: true });
}

interface Engine { name: EngineName; client: SqlClient }
const engines: Engine[] = [];
let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'datagate-wh-profile-'));
  engines.push({ name: 'duckdb', client: await duckdbMemory() });
  const pg = await freshPostgres();
  if (pg) engines.push({ name: 'postgres', client: pg.client });
}, 180_000);

afterAll(async () => {
  for (const engine of engines) await engine.client.close();
  stopPostgres();
});

describe.each(['duckdb', 'postgres'] as EngineName[])('%s: a table profiles as its CSV does', (name) => {
  const engine = (): Engine | undefined => engines.find((candidate) => candidate.name === name);

  it('birdstrikes (10,000 rows, nulls, names with spaces and $, dates, 14 columns)', async () => {
    const db = engine();
    if (!db) return; // no PostgreSQL here (engines.ts throws under CI instead)
    const file = vega('birdstrikes.csv');
    const expected = await fileProfile(file);
    const dialect = dialectOf(name);
    await loadCsv(db.client, dialect, 'birdstrikes', file, expected);
    const { profile, cost } = await profileTable(db.client, dialect, { connection: name, table: 'birdstrikes' }, { exact: true });
    expect(profile.rows).toBe(expected.rows);
    expect(profile.columns.map((column) => column.name)).toEqual(expected.columns.map((column) => column.name));
    profile.columns.forEach((column, i) => expectSameColumn(column, expected.columns[i]));
    // describe, aggregates, categories, values: four queries, three scans of 10,000 rows.
    expect(cost).toMatchObject({ queries: 4, rowsScanned: 30_000 });
  }, 180_000);

  it('drift of Seattle against New York weather: table against table equals file against file', async () => {
    const db = engine();
    if (!db) return;
    const source = vega('weather.csv');
    const lines = readFileSync(source, 'utf8').trim().split('\n');
    const files = ['Seattle', 'New York'].map((city) => {
      const file = path.join(folder, `${city.replace(' ', '_')}.csv`);
      writeFileSync(file, [lines[0], ...lines.slice(1).filter((line) => line.startsWith(`${city},`))].join('\n') + '\n');
      return file;
    });
    const [seattle, newYork] = [await fileProfile(files[0]), await fileProfile(files[1])];
    const dialect = dialectOf(name);
    await loadCsv(db.client, dialect, 'weather_seattle', files[0], seattle);
    await loadCsv(db.client, dialect, 'weather_new_york', files[1], newYork);
    const before = (await profileTable(db.client, dialect, { connection: name, table: 'weather_seattle' }, { exact: true })).profile;
    const after = (await profileTable(db.client, dialect, { connection: name, table: 'weather_new_york' }, { exact: true })).profile;
    before.columns.forEach((column, i) => expectSameColumn(column, seattle.columns[i]));

    for (const config of [{}, { method: 'ks' as const }, { method: 'wasserstein' as const }, { method: 'psi' as const }, { method: 'chisquare' as const }, { method: 'jensenshannon' as const }]) {
      const tables = compareDrift(before, after, config);
      const filesDrift = compareDrift(seattle, newYork, config);
      expect(tables.drifted).toBe(filesDrift.drifted);
      expect(tables.share).toBe(filesDrift.share);
      expect(tables.columns.map((column) => column.name)).toEqual(filesDrift.columns.map((column) => column.name));
      tables.columns.forEach((column, i) => {
        const expected = filesDrift.columns[i];
        expect({ method: column.method, drifted: column.drifted, status: column.status, approximate: column.approximate, notCompared: column.notCompared })
          .toEqual({ method: expected.method, drifted: expected.drifted, status: expected.status, approximate: expected.approximate, notCompared: expected.notCompared });
        if (expected.score === 0) expect(column.score).toBe(0);
        else close(column.score, expected.score);
        if (expected.pValue === null) expect(column.pValue).toBeNull();
        else close(column.pValue as number, expected.pValue, 1e-9);
      });
    }
    // And against SciPy directly (scripts/scipy/gen_warehouse.py): quantiles, KS, Wasserstein.
    const scipy = JSON.parse(readFileSync(path.join(process.cwd(), '__tests__', 'fixtures', 'stats', 'warehouse-weather.json'), 'utf8')) as {
      columns: Record<string, { count: number; quantiles: number[]; ks: { statistic: number; pvalue: number }; wasserstein: number }>;
    };
    for (const [column, expected] of Object.entries(scipy.columns)) {
      const profiled = before.columns.find((entry) => entry.name === column)!;
      expect(profiled.count).toBe(expected.count);
      QUANTILES.forEach(([key], i) => expect(Math.abs(profiled.quantiles![key] - expected.quantiles[i])).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected.quantiles[i]))));
      const ks = compareDrift(before, after, { method: 'ks', columns: { [column]: { method: 'ks' } } }).columns.find((entry) => entry.name === column)!;
      close(ks.score, expected.ks.statistic);
      close(ks.pValue as number, expected.ks.pvalue, 1e-9);
      const wasserstein = compareDrift(before, after, { method: 'wasserstein', columns: { [column]: { method: 'wasserstein' } } }).columns.find((entry) => entry.name === column)!;
      close(wasserstein.score, expected.wasserstein);
    }
    // At least one numeric column is really compared, exactly.
    const compared = compareDrift(before, after, { method: 'ks' }).columns.filter((column) => column.method === 'ks' && !column.notCompared);
    expect(compared.length).toBeGreaterThan(0);
    expect(compared.every((column) => column.approximate === undefined)).toBe(true);
  }, 180_000);
});
