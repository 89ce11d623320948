import { describe, expect, it } from '@jest/globals';
import { compareDrift, identifierReason } from '../../src/compare/index.js';
import { driftGates } from '../../src/gates/drift.js';
import { choices, normals, profileOf, random } from './helpers.js';

const text = (values: number[]): string[] => values.map((x) => x.toFixed(3));
const byName = (drift: ReturnType<typeof compareDrift>) => Object.fromEntries(drift.columns.map((column) => [column.name, column]));

describe('robust, the default method', () => {
  it('is what a dataset gets without a configured method', () => {
    const drift = compareDrift(profileOf({ x: text(normals(1, 300)) }), profileOf({ x: text(normals(2, 300)) }));
    expect(drift.columns[0]).toMatchObject({ method: 'robust', threshold: 0.1, drifted: false, status: 'pass' });
    expect(drift.columns[0].tests?.map((test) => test.name)).toEqual(['ks', 'rank-welch', 'rank-brown-forsythe']);
  });

  it('flags a 0.5-std mean shift and a ×2 spread, each with a one-line explanation', () => {
    const base = normals(3, 1000, 50, 10);
    const drift = compareDrift(
      profileOf({ price: text(base), spread: text(base) }),
      profileOf({ price: text(normals(4, 1000, 55, 10)), spread: text(normals(5, 1000, 50, 20)) }),
    );
    const { price, spread } = byName(drift);
    expect(price).toMatchObject({ drifted: true, status: 'fail' });
    expect(price.explanation).toBe('price: drifted — mean 49.9 → 55.1 (+0.54 std), distance 0.539 std, 1,000 vs 1,000 values, p < 0.001 adjusted');
    expect(spread.drifted).toBe(true);
  });

  it('does not flag sampling noise in a 2,000-category column that auto flags with Jensen–Shannon', () => {
    const cities = Array.from({ length: 2000 }, (_, i) => `city${i}`);
    const zipf = cities.map((_, i) => 1 / (i + 1) ** 1.1);
    const baseline = profileOf({ city: choices(1, 10_000, cities, zipf) });
    const current = profileOf({ city: choices(2, 10_000, cities, zipf) });
    expect(compareDrift(baseline, current, { method: 'auto' }).columns[0]).toMatchObject({ method: 'jensenshannon', drifted: true });
    const column = compareDrift(baseline, current).columns[0];
    expect(column).toMatchObject({ method: 'robust', threshold: 0.05, drifted: false });
    expect(column.note).toMatch(/rare categories lumped/);
  });

  it('flags a 10-point category move, and new values flooding a high-cardinality column', () => {
    const categories = ['a', 'b', 'c', 'd'];
    const mix = compareDrift(profileOf({ c: choices(3, 2000, categories, [40, 30, 20, 10]) }), profileOf({ c: choices(4, 2000, categories, [30, 40, 20, 10]) })).columns[0];
    expect(mix).toMatchObject({ drifted: true, status: 'fail' });
    expect(mix.score).toBeCloseTo(0.1, 1);
    const names = Array.from({ length: 3000 }, (_, i) => `n${i}`);
    const baseline = profileOf({ name: choices(5, 3000, names.slice(0, 1500), Array(1500).fill(1)) });
    const current = profileOf({ name: choices(6, 3000, names, Array(3000).fill(1)) });
    const novel = compareDrift(baseline, current).columns[0];
    expect(novel.drifted).toBe(true);
    expect(novel.tests?.find((test) => test.name === 'unseen')?.effect).toBeGreaterThan(0.2);
  });

  it('adjusts p-values across the dataset with Benjamini–Hochberg', () => {
    const columns = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`x${i}`, text(normals(10 + i, 400))]));
    const others = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`x${i}`, text(normals(20 + i, 400))]));
    const drift = compareDrift(profileOf(columns), profileOf(others));
    for (const column of drift.columns) expect(column.adjustedPValue).toBeGreaterThanOrEqual(column.pValue as number);
  });
});

describe('the null-rate check', () => {
  it('fails a 10-point rise in nulls, with its result in the report', () => {
    const values = text(normals(7, 2000, 10, 2));
    const drift = compareDrift(profileOf({ amount: values }), profileOf({ amount: values.map((value, i) => (i % 10 === 0 ? '' : value)) }));
    const column = drift.columns[0];
    expect(column).toMatchObject({ drifted: true, status: 'fail', nulls: { baseline: 0, current: 0.1, drifted: true } });
    expect(column.nulls!.pValue).toBeLessThan(1e-20);
    expect(column.explanation).toMatch(/^amount: null rate rose — .*nulls 0% → 10% \(p < 0\.001\)$/);
    const gate = driftGates('d', drift).find((g) => g.id === 'd.drift.amount')!;
    expect(gate).toMatchObject({ status: 'fail' });
    expect(gate.message).toMatch(/nulls 0% → 10%/);
  });

  it('notes but does not fail a rise below 5 points, or a fall', () => {
    const values = text(normals(8, 2000));
    const fewer = compareDrift(profileOf({ v: values.map((value, i) => (i % 50 === 0 ? '' : value)) }), profileOf({ v: values.map((value, i) => (i % 25 === 0 ? '' : value)) }));
    expect(fewer.columns[0]).toMatchObject({ drifted: false, nulls: { baseline: 0.02, current: 0.04, drifted: false } });
    const fall = compareDrift(profileOf({ v: values.map((value, i) => (i % 4 === 0 ? '' : value)) }), profileOf({ v: values }));
    expect(fall.columns[0]).toMatchObject({ drifted: false, nulls: { baseline: 0.25, current: 0, drifted: false } });
  });
});

