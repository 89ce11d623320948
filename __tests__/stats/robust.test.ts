import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  brownForsythe, chiSquareFromCounts, medianDeviations, coarsenCategories, coarsenedChiSquare, exactSample, fSurvival, ksStatistic, pooledRanks, pooledScan, regularizedBeta,
  sampleMoments, studentTSurvival, unseenShare, wassersteinDistance, welchTTest,
} from '../../src/stats/index.js';
import type { WeightedSample } from '../../src/profile/types.js';
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

describe('pooledScan: one walk, the same numbers as the statistics one at a time', () => {
  /** A sorted side of `values`, every weight 1, flagged as such (an exact sample) or not. */
  const side = (values: number[], unit: boolean): WeightedSample => {
    const sorted = Float64Array.from(values).sort();
    return { values: sorted, weights: new Float64Array(sorted.length).fill(1), total: sorted.length, exact: true, ...(unit ? { unitWeights: true } : {}) };
  };
  const bits = (value: number): string => Array.from(new Uint32Array(Float64Array.of(value).buffer)).join(':');

  it('gives KS D and the Wasserstein distance bit for bit, and the midranks\' moments and median deviations, ties, runs and −0 included', () => {
    // Few distinct values (long runs of ties, as ages and counts), or many (as money).
    const value = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom(-0, 0, 0.5), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
    fc.assert(fc.property(fc.array(value, { minLength: 1, maxLength: 300 }), fc.array(value, { minLength: 1, maxLength: 300 }), (left, right) => {
      for (const unit of [true, false]) {
        const a = side(left, unit);
        const b = side(right, unit);
        const scan = pooledScan(a, b);
        const ranks = pooledRanks(a, b);
        expect(bits(scan.ks)).toBe(bits(ksStatistic(a, b)));
        expect(bits(scan.wasserstein)).toBe(bits(wassersteinDistance(a, b)));
        const moments = [sampleMoments(ranks.a), sampleMoments(ranks.b)].flatMap(({ mean, std }) => [mean, std]);
        const deviations = [medianDeviations(ranks.a), medianDeviations(ranks.b)].flatMap(({ mean, sumSquares }) => [mean, sumSquares]);
        const scanned = [scan.rankMoments.a, scan.rankMoments.b].flatMap(({ mean, std }) => [mean, std]);
        const spread = [scan.rankDeviations.a, scan.rankDeviations.b].flatMap(({ mean, sumSquares }) => [mean, sumSquares]);
        // With weights: the same steps, the same bits. Every weight 1: summed per tie group, to a
        // relative 1e−12 (and a side of one group has exactly no spread, as Welford's).
        if (!unit) expect([...scanned, ...spread].map(bits)).toEqual([...moments, ...deviations].map(bits));
        else {
          for (const [k, x] of [...scanned, ...spread].entries()) {
            const expected = [...moments, ...deviations][k];
            expect(Math.abs(x - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
            if (expected === 0) expect(x).toBe(0);
          }
        }
      }
    }), { numRuns: 200 });
  });
});
