// Comparing stored profiles gives the verdicts that comparing the data gives (within the sketch bound).

import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareDrift } from '../../src/compare/index.js';
import { mergeProfiles, numericSample, profileFiles } from '../../src/profile/index.js';
import { loadProfile } from '../../src/profile/load.js';
import type { Profile } from '../../src/profile/types.js';
import { countCategories, exactSample, ksStatistic, ksTwoSample, sampleMoments, wassersteinDistance, categoricalJensenShannon } from '../../src/stats/index.js';
import { choices, normals, profileOf } from './helpers.js';

const ROWS = 60_000;

function table(seed: number, shift: number, mix: number[]): { x: number[]; y: number[]; c: string[] } {
  return {
    x: normals(seed, ROWS, shift, 1),
    y: normals(seed + 100, ROWS, 5, 2).map((v) => Math.round(v * 100) / 100),
    c: choices(seed + 200, ROWS, ['red', 'green', 'blue', 'grey'], mix),
  };
}

function writeCsv(directory: string, name: string, data: ReturnType<typeof table>): string {
  const lines = ['x,y,c'];
  for (let i = 0; i < ROWS; i += 1) lines.push(`${data.x[i]},${data.y[i]},${data.c[i]}`);
  const file = join(directory, name);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

async function storedProfile(directory: string, name: string, file: string): Promise<Profile> {
  const profile = await profileFiles([file], {}, () => undefined);
  const stored = join(directory, name);
  writeFileSync(stored, JSON.stringify(profile));
  return loadProfile(JSON.parse(readFileSync(stored, 'utf8')), stored);
}

describe('profiles versus data', () => {
  const directory = mkdtempSync(join(tmpdir(), 'datagate-equivalence-'));
  const baseline = table(1, 0, [4, 3, 2, 1]);
  const current = table(2, 0.3, [4, 3, 2, 1]);

  it('stored profiles give the same verdicts and scores within the sketch bound as the raw data', async () => {
    const baselineProfile = await storedProfile(directory, 'baseline.json', writeCsv(directory, 'baseline.csv', baseline));
    const currentProfile = await storedProfile(directory, 'current.json', writeCsv(directory, 'current.csv', current));
    const drift = compareDrift(baselineProfile, currentProfile, { method: 'auto' });
    const byName = new Map(drift.columns.map((column) => [column.name, column]));

    // The same statistics on the raw values.
    for (const name of ['x', 'y'] as const) {
      const a = exactSample(baseline[name]);
      const b = exactSample(current[name]);
      const exactScore = wassersteinDistance(a, b) / sampleMoments(a).std;
      const column = byName.get(name)!;
      expect(column).toMatchObject({ method: 'wasserstein', approximate: true, drifted: exactScore > 0.1 });
      expect(Math.abs(column.score - exactScore)).toBeLessThan(0.01);
    }
    const exactJs = categoricalJensenShannon(countCategories(baseline.c), countCategories(current.c));
    expect(byName.get('c')!.score).toBeCloseTo(exactJs, 12);
    expect(byName.get('c')!.drifted).toBe(exactJs > 0.1);
    expect(byName.get('x')!.drifted).toBe(true);
    expect(byName.get('y')!.drifted).toBe(false);
  });

  it('a profile merged from two parts gives the verdicts of the whole', () => {
    const half = ROWS / 2;
    const part = (from: number, to: number) => profileOf({ x: baseline.x.slice(from, to), c: baseline.c.slice(from, to) });
    const merged = mergeProfiles(part(0, half), part(half, ROWS));
    const whole = profileOf({ x: baseline.x, c: baseline.c });
    const currentProfile = profileOf({ x: current.x, c: current.c });
    const fromMerged = compareDrift(merged, currentProfile, { method: 'auto' });
    const fromWhole = compareDrift(whole, currentProfile, { method: 'auto' });
    expect(fromMerged.columns.map((c) => [c.name, c.method, c.drifted])).toEqual(fromWhole.columns.map((c) => [c.name, c.method, c.drifted]));
    fromMerged.columns.forEach((column, i) => expect(Math.abs(column.score - fromWhole.columns[i].score)).toBeLessThan(0.01));
  });

  it('KS D from sketches stays within ±0.01 of the exact D on 100,000-value samples', () => {
    // bench/drift-rates.mjs measures the same at 10⁶ values.
    for (const [seed, shift] of [[10, 0], [12, 0.1]] as const) {
      const a = normals(seed, 100_000);
      const b = normals(seed + 1, 100_000, shift);
      const sketchA = numericSample(profileOf({ v: a }).columns[0])!;
      const sketchB = numericSample(profileOf({ v: b }).columns[0])!;
      expect(sketchA.exact).toBe(false);
      const exact = ksStatistic(exactSample(a), exactSample(b));
      expect(Math.abs(ksTwoSample(sketchA, sketchB).statistic - exact)).toBeLessThanOrEqual(0.01);
    }
  });
});
