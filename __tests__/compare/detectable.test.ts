import { describe, expect, it } from '@jest/globals';
import { compareDrift } from '../../src/compare/index.js';
import { detectableCategoryMove, detectableMeanShift } from '../../src/compare/detectable.js';
import { renderComment, renderHtml, type Report } from '../../src/report/index.js';
import { choices, normals, profileOf } from './helpers.js';

const text = (values: number[]): string[] => values.map((x) => x.toFixed(3));
const ORIGINS = ['USA', 'Japan', 'Europe'];

/** Two halves without change, `n` rows each: a numeric and a 3-category column like cars.json's. */
function halves(n: number) {
  const baseline = profileOf({ weight: text(normals(1, n, 3000, 850)), origin: choices(2, n, ORIGINS, [0.62, 0.2, 0.18]) });
  const current = profileOf({ weight: text(normals(3, n, 3000, 850)), origin: choices(4, n, ORIGINS, [0.62, 0.2, 0.18]) });
  return compareDrift(baseline, current);
}
const byName = (drift: ReturnType<typeof compareDrift>) => Object.fromEntries(drift.columns.map((column) => [column.name, column]));

describe('what a robust "no drift" could not have seen', () => {
  it('is the mean shift a 203-vs-203 column catches 4 times in 5, at 0.05 over its 3 tests and the table\'s 2', () => {
    const { weight } = byName(halves(203));
    expect(weight.drifted).toBe(false);
    expect(weight.detectable).toEqual({ meanShift: 0.345407, power: 0.8, alpha: 0.00833333 });
    expect(weight.detectable?.meanShift).toBeCloseTo(detectableMeanShift(203, 203, 0.05 / 6), 5);
  });

  it('is, for categories, the move between the two most common that χ² over them all catches 4 times in 5', () => {
    const { origin } = byName(halves(203));
    const counts = ORIGINS.map((value) => origin.categories?.changes.find((change) => change.value === value)?.baseline ?? 0);
    expect(origin.detectable).toEqual({ categoryShare: 0.147178, power: 0.8, alpha: 0.025 });
    // The baseline shares of the two most common categories, 3 categories, one test of 2.
    const [usa, japan] = [...counts].sort((a, b) => b - a);
    expect(origin.detectable?.categoryShare).toBeCloseTo(detectableCategoryMove(203, 203, usa, japan, 3, 0.025), 5);
  });

  it('is said in the explanation of a small table, not of a big one', () => {
    const small = byName(halves(203));
    expect(small.weight.explanation).toBe('weight: stable — mean 3,114 → 2,906 (−0.24 std), distance 0.243 std, 203 vs 203 values, p = 0.1 adjusted; '
      + 'at these sizes a mean shift under 0.35 std could go unseen');
    expect(small.origin.explanation).toMatch(/; at these sizes a move of under 15 points between the two most common categories could go unseen$/);
    const big = byName(halves(5000));
    expect(big.weight.detectable).toEqual({ meanShift: 0.1, power: 0.8, alpha: 0.00833333 });
    expect(big.weight.explanation).not.toMatch(/unseen/);
    expect(big.origin.detectable?.categoryShare).toBeLessThan(0.1);
    expect(big.origin.explanation).not.toMatch(/unseen/);
  });

  it('is absent from a drifted column, and from one not compared', () => {
    const baseline = profileOf({ price: text(normals(5, 300, 10, 2)), id: Array.from({ length: 300 }, (_, i) => String(i + 1)) });
    const current = profileOf({ price: text(normals(6, 300, 12, 2)), id: Array.from({ length: 300 }, (_, i) => String(i + 301)) });
    const { price, id } = byName(compareDrift(baseline, current));
    expect(price.drifted).toBe(true);
    expect(price.detectable).toBeUndefined();
    expect(id.notCompared).toBeDefined();
    expect(id.detectable).toBeUndefined();
  });

  it('is absent from a constant column and from one with a single category, never NaN', () => {
    const ones = Array.from({ length: 50 }, () => '1');
    const { constant, single } = byName(compareDrift(profileOf({ constant: ones, single: ones.map(() => 'a') }), profileOf({ constant: ones, single: ones.map(() => 'a') })));
    expect(constant.detectable).toBeUndefined();
    expect(single.detectable).toBeUndefined();
    expect(constant.explanation).not.toMatch(/unseen|NaN/);
  });

  it('is not computed for methods other than robust', () => {
    const drift = compareDrift(profileOf({ x: text(normals(7, 100)) }), profileOf({ x: text(normals(8, 100)) }), { method: 'significant' });
    expect(drift.columns[0].detectable).toBeUndefined();
  });
});

describe('the comment on a small table', () => {
  const report = (drift: ReturnType<typeof compareDrift>, rows: number): Report => ({
    version: 1, status: 'pass', models: [], gates: [],
    datasets: [{ name: 'cars', status: 'pass', rows: { baseline: rows, current: rows }, drift }],
  });

  it('says on the folded "without drift" line how many columns are too small to rule out the changes', () => {
    const comment = renderComment(report(halves(203), 203));
    expect(comment).toContain('2 columns without drift (2 of them too small to rule out a 0.25-std shift or a 10-point category move)');
    expect(comment).toContain('too few values to rule out drift: a mean shift under 0.35 std could go unseen');
  });

  it('adds nothing for a big one', () => {
    const comment = renderComment(report(halves(5000), 5000));
    expect(comment).toContain('2 columns without drift');
    expect(comment).not.toMatch(/too small|too few/);
  });

  it('is said in the HTML report\'s evidence too', () => {
    expect(renderHtml(report(halves(203), 203))).toContain('too few values to rule out drift: a move of under 15 points between the two most common categories could go unseen');
    expect(renderHtml(report(halves(5000), 5000))).not.toContain('too few values');
  });
});
