import { describe, expect, it } from '@jest/globals';
import {
  brownForsythe, chiSquareFromCounts, coarsenCategories, coarsenedChiSquare, exactSample, fSurvival, pooledRanks, regularizedBeta, studentTSurvival,
  unseenShare, welchTTest,
} from '../../src/stats/index.js';
import { close, loadCases } from './fixtures.js';

interface TestCase { name: string; baseline: number[]; current: number[]; welch: Result; brownForsythe: Result; rankWelch: Result; rankBrownForsythe: Result }
interface Result { statistic: number; pValue: number }
type Distribution =
  | { kind: 'betainc'; x: number; a: number; b: number; value: number }
  | { kind: 't'; t: number; dof: number; value: number }
  | { kind: 'f'; f: number; dof1: number; dof2: number; value: number };
interface Categorical {
  name: string; categories: string[]; baseline: number[]; current: number[];
  coarsened: { categories: string[]; baseline: number[]; current: number[] };
  chisquare: { statistic: number; pValue: number; dof: number };
  unseen: { share: number; expected: number; statistic: number; pValue: number };
}
interface NullCase { baseline: { nulls: number; values: number }; current: { nulls: number; values: number }; pValue: number; zTestPValue: number }

const [fixture] = loadCases<{ tests: TestCase[]; distributions: Distribution[]; categorical: Categorical[]; nulls: NullCase[] }>('robust');

describe('Welch and Brown–Forsythe agree with scipy.stats.ttest_ind(equal_var=False) and levene(center="median")', () => {
  it.each(fixture.tests.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const a = exactSample(c.baseline);
    const b = exactSample(c.current);
    const welch = welchTTest(a, b);
    expect(close(welch.statistic, c.welch.statistic, 1e-9, 1e-12)).toBe(true);
    expect([welch.pValue, close(welch.pValue, c.welch.pValue, 1e-9, 1e-15)]).toEqual([welch.pValue, true]);
    const spread = brownForsythe(a, b);
    expect(close(spread.statistic, c.brownForsythe.statistic, 1e-9, 1e-12)).toBe(true);
    expect([spread.pValue, close(spread.pValue, c.brownForsythe.pValue, 1e-9, 1e-15)]).toEqual([spread.pValue, true]);
  });

  it.each(fixture.tests.map((c) => [c.name, c] as const))('on pooled midranks (scipy.stats.rankdata): %s', (_name, c) => {
    const ranks = pooledRanks(exactSample(c.baseline), exactSample(c.current));
    const welch = welchTTest(ranks.a, ranks.b);
    expect(close(welch.statistic, c.rankWelch.statistic, 1e-9, 1e-12)).toBe(true);
    expect(close(welch.pValue, c.rankWelch.pValue, 1e-9, 1e-15)).toBe(true);
    const spread = brownForsythe(ranks.a, ranks.b);
    expect(close(spread.statistic, c.rankBrownForsythe.statistic, 1e-9, 1e-12)).toBe(true);
    expect(close(spread.pValue, c.rankBrownForsythe.pValue, 1e-9, 1e-15)).toBe(true);
  });

  it('define a result where SciPy gives NaN: constant sides, a single value', () => {
    expect(welchTTest(exactSample([3, 3, 3]), exactSample([3, 3]))).toEqual({ statistic: 0, pValue: 1 });
    expect(welchTTest(exactSample([3, 3, 3]), exactSample([4, 4])).pValue).toBe(0);
    expect(welchTTest(exactSample([1]), exactSample([2, 3]))).toEqual({ statistic: 0, pValue: 1 });
    expect(brownForsythe(exactSample([5, 5, 5]), exactSample([5, 5]))).toEqual({ statistic: 0, pValue: 1 });
  });
});

describe('the beta, t and F tails agree with scipy.special.betainc, stats.t.sf and stats.f.sf', () => {
  it.each(fixture.distributions.map((c, i) => [i, c.kind, c] as const))('case %d (%s)', (_i, _kind, c) => {
    const value = c.kind === 'betainc' ? regularizedBeta(c.x, c.a, c.b) : c.kind === 't' ? studentTSurvival(c.t, c.dof) : fSurvival(c.f, c.dof1, c.dof2);
    expect([value, close(value, c.value, 1e-9, 1e-15)]).toEqual([value, true]);
  });
});

describe('χ² on coarsened categories agrees with scipy.stats.chi2_contingency on the same coarsening', () => {
  it.each(fixture.categorical.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(coarsenCategories(c.categories, c.baseline, c.current)).toMatchObject(c.coarsened);
    const result = coarsenedChiSquare(c.categories, c.baseline, c.current);
    expect(result.dof).toBe(c.chisquare.dof);
    expect(close(result.statistic, c.chisquare.statistic, 1e-9, 1e-12)).toBe(true);
    expect(close(result.pValue, c.chisquare.pValue, 1e-9, 1e-15)).toBe(true);
    const unseen = unseenShare(c.baseline, c.current);
    expect(close(unseen.share, c.unseen.share, 1e-12, 1e-15)).toBe(true);
    expect(close(unseen.expected, c.unseen.expected, 1e-12, 1e-15)).toBe(true);
    expect(close(unseen.statistic, c.unseen.statistic, 1e-9, 1e-12)).toBe(true);
    expect(close(unseen.pValue, c.unseen.pValue, 1e-9, 1e-15)).toBe(true);
  });

  it('keeps every expected count at 5 or more', () => {
    for (const c of fixture.categorical) {
      const { baseline, current } = c.coarsened;
      const nb = baseline.reduce((x, y) => x + y, 0);
      const nc = current.reduce((x, y) => x + y, 0);
      for (let i = 0; i < baseline.length; i += 1) expect((Math.min(nb, nc) * (baseline[i] + current[i])) / (nb + nc)).toBeGreaterThanOrEqual(5);
    }
  });
});

describe('the null-rate test (χ² on nulls vs values) agrees with chi2_contingency and the two-proportion z-test', () => {
  it.each(fixture.nulls.map((c, i) => [i, c] as const))('case %d', (_i, c) => {
    const { pValue } = chiSquareFromCounts([c.baseline.nulls, c.baseline.values], [c.current.nulls, c.current.values]);
    expect(close(pValue, c.pValue, 1e-9, 1e-15)).toBe(true);
    expect(close(pValue, c.zTestPValue, 1e-9, 1e-15)).toBe(true);
  });
});
