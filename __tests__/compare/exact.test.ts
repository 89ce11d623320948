// Two data files compared: drift statistics equal SciPy's on every value (1e-9), not the
// sketches' approximation; the values survive the merge of CSV parts. Expectations from
// scripts/scipy/gen_exact.py; the 1,000,000-value case runs with DATAGATE_BIG=1.

import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compareDrift } from '../../src/compare/index.js';
import { Profiler, numericSample } from '../../src/profile/index.js';
import { EXACT_COLUMN_VALUES, ExactBudget, ExactValues, exactSampleOf } from '../../src/profile/exact.js';
import { profileCsvInParts } from '../../src/profile/parallel.js';
import { sortFloat64 } from '../../src/profile/sortFloat64.js';
import { profileCsvPart } from '../../src/profile/part.js';
import type { Profile } from '../../src/profile/types.js';
import { loadSnapshotProfile } from '../../src/run/snapshot.js';
import { generate, loadCases } from '../stats/fixtures.js';
import type { GeneratorSpec } from '../stats/fixtures.js';

interface ExactCase {
  name: string;
  big: boolean;
  x: { baseline: GeneratorSpec; current: GeneratorSpec };
  c: { baseline: GeneratorSpec; current: GeneratorSpec };
  numeric: { ks: { statistic: number; pValue: number }; wasserstein: number; psi: number; jensenshannon: number };
  categorical: { chisquare: { statistic: number; pValue: number }; jensenshannon: number; psi: number };
}

const directory = mkdtempSync(path.join(tmpdir(), 'datagate-exact-'));
const cases = loadCases<ExactCase>('exact').filter((entry) => !entry.big || process.env.DATAGATE_BIG === '1');

