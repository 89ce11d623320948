import { describe, expect, it } from '@jest/globals';
import {
  decileEdges, exactSample, ksTwoSample, linearQuantile, numericJensenShannon, pooledHistogram, psi,
  wassersteinDistance, weightedSample,
} from '../../src/stats/index.js';
import { close, loadCases, samplePair } from './fixtures.js';

const ks = loadCases<{ name: string; statistic: number; pValue: number }>('ks');
const wasserstein = loadCases<{ name: string; distance: number; baseline?: number[]; baselineWeights?: number[]; current?: number[]; currentWeights?: number[] }>('wasserstein');
const psiCases = loadCases<{ name: string; psi: number; edges: number[] }>('psi');
const jensenShannon = loadCases<{ name: string; distance: number; edges: number[]; baselineCounts: number[]; currentCounts: number[] }>('jensenshannon');
const quantiles = loadCases<{ name: string; q: number[]; expected: number[] }>('quantile');

describe('ksTwoSample agrees with scipy.stats.ks_2samp(method="auto")', () => {
  it.each(ks.map((c) => [c.name, c] as const))('%s', (name, expected) => {
    const { baseline, current } = samplePair(name);
    const result = ksTwoSample(baseline, current);
    expect(close(result.statistic, expected.statistic, 1e-12, 1e-15)).toBe(true);
    expect([result.pValue, close(result.pValue, expected.pValue, 1e-9)]).toEqual([result.pValue, true]);
  });

  it('uses the exact distribution up to 10,000 values a side and the asymptotic one beyond, as SciPy', () => {
    expect(ksTwoSample(samplePair('n=3000 vs 2000 lognormal').baseline, samplePair('n=3000 vs 2000 lognormal').current).method).toBe('exact');
    expect(ksTwoSample(samplePair('asymptotic large').baseline, samplePair('asymptotic large').current).method).toBe('asymptotic');
  });
});

describe('wassersteinDistance agrees with scipy.stats.wasserstein_distance', () => {
  it.each(wasserstein.map((c) => [c.name, c] as const))('%s', (name, expected) => {
    const { baseline, current } = expected.baselineWeights
      ? { baseline: weightedSample(expected.baseline!, expected.baselineWeights), current: weightedSample(expected.current!, expected.currentWeights!) }
      : samplePair(name);
    expect(close(wassersteinDistance(baseline, current), expected.distance, 1e-9, 1e-15)).toBe(true);
  });
});

describe('psi follows DESIGN.md (numpy deciles, merged edges, open outer bins, 0.0001 floor)', () => {
  it.each(psiCases.map((c) => [c.name, c] as const))('%s', (name, expected) => {
    const { baseline, current } = samplePair(name);
    expect(decileEdges(baseline)).toEqual(expected.edges);
    expect(close(psi(baseline, current), expected.psi, 1e-9, 1e-15)).toBe(true);
  });

  it('puts a value equal to an edge in the bin above it', () => {
    // Ten 1s and ten 2s: deciles 1, 1, 1, 1, 1.5, 2, 2, 2, 2 → edges 1, 1.5, 2 after merging.
    const baseline = exactSample([...Array(10).fill(1), ...Array(10).fill(2)]);
    expect(decileEdges(baseline)).toEqual([1, 1.5, 2]);
    // Current all 2s: every value sits on the edge 2 → top bin, where the baseline has ~0 → large PSI.
    expect(psi(baseline, exactSample(Array(20).fill(2)))).toBeGreaterThan(1);
  });
});

describe('numericJensenShannon agrees with scipy.spatial.distance.jensenshannon(base=2) on numpy.histogram(bins=20)', () => {
  it.each(jensenShannon.map((c) => [c.name, c] as const))('%s', (name, expected) => {
    const { baseline, current } = samplePair(name);
    const histogram = pooledHistogram(baseline, current);
    expect(histogram.baseline).toEqual(expected.baselineCounts);
    expect(histogram.current).toEqual(expected.currentCounts);
    expect(histogram.edges).toEqual(expected.edges);
    expect(close(numericJensenShannon(baseline, current), expected.distance, 1e-9, 1e-12)).toBe(true);
  });
});

describe('linearQuantile is numpy.quantile(method="linear")', () => {
  it.each(quantiles.map((c) => [c.name, c] as const))('%s', (name, expected) => {
    const { baseline } = samplePair(name);
    expect(expected.q.map((q) => linearQuantile(baseline, q))).toEqual(expected.expected);
  });

  it('treats an item of weight w as w copies of its value', () => {
    const expanded = exactSample([1, 1, 1, 2, 5, 5]);
    const weighted = weightedSample([5, 1, 2], [2, 3, 1]);
    for (const q of [0, 0.1, 0.25, 0.5, 0.7, 0.9, 1]) expect(linearQuantile(weighted, q)).toBe(linearQuantile(expanded, q));
  });
});
