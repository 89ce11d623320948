import { describe, expect, it } from '@jest/globals';
import { compareDrift } from '../../src/compare/index.js';
import { driftGates } from '../../src/gates/drift.js';
import { choices, normals, profileOf } from './helpers.js';

const text = (values: number[]): string[] => values.map((x) => x.toFixed(4));

describe('compareDrift under the auto rule', () => {
  it('uses ks on a small numeric baseline and wasserstein on a large one', () => {
    const small = compareDrift(profileOf({ x: text(normals(1, 500)) }), profileOf({ x: text(normals(2, 500)) }), { method: 'auto' });
    expect(small.columns[0]).toMatchObject({ name: 'x', method: 'ks', threshold: 0.05, drifted: false, status: 'pass' });
    expect(small.columns[0].pValue).toBeGreaterThan(0.05);
    const large = compareDrift(profileOf({ x: text(normals(1, 5000)) }), profileOf({ x: text(normals(2, 5000, 0.5)) }), { method: 'auto' });
    expect(large.columns[0]).toMatchObject({ method: 'wasserstein', threshold: 0.1, drifted: true, status: 'fail', approximate: true });
    expect(large.columns[0].score).toBeGreaterThan(0.4);
    expect(large.columns[0].score).toBeLessThan(0.6);
  });

  it('uses chisquare on a small categorical baseline and jensenshannon on a large one', () => {
    const categories = ['a', 'b', 'c'];
    const small = compareDrift(profileOf({ c: choices(1, 800, categories, [5, 3, 2]) }), profileOf({ c: choices(2, 800, categories, [3, 5, 2]) }), { method: 'auto' });
    expect(small.columns[0]).toMatchObject({ method: 'chisquare', drifted: true, status: 'fail' });
    const large = compareDrift(profileOf({ c: choices(1, 5000, categories, [5, 3, 2]) }), profileOf({ c: choices(2, 5000, categories, [5, 3, 2]) }), { method: 'auto' });
    expect(large.columns[0]).toMatchObject({ method: 'jensenshannon', drifted: false, pValue: null });
  });

  it('carries numeric evidence: quantiles, mean, null rate and a shared-edge histogram', () => {
    const column = compareDrift(profileOf({ x: text(normals(1, 400, 10, 2)) }), profileOf({ x: [...text(normals(2, 360, 12, 2)), ...Array(40).fill('')] })).columns[0];
    expect(column.baseline).toMatchObject({ nullRate: 0 });
    expect(column.current?.nullRate).toBeCloseTo(0.1, 10);
    expect(column.current!.p50! - column.baseline!.p50!).toBeGreaterThan(1.5);
    expect(column.histogram!.edges).toHaveLength(17);
    expect(column.histogram!.baseline.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
    expect(column.note).toBe('null rate 0% → 10%');
  });

  it('carries categorical evidence: appeared, disappeared, biggest share changes', () => {
    const column = compareDrift(
      profileOf({ country: choices(1, 600, ['US', 'DE', 'FR'], [5, 3, 2]) }),
      profileOf({ country: choices(2, 600, ['US', 'DE', 'NL'], [5, 3, 2]) }),
    ).columns[0];
    expect(column.categories!.added).toEqual(['NL']);
    expect(column.categories!.removed).toEqual(['FR']);
    expect(column.categories!.changes.map((c) => c.value).slice(0, 2).sort()).toEqual(['FR', 'NL']);
  });
});

describe('compareDrift configuration', () => {
  const baseline = profileOf({ a: text(normals(1, 300)), b: text(normals(2, 300)), id: text(normals(3, 300)) });
  const current = profileOf({ a: text(normals(4, 300, 1)), b: text(normals(5, 300)), id: text(normals(6, 300, 1)) });

  it('applies the dataset method, per-column overrides, and include/exclude globs', () => {
    const drift = compareDrift(baseline, current, { method: 'psi', exclude: ['i*'], columns: { b: { method: 'wasserstein', threshold: 0.5 } } });
    expect(drift.columns.map((c) => [c.name, c.method, c.threshold])).toEqual([['a', 'psi', 0.1], ['b', 'wasserstein', 0.5]]);
    expect(compareDrift(baseline, current, { include: ['a', 'b'], columns: { b: { enabled: false } } }).columns.map((c) => c.name)).toEqual(['a']);
  });

  it('decides the dataset by the share of drifted columns', () => {
    expect(compareDrift(baseline, current)).toMatchObject({ share: 0.666667, drifted: true, threshold: 0.5 });
    expect(compareDrift(baseline, current, { share: 0.8 })).toMatchObject({ drifted: false, threshold: 0.8 });
  });

  it('adjusts p-values with Benjamini–Hochberg when fdr is on', () => {
    const drift = compareDrift(baseline, current, { fdr: true });
    for (const column of drift.columns) expect(column.adjustedPValue).toBeGreaterThanOrEqual(column.pValue!);
  });

  it('falls back to auto, with a note, when a method does not apply to the column', () => {
    const column = compareDrift(profileOf({ c: ['x', 'y', 'x'] }), profileOf({ c: ['x', 'y', 'y'] }), { method: 'ks' }).columns[0];
    expect(column).toMatchObject({ method: 'chisquare', note: 'ks does not apply to categorical columns; used chisquare' });
  });
});

describe('compareDrift on bad input never yields NaN or a crash', () => {
  it('compares only columns present on both sides', () => {
    expect(compareDrift(profileOf({ a: ['1', '2'] }), profileOf({ b: ['1', '2'] })).columns).toEqual([]);
    expect(compareDrift(profileOf({ a: ['1', '2'] }), profileOf({ b: ['1', '2'] }))).toMatchObject({ share: 0, drifted: false });
  });

  it('gives a note, not a score, when a column is numeric on one side and text on the other', () => {
    const column = compareDrift(profileOf({ age: ['1', '2', '3'] }), profileOf({ age: ['one', 'two', 'three'] })).columns[0];
    expect(column).toMatchObject({ score: 0, pValue: null, drifted: false, status: 'pass', note: 'not compared: integer in the baseline, string now (see the schema diff)' });
  });

  it('handles an all-null current column, an empty side and a constant column', () => {
    const drift = compareDrift(
      profileOf({ gone: ['1', '2', '3', '4'], constant: ['5', '5', '5', '5'], big: text(normals(1, 4)) }),
      profileOf({ gone: ['', '', '', ''], constant: ['5', '5', '5', '6'], big: text(normals(1, 4)) }),
      { method: 'wasserstein' },
    );
    const json = JSON.stringify(drift);
    expect(json).not.toMatch(/NaN|null,"threshold":null/);
    // All values gone is a null-rate rise of 100 points: not compared as a distribution, failed as nulls.
    expect(drift.columns.find((c) => c.name === 'gone')).toMatchObject({
      status: 'fail', drifted: true, note: 'not compared: no non-null values in the current; null rate 0% → 100%', notCompared: 'no non-null values in the current',
      nulls: { baseline: 0, current: 1, drifted: true },
    });
    const constant = drift.columns.find((c) => c.name === 'constant')!;
    expect(constant.note).toBe('baseline is constant; distance in units of the pooled std');
    expect(Number.isFinite(constant.score)).toBe(true);
    const empty = compareDrift(profileOf({ x: [] }), profileOf({ x: ['1'] }));
    expect(JSON.stringify(empty)).not.toMatch(/NaN/);
  });

  it('scores two identical constant columns 0', () => {
    const column = compareDrift(profileOf({ k: Array(2000).fill('7') }), profileOf({ k: Array(3000).fill('7') }), { method: 'auto' }).columns[0];
    expect(column).toMatchObject({ method: 'wasserstein', score: 0, drifted: false, note: 'baseline is constant' });
  });
});

describe('driftGates', () => {
  const drift = {
    share: 0.5, drifted: true, threshold: 0.5,
    columns: [
      { name: 'age', method: 'wasserstein' as const, score: 0.31, pValue: null, threshold: 0.1, drifted: true, status: 'fail' as const },
      { name: 'income', method: 'psi' as const, score: 0.15, pValue: null, threshold: 0.1, drifted: true, status: 'warn' as const },
      { name: 'zip', method: 'ks' as const, score: 0.04, pValue: 0.43, threshold: 0.05, drifted: false, status: 'pass' as const },
      { name: 'city', method: 'chisquare' as const, score: 0, pValue: null, threshold: 0.05, drifted: false, status: 'pass' as const, note: 'not compared: integer in the baseline, string now (see the schema diff)' },
    ],
  };

  it('makes one gate per column and one for the dataset, with readable messages', () => {
    expect(driftGates('train', drift).map((g) => [g.id, g.status, g.message])).toEqual([
      ['train.drift.age', 'fail', 'age drifted: wasserstein 0.31 > 0.1'],
      ['train.drift.income', 'warn', 'income drifted slightly: psi 0.15 > 0.1'],
      ['train.drift.zip', 'pass', 'zip stable: ks p 0.43 ≥ 0.05 (D 0.04)'],
      ['train.drift.city', 'pass', 'city: not compared: integer in the baseline, string now (see the schema diff)'],
      ['train.drift', 'fail', '2 of 3 columns drifted (50%); the dataset drifts at 50%'],
    ]);
  });

  it('turns failures into warnings at severity warn', () => {
    expect(driftGates('train', drift, 'warn').map((g) => g.status)).toEqual(['warn', 'warn', 'pass', 'pass', 'warn']);
  });
});