/** A CSV of column x (the numbers as String() writes them, which reads back bit for bit) and c. */
function writeCsv(name: string, x: GeneratorSpec, c: GeneratorSpec): string {
  const numbers = generate(x);
  const labels = generate(c);
  const lines = ['x,c'];
  for (let i = 0; i < Math.max(numbers.length, labels.length); i += 1) {
    lines.push(`${i < numbers.length ? String(numbers[i]) : ''},${i < labels.length ? `c${Math.floor(labels[i])}` : ''}`);
  }
  const file = path.join(directory, name);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

/** Equal to 1e-9, relative for numbers above 1. */
function expectClose(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

describe.each(cases)('$name', (entry) => {
  let baseline: Profile;
  let current: Profile;
  const drift = (method: 'ks' | 'wasserstein' | 'psi' | 'jensenshannon' | 'chisquare', column: 'x' | 'c') => {
    const result = compareDrift(baseline, current, { method, columns: {} }).columns.find((each) => each.name === column);
    if (!result) throw new Error(`no drift column ${column}`);
    expect(result.approximate).toBeUndefined();
    return result;
  };

  it('profiles both files for the comparison with every value kept', async () => {
    const slug = entry.name.replace(/\W+/g, '-');
    baseline = await loadSnapshotProfile(writeCsv(`${slug}-baseline.csv`, entry.x.baseline, entry.c.baseline));
    current = await loadSnapshotProfile(writeCsv(`${slug}-current.csv`, entry.x.current, entry.c.current));
    const x = baseline.columns.find((column) => column.name === 'x');
    expect(numericSample(x!)).toMatchObject({ exact: true, total: entry.x.baseline.n });
  }, entry.big ? 600_000 : undefined);

  it('gives KS D and its p-value as scipy.stats.ks_2samp', () => {
    const column = drift('ks', 'x');
    expectClose(column.score, entry.numeric.ks.statistic);
    expectClose(column.pValue as number, entry.numeric.ks.pValue);
  });

  it('gives Wasserstein / baseline std as scipy.stats.wasserstein_distance', () => {
    expectClose(drift('wasserstein', 'x').score, entry.numeric.wasserstein);
  });

  it('gives PSI on the baseline deciles and Jensen–Shannon on 20 bins as numpy/scipy', () => {
    expectClose(drift('psi', 'x').score, entry.numeric.psi);
    expectClose(drift('jensenshannon', 'x').score, entry.numeric.jensenshannon);
  });

  it('gives χ², its p-value, Jensen–Shannon and PSI of the categories as scipy', () => {
    const chi = drift('chisquare', 'c');
    expectClose(chi.score, entry.categorical.chisquare.statistic);
    expectClose(chi.pValue as number, entry.categorical.chisquare.pValue);
    expectClose(drift('jensenshannon', 'c').score, entry.categorical.jensenshannon);
    expectClose(drift('psi', 'c').score, entry.categorical.psi);
  });
});

describe('exact values in memory', () => {
  it('sort as Float64Array.prototype.sort does: negatives, −0 before +0, ties, tiny and huge', () => {
    const values = generate({ seed: 5, n: 50_000, k: 2, scale: 2, shift: -1 });
    for (let i = 0; i < values.length; i += 97) values[i] = [-0, 0, 1e-310, -1e-310, 1e300, -1e300, 3][i % 7];
    for (let i = 1; i < values.length; i += 13) values[i] = Math.round(values[i] * 4) / 4;
    const expected = values.slice().sort();
    const view = new Float64Array(values.length + 3).subarray(2, values.length + 2);
    view.set(values);
    sortFloat64(view);
    expect(Array.from(view).map((value) => Object.is(value, -0) ? '-0' : value)).toEqual(Array.from(expected).map((value) => Object.is(value, -0) ? '-0' : value));
  });

  it('survive the merge of CSV parts profiled apart', async () => {
    const spec = { seed: 7, n: 30_000, k: 3, scale: 2, shift: -1 };
    const file = writeCsv('parts.csv', spec, { seed: 8, n: 30_000, k: 1, scale: 10, shift: 0 });
    const profile = await profileCsvInParts(file, ',', undefined, 3, () => undefined, profileCsvPart, true);
    const x = profile!.columns.find((column) => column.name === 'x')!;
    const sample = exactSampleOf(x);
    expect(sample?.total).toBe(30_000);
    // Three parts' sorted runs: the first two merged when the third came, the last kept apart.
    expect(sample?.runs?.map((run) => run.length).reduce((sum, length) => sum + length)).toBe(30_000);
    expect(sample?.runs).toHaveLength(2);
    expect(Array.from(sample!.values)).toEqual(Array.from(generate(spec)).sort((a, b) => a - b));
  });

  it('are not written into the profile JSON, which keeps its sketch', () => {
    const values = Array.from(generate({ seed: 9, n: 5_000, k: 2, scale: 1, shift: 0 }), String);
    const profileOf = (exact: boolean) => {
      const profiler = new Profiler({ exact });
      profiler.add({ columns: ['x'], data: [values], length: values.length, firstRow: 1, file: 'x.csv' });
      return profiler.finish();
    };
    const profile = profileOf(true);
    expect(numericSample(profile.columns[0])?.exact).toBe(true);
    const stored = JSON.parse(JSON.stringify(profile)) as Profile;
    expect(numericSample(stored.columns[0])?.exact).toBe(false);
    expect(JSON.stringify(profile)).toBe(JSON.stringify(profileOf(false)));
  });

  it('are dropped, not grown, past the per-column bound or the profile budget', () => {
    const budget = new ExactBudget(10_000);
    const first = new ExactValues(budget);
    const second = new ExactValues(budget);
    for (let i = 0; i < 6_000; i += 1) first.add(i);
    for (let i = 0; i < 6_000; i += 1) second.add(i);
    expect(first.kept).toBe(true);
    expect(second.kept).toBe(false);
    expect(budget.remaining).toBeGreaterThanOrEqual(0);
    const column = new ExactValues(new ExactBudget(Infinity));
    for (let i = 0; i <= EXACT_COLUMN_VALUES; i += 1) column.add(i);
    expect(column.kept).toBe(false);
  });

  it('leave a profile made without them, or a stored one, to its sketch: marked approximate', () => {
    const columns = (seed: number) => Array.from(generate({ seed, n: 3_000, k: 2, scale: 1, shift: 0 }), String);
    const profileOf = (seed: number, exact: boolean) => {
      const profiler = new Profiler({ exact });
      profiler.add({ columns: ['x'], data: [columns(seed)], length: 3_000, firstRow: 1, file: 'x.csv' });
      return profiler.finish();
    };
    const [column] = compareDrift(profileOf(1, false), profileOf(2, true), { method: 'ks', columns: {} }).columns;
    expect(column.approximate).toBe(true);
    const [exact] = compareDrift(profileOf(1, true), profileOf(2, true), { method: 'ks', columns: {} }).columns;
    expect(exact.approximate).toBeUndefined();
  });
});

describe('exact values from Parquet', () => {
  it('come back from the Parquet worker job as the one-pass read keeps them', async () => {
    const { profileParquetInWorker, profileParquetJob } = await import('../../src/profile/parquet.js');
    const { profileFiles } = await import('../../src/profile/index.js');
    const file = path.resolve('__tests__/fixtures/readers/parquet-pages/edge-v1.parquet');
    const inWorker = await profileParquetInWorker([file], undefined, () => undefined, profileParquetJob, 0, true);
    const onePass = await profileFiles([file], {}, () => undefined, { exact: true });
    for (const name of ['amount', 'ratio', 'small']) {
      const worker = numericSample(inWorker!.columns.find((column) => column.name === name)!);
      const here = numericSample(onePass.columns.find((column) => column.name === name)!);
      expect(worker?.exact).toBe(true);
      expect(worker?.total).toBeGreaterThan(2048);
      expect(Array.from(worker!.values)).toEqual(Array.from(here!.values));
    }
  });
});
