// `check` with a table as current and a data file as baseline, on live engines: the row diff by
// key is the file diff of the table's CSV export against the file, gates included.

import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createBaselineResolver } from '../../src/baseline/index.js';
import { isUserError } from '../../src/errors.js';
import { runCheck } from '../../src/run/check.js';
import type { DatasetReport } from '../../src/report/types.js';
import { stopPostgres } from './engines.js';
import { customerEngines, customersDuckDb, customersWorkspace, writeConfig } from './customers.js';

afterAll(stopPostgres);

const now = new Date('2026-12-01T00:00:00Z');

async function check(configPath: string, dir: string, env: NodeJS.ProcessEnv = {}) {
  return runCheck({ configPath, now, env, baselineResolver: createBaselineResolver({ cwd: dir }) });
}

/** A baseline of the customers written otherwise and changed: 3 rows removed, 4 spends changed, numbers as `21.480`. */
function changedBaseline(dir: string): string {
  const [header, ...rows] = readFileSync(path.join(dir, 'customers.csv'), 'utf8').trim().split('\n');
  const kept = rows.filter((_, i) => i % 700 !== 5).map((row, i) => {
    const cells = row.split(',');
    cells[5] = i % 500 === 7 ? String(Number(cells[5]) + 1) : Number(cells[5]).toFixed(3);
    return cells.join(',');
  });
  writeFileSync(path.join(dir, 'customers_old.csv'), [header, ...kept].join('\n') + '\n');
  return 'customers_old.csv';
}

function withoutMeans(diff: NonNullable<DatasetReport['diff']>) {
  return { ...diff, columns: diff.columns.map(({ meanDelta: _m, ...column }) => column) };
}

const engines = customerEngines;

describe.each(engines)('check with a %s table against a CSV baseline', (_engine, setup) => {
  it('diffs the rows by key as the CSV export is diffed against the file, and counts what came back', async () => {
    const engine = await setup();
    if (!engine) return;
    const { dir, connection, env } = engine;
    const baseline = changedBaseline(dir);
    const extra = ['    key: customer_id'];
    const files = await check(writeConfig(dir, 'files.yml', { current: 'customers.csv', baseline, extra }), dir);
    const mixed = await check(writeConfig(dir, 'mixed.yml', { connections: [connection], current: '{ connection: wh, table: analytics.customers }', baseline, extra }), dir, env);
    const fileDiff = files.report.datasets[0].diff!;
    const tableDiff = mixed.report.datasets[0].diff!;
    expect(fileDiff).toMatchObject({ added: 3, removed: 0, changed: 4, unchanged: 1993 });
    expect(withoutMeans(tableDiff)).toEqual(withoutMeans(fileDiff));
    expect(mixed.report.gates.filter((gate) => gate.kind === 'diff')).toEqual(files.report.gates.filter((gate) => gate.kind === 'diff'));
    // Only the differing segments' rows came back from the engine: 5 segments of 16 (7 keys differ), 608 of 2,000 rows.
    expect(mixed.report.datasets[0].cost!.rowsPulled).toBe(608);
  }, 60_000);
});

describe('a stored profile as the baseline', () => {
  it('skips the row diff and says why', async () => {
    const dir = customersWorkspace();
    await customersDuckDb(dir);
    const connections = ['wh: { engine: duckdb, path: wh.duckdb }'];
    const first = await check(writeConfig(dir, 'first.yml', { connections, current: '{ connection: wh, table: analytics.customers_baseline }' }), dir);
    writeFileSync(path.join(dir, 'stored.profile.json'), JSON.stringify(first.profiles[0]!.profile));
    const stored = await check(writeConfig(dir, 'stored.yml', { connections, current: '{ connection: wh, table: analytics.customers }', baseline: 'stored.profile.json', extra: ['    key: customer_id'] }), dir);
    expect(stored.report.gates.find((gate) => gate.kind === 'diff')).toMatchObject({
      id: 'customers.diff', status: 'skip', message: 'row diff skipped: the baseline is a profile, not data: the row diff by key needs a data baseline',
    });
    expect(stored.report.datasets[0].diff).toBeUndefined();
  }, 60_000);
});

describe('a key column missing in the baseline file', () => {
  it('is a user error naming the file and the column', async () => {
    const dir = customersWorkspace();
    await customersDuckDb(dir);
    const [header, ...rows] = readFileSync(path.join(dir, 'customers.csv'), 'utf8').trim().split('\n');
    writeFileSync(path.join(dir, 'renamed.csv'), [header!.replace('customer_id', 'id'), ...rows].join('\n') + '\n');
    const config = writeConfig(dir, 'bad.yml', { connections: ['wh: { engine: duckdb, path: wh.duckdb }'], current: '{ connection: wh, table: analytics.customers }', baseline: 'renamed.csv', extra: ['    key: customer_id'] });
    const error = await check(config, dir).catch((e: unknown) => e);
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toMatch(/^renamed\.csv: the key column "customer_id" is missing on the baseline side \(its columns: "id", "signup_at"/);
  }, 60_000);
});
