import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inferContract, nullTokensOf } from '../../src/init/index.js';
import { parseConfig } from '../../src/config/load.js';
import { loadSnapshotProfile } from '../../src/run/snapshot.js';
import { runCheck } from '../../src/run/check.js';

function csv(lines: string[]): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'datagate-tokens-')), 'data.csv');
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

function rows(n: number, row: (i: number) => string): string[] {
  return Array.from({ length: n }, (_, i) => row(i));
}

describe('text that stands for a missing value', () => {
  it('is proposed where it is the only text of a column of numbers, dates or booleans', async () => {
    const file = csv(['id,score,day,ok', ...rows(400, (i) => `${i},${i % 40 === 0 ? 'NA' : (i / 400).toFixed(3)},${i % 50 === 0 ? '.' : `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`},${i % 100 === 0 ? '?' : i % 2 === 0}`)]);
    const tokens = nullTokensOf(await loadSnapshotProfile(file));
    expect(tokens).toEqual([
      { token: 'NA', columns: [{ name: 'score', count: 10, type: 'number' }] },
      { token: '.', columns: [{ name: 'day', count: 8, type: 'date' }] },
      { token: '?', columns: [{ name: 'ok', count: 4, type: 'boolean' }] },
    ]);
  });

  it('is not proposed where other text is there too, or where it is a value of a text column (NA for Namibia)', async () => {
    const mixed = csv(['score', ...rows(200, (i) => (i % 20 === 0 ? 'NA' : i % 30 === 0 ? 'unknown' : String(i)))]);
    expect(nullTokensOf(await loadSnapshotProfile(mixed))).toEqual([]);
    const namibia = csv(['score,country', ...rows(200, (i) => `${i % 20 === 0 ? 'NA' : i},${['NA', 'ZA', 'BW'][i % 3]}`)]);
    expect(nullTokensOf(await loadSnapshotProfile(namibia))).toEqual([]);
  });

  it('is not proposed from a column whose counts are sketched (more distinct values than counted exactly)', async () => {
    const wide = csv(['x', ...rows(12_000, (i) => (i % 100 === 0 ? 'NA' : `${i}.5`))]);
    expect(nullTokensOf(await loadSnapshotProfile(wide))).toEqual([]);
  });

  it('goes into the config as null_values, with the columns it was found in, and the contract then holds', async () => {
    const file = csv(['id,score', ...rows(300, (i) => `${i},${i % 30 === 0 ? 'NA' : (i % 7) + 0.5}`)]);
    const tokens = nullTokensOf(await loadSnapshotProfile(file));
    const profile = await loadSnapshotProfile(file, { nullValues: tokens.map(({ token }) => token) });
    const text = inferContract(profile, { name: 'data', current: 'data.csv', nullTokens: tokens });
    expect(text).toContain('    # "NA" in score (number, 10 times)\n    null_values: [ NA ]\n');
    const config = parseConfig(text, 'datagate.yml');
    expect(config.datasets[0].null_values).toEqual(['NA']);
    expect(config.datasets[0].schema?.columns.score).toMatchObject({ type: 'number', max_null_fraction: expect.any(Number) });
    const configFile = path.join(path.dirname(file), 'datagate.yml');
    writeFileSync(configFile, text);
    const { report } = await runCheck({ configPath: configFile, baselineResolver: async () => null });
    expect(report.status).toBe('pass');
  });
});

describe('tokens YAML must quote', () => {
  it('read back as the same text', async () => {
    const file = csv(['a,b,c', ...rows(100, (i) => `${i % 10 === 0 ? '?' : i},${i % 10 === 1 ? '-' : i},${i % 10 === 2 ? '#N/A' : i}`)]);
    const tokens = nullTokensOf(await loadSnapshotProfile(file));
    expect(tokens.map(({ token }) => token)).toEqual(['?', '-', '#N/A']);
    const profile = await loadSnapshotProfile(file, { nullValues: tokens.map(({ token }) => token) });
    const config = parseConfig(inferContract(profile, { name: 'data', current: 'data.csv', nullTokens: tokens }), 'datagate.yml');
    expect(config.datasets[0].null_values).toEqual(['?', '-', '#N/A']);
    expect(profile.columns.map((column) => [column.type, column.nulls])).toEqual([['integer', 10], ['integer', 10], ['integer', 10]]);
  });
});