describe('identifiers from evidence only', () => {
  const next = random(9);
  const money = Array.from({ length: 500 }, () => String(Math.round(1e6 * Math.exp(3 * next()))));
  const hex = () => Math.floor(next() * 16).toString(16);
  const uuid = () => Array.from({ length: 32 }, hex).join('').replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');

  it('compares money and counts that are all distinct', () => {
    const profile = profileOf({ gross: money, votes: money.map((m) => String(Number(m) % 100_003)) });
    expect(profile.columns.map(identifierReason)).toEqual([undefined, undefined]);
  });

  it('skips names that say key, sequences and UUID-shaped text, saying why', () => {
    const profile = profileOf({
      customer_id: money, row: Array.from({ length: 500 }, (_, i) => String(1000 + i)), token: Array.from({ length: 500 }, uuid), userId: money,
    });
    expect(profile.columns.map(identifierReason)).toEqual([
      'identifier by name (500 distinct of 500 values)', 'identifier: distinct integers filling 1000–1499, a sequence', 'identifier: UUID-shaped values',
      'identifier by name (500 distinct of 500 values)',
    ]);
    const drift = compareDrift(profile, profile);
    expect(drift.columns.every((column) => column.notCompared && column.note?.startsWith('not compared: '))).toBe(true);
    expect(drift.columns[0].explanation).toBe('customer_id: not compared: identifier by name (500 distinct of 500 values); list it under drift.columns to compare it');
  });

  it('does not take a foreign key with few values for an identifier', () => {
    expect(identifierReason(profileOf({ store_id: choices(1, 500, ['1', '2', '3'], [1, 1, 1]) }).columns[0])).toBeUndefined();
  });
});

describe('robust on bad input: a defined verdict with a reason, never NaN, never a crash', () => {
  const finiteJson = (value: unknown) => expect(JSON.stringify(value)).not.toMatch(/NaN|Infinity|"threshold":null/);

  it('one value and two values a side', () => {
    const one = compareDrift(profileOf({ x: ['1'], c: ['a'] }), profileOf({ x: ['2'], c: ['b'] }));
    finiteJson(one);
    expect(one.columns.map((column) => column.drifted)).toEqual([false, false]);
    const two = compareDrift(profileOf({ x: ['1', '2'], c: ['a', 'b'] }), profileOf({ x: ['5', '6'], c: ['a', 'a'] }));
    finiteJson(two);
    expect(two.columns.every((column) => typeof column.explanation === 'string')).toBe(true);
  });

  it('all nulls on one side', () => {
    const drift = compareDrift(profileOf({ x: ['', '', ''] }), profileOf({ x: ['1', '2', '3'] }));
    finiteJson(drift);
    expect(drift.columns[0]).toMatchObject({ drifted: false, notCompared: 'no non-null values in the baseline' });
  });

  it('numeric on one side and text on the other', () => {
    const drift = compareDrift(profileOf({ age: ['1', '2', '3'] }), profileOf({ age: ['one', 'two', 'three'] }));
    finiteJson(drift);
    expect(drift.columns[0]).toMatchObject({ drifted: false, notCompared: 'integer in the baseline, string now (see the schema diff)' });
  });

  it('100,000 categories', () => {
    const many = (offset: number) => Array.from({ length: 100_000 }, (_, i) => `v${(i * 7 + offset) % 100_000}`);
    const drift = compareDrift(profileOf({ k: many(0) }), profileOf({ k: many(3) }));
    finiteJson(drift);
    expect(drift.columns[0]).toMatchObject({ drifted: false, status: 'pass' });
    expect(drift.columns[0].explanation).toMatch(/^k: stable — /);
  });

  it('constant columns, equal or not', () => {
    const drift = compareDrift(profileOf({ same: Array(50).fill('7'), moved: Array(50).fill('7') }), profileOf({ same: Array(40).fill('7'), moved: Array(40).fill('8') }));
    finiteJson(drift);
    expect(byName(drift).same).toMatchObject({ drifted: false, score: 0 });
    expect(byName(drift).moved).toMatchObject({ drifted: true });
  });
});

describe('the drift table order', () => {
  it('ranks failing columns by effect over threshold, a null-rate rise by its size over the 5-point floor', async () => {
    const { sortDrift } = await import('../../src/report/prepare.js');
    const base = normals(11, 2000, 0, 1);
    const drift = compareDrift(
      profileOf({ small: text(base), large: text(base), nulls: text(base) }),
      profileOf({ small: text(normals(12, 2000, 0.3, 1)), large: text(normals(13, 2000, 1, 1)), nulls: text(base).map((v, i) => (i % 4 === 0 ? '' : v)) }),
    );
    expect(sortDrift(drift.columns).map((column) => column.name)).toEqual(['large', 'nulls', 'small']); // 1 std → 10; 25 points → 5; 0.3 std → 3
  });
});
