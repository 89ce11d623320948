// An exact sample kept as the sorted runs of a file's parts reads as their merge, bit for bit:
// the walk `robust` makes, quantiles, the evidence histogram. The merge is the production one
// (src/profile/mergeSorted.ts), the runs sorted as the workers sort them (src/profile/sortFloat64.ts).

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { linearQuantile, pooledScan, valueAtRank } from '../../src/stats/index.js';
import { sharedHistogram } from '../../src/compare/evidence.js';
import { mergeSorted } from '../../src/profile/mergeSorted.js';
import { sortFloat64 } from '../../src/profile/sortFloat64.js';
import type { WeightedSample } from '../../src/profile/types.js';

const bits = (value: number): string => Array.from(new Uint32Array(Float64Array.of(value).buffer)).join(':');

function sorted(values: number[]): Float64Array {
  const array = Float64Array.from(values);
  sortFloat64(array);
  return array;
}

function unit(values: Float64Array, runs?: Float64Array[]): WeightedSample {
  return { values, weights: new Float64Array(values.length).fill(1), total: values.length, exact: true, unitWeights: true, ...(runs ? { runs } : {}) };
}

/** A side cut into two parts at `cut`, each sorted: as runs, and as their merge. */
function side(values: number[], cut: number): { runs: WeightedSample; merged: WeightedSample } {
  const first = sorted(values.slice(0, cut));
  const second = sorted(values.slice(cut));
  return { runs: unit(mergeSorted(first, second), [first, second]), merged: unit(mergeSorted(first, second)) };
}

/** Every number pooledScan gives, as bits. */
function scanBits(a: WeightedSample, b: WeightedSample): string[] {
  const scan = pooledScan(a, b);
  return [scan.ks, scan.wasserstein, scan.rankMoments.a.mean, scan.rankMoments.a.std, scan.rankMoments.b.mean, scan.rankMoments.b.std,
    scan.rankDeviations.a.mean, scan.rankDeviations.a.sumSquares, scan.rankDeviations.b.mean, scan.rankDeviations.b.sumSquares].map(bits);
}

// Few distinct values (long runs of ties, as ages and counts), or many (as money), and zeros of both signs.
const value = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom(-0, 0, 0.5), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
const cutSide = fc.array(value, { minLength: 1, maxLength: 200 }).chain((values) => fc.tuple(fc.constant(values), fc.integer({ min: 0, max: values.length })));

describe('an exact sample kept as two sorted runs', () => {
  it('gives pooledScan\'s every number bit for bit as the merged sample does, runs on either side or both', () => {
    fc.assert(fc.property(cutSide, cutSide, ([left, leftCut], [right, rightCut]) => {
      const a = side(left, leftCut);
      const b = side(right, rightCut);
      const expected = scanBits(a.merged, b.merged);
      expect(scanBits(a.runs, b.runs)).toEqual(expected);
      expect(scanBits(a.runs, b.merged)).toEqual(expected);
      expect(scanBits(a.merged, b.runs)).toEqual(expected);
    }), { numRuns: 300 });
  });

  it('gives the same bits past the walk\'s first pieces of tie groups (thousands of groups, runs of ties across them)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
      let state = seed;
      const random = (): number => {
        state = (Math.imul(state, 48271) >>> 0) % 2147483647;
        return state / 2147483647;
      };
      // Money-like values (mostly distinct), counts (long runs of ties) and a block of zeros.
      const make = (n: number): number[] => Array.from({ length: n }, (_, k) => (k % 5 === 0 ? Math.floor(random() * 40) : k % 7 === 0 ? 0 : Math.round(random() * 1e6) / 100));
      const left = make(9000 + Math.floor(random() * 6000));
      const right = make(12000 + Math.floor(random() * 6000));
      const a = side(left, Math.floor(random() * left.length));
      const b = side(right, Math.floor(random() * right.length));
      expect(scanBits(a.runs, b.runs)).toEqual(scanBits(a.merged, b.merged));
      expect(scanBits(a.runs, b.merged)).toEqual(scanBits(a.merged, b.merged));
    }), { numRuns: 10 });
  });

  it('gives every rank\'s value, zeros\' signs included, and numpy\'s quantiles as the merge does', () => {
    fc.assert(fc.property(cutSide, ([values, cut]) => {
      const { runs, merged } = side(values, cut);
      for (let rank = 0; rank < values.length; rank++) expect(bits(valueAtRank(runs, rank))).toBe(bits(merged.values[rank]));
      for (const q of [0, 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99, 1]) expect(bits(linearQuantile(runs, q))).toBe(bits(linearQuantile(merged, q)));
    }), { numRuns: 300 });
  });

  it('gives the evidence histogram as the merged sample does', () => {
    fc.assert(fc.property(cutSide, cutSide, ([left, leftCut], [right, rightCut]) => {
      const a = side(left, leftCut);
      const b = side(right, rightCut);
      expect(sharedHistogram(a.runs, b.runs)).toEqual(sharedHistogram(a.merged, b.merged));
    }), { numRuns: 200 });
  });

  it('is read without merging its runs by pooledScan, quantiles and the histogram', () => {
    const first = sorted([5, 1, 3, 3, 9]);
    const second = sorted([2, 3, 8, 0]);
    let merges = 0;
    const sample: WeightedSample = {
      get values() {
        merges++;
        return mergeSorted(first, second);
      },
      get weights() {
        return new Float64Array(9).fill(1);
      },
      total: 9, exact: true, unitWeights: true, runs: [first, second],
    };
    pooledScan(sample, sample);
    linearQuantile(sample, 0.3);
    sharedHistogram(sample, sample);
    expect(merges).toBe(0);
    expect(linearQuantile(sample, 0.5)).toBe(3);
    expect([0, 8].map((rank) => valueAtRank(sample, rank))).toEqual([0, 9]);
  });
});
