import { describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCheck } from '../../src/run/check.js';
import { createBaselineResolver } from '../../src/baseline/index.js';
import { loadConfig } from '../../src/config/load.js';
import { isUserError } from '../../src/errors.js';

const fixtures = path.resolve('__tests__/fixtures/diff');

function workspace(datasetLines: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'datagate-diff-check-'));
  for (const name of ['baseline.csv', 'current.csv', 'baseline.parquet']) copyFileSync(path.join(fixtures, name), path.join(dir, name));
  writeFileSync(path.join(dir, 'datagate.yml'), ['datasets:', '  - name: orders', ...datasetLines.map((line) => `    ${line}`), ''].join('\n'));
  return dir;
}

async function check(dir: string) {
  const configPath = path.join(dir, 'datagate.yml');
  return runCheck({ configPath, baselineResolver: createBaselineResolver({ cwd: dir }), now: new Date('2024-02-01T00:00:00Z') });
}

describe('check with a key and a data baseline', () => {
  it('diffs the rows and gates on the configured bounds', async () => {
    const dir = workspace([
      'current: current.csv', 'baseline: baseline.csv', 'key: [id]',
      'diff:', '  ignore: [updated_at]', '  columns: { price: { tolerance: 0.005 } }',
      '  max_added: 0', '  max_removed: 1', '  max_changed_share: 0.5', '  severity: warn',
    ]);
    const { report } = await check(dir);
    const dataset = report.datasets[0];
    expect(dataset.diff).toMatchObject({ key: ['id'], added: 1, removed: 1, changed: 3, unchanged: 3, notCompared: { ignored: ['updated_at'] } });
    const gates = Object.fromEntries(report.gates.filter((g) => g.kind === 'diff').map((g) => [g.id, [g.status, g.message]]));
    expect(gates).toEqual({
      'orders.diff.max_added': ['warn', '1 row added > max 0'],
      'orders.diff.max_removed': ['pass', '1 row removed ≤ max 1'],
      'orders.diff.max_changed_share': ['pass', '50% of 6 rows on both sides changed (3) ≤ max 50%'],
      'orders.diff.keys': ['warn', '2 rows repeat an earlier row\'s key (baseline 1, current 1); 3 rows have a null key (baseline 1, current 2): counted, not diffed'],
    });
  });

  it('passes with a summary when no bounds are set and every key is clean', async () => {
    const dir = workspace(['current: baseline.parquet', 'baseline: baseline.csv', 'key: id']);
    const { report } = await check(dir);
    const diffGates = report.gates.filter((g) => g.kind === 'diff');
    expect(diffGates.map((g) => g.id)).toEqual(['orders.diff.keys']);
    expect(report.datasets[0].diff).toMatchObject({ changed: 0, unchanged: 7 });
  });

  it('skips the row diff with a reason when the baseline is a profile', async () => {
    const dir = workspace(['current: current.csv', 'baseline: baseline.profile.json', 'key: [id]']);
    const { profileFiles } = await import('../../src/profile/index.js');
    writeFileSync(path.join(dir, 'baseline.profile.json'), JSON.stringify(await profileFiles([path.join(dir, 'baseline.csv')], {}, () => undefined)));
    const { report } = await check(dir);
    expect(report.datasets[0].diff).toBeUndefined();
    expect(report.gates.find((g) => g.id === 'orders.diff')).toMatchObject({ status: 'skip', message: 'the baseline is a profile, not data: the row diff by key needs a data baseline' });
  });

  it('exits with a user error naming the file and the column when the key is missing', async () => {
    const dir = workspace(['current: current.csv', 'baseline: baseline.csv', 'key: [id, note]']);
    const error = await check(dir).catch((e: unknown) => e);
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toMatch(/^current\.csv: the key column "note" is missing on the current side/);
  });

  it('rejects a tolerance that is neither a number, a percentage nor a duration', async () => {
    const dir = workspace(['current: current.csv', 'baseline: baseline.csv', 'key: [id]', 'diff: { columns: { price: { tolerance: lots } } }']);
    const error = await loadConfig(path.join(dir, 'datagate.yml')).catch((e: unknown) => e);
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toContain('diff.columns.price.tolerance');
  });
});
