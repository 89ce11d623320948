import { describe, expect, it } from '@jest/globals';
import { Profiler, categoryCounts, numericSample, mergeProfiles } from '../../src/profile/index.js';
import { CategoryCounter } from '../../src/profile/categories.js';
import { HyperLogLog } from '../../src/profile/hll.js';
import { hashText } from '../../src/profile/random.js';
import type { Batch } from '../../src/readers/types.js';
import type { Profile, WeightedSample } from '../../src/profile/types.js';

/** mulberry32: a seeded generator, so the test data is the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function profileValues(values: Float64Array, parts = 1): Profile {
  const profiles: Profile[] = [];
  const size = Math.ceil(values.length / parts);
  for (let start = 0; start < values.length; start += size) {
    const profiler = new Profiler();
    // Typed cells, as JSON and Parquet give them, keep the test fast.
    const chunk = Array.from(values.subarray(start, start + size));
    const batch: Batch = { columns: ['x'], data: [chunk], length: chunk.length, firstRow: start + 1, file: 'x' };
    profiler.add(batch);
    profiles.push(profiler.finish());
  }
  return profiles.reduce((a, b) => mergeProfiles(a, b));
}

/** Two-sample KS statistic D of weighted samples: the largest gap between their CDFs. */
function ksStatistic(a: { values: ArrayLike<number>; weights: ArrayLike<number>; total: number }, b: typeof a): number {
  let i = 0, j = 0, fa = 0, fb = 0, d = 0;
  while (i < a.values.length || j < b.values.length) {
    const x = Math.min(i < a.values.length ? a.values[i] : Infinity, j < b.values.length ? b.values[j] : Infinity);
    while (i < a.values.length && a.values[i] === x) fa += a.weights[i++];
    while (j < b.values.length && b.values[j] === x) fb += b.weights[j++];
    d = Math.max(d, Math.abs(fa / a.total - fb / b.total));
  }
  return d;
}

function exact(values: Float64Array): WeightedSample {
  const sorted = values.slice().sort();
  return { values: sorted, weights: new Float64Array(sorted.length).fill(1), total: sorted.length, exact: true };
}

describe('numeric sketches', () => {
  const n = 200_000;
  const next = random(2024);
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  const baseline = Float64Array.from({ length: n }, () => normal());
  const shifted = Float64Array.from({ length: n }, () => normal() * 1.1 + 0.05);
  const skewed = Float64Array.from({ length: n }, () => -Math.log(1 - next()) * 3);

  it('keeps values exactly up to the budget and reports the sample as exact', () => {
    const sample = numericSample(profileValues(baseline.subarray(0, 2000)).columns[0]) as WeightedSample;
    expect(sample.exact).toBe(true);
    expect(Array.from(sample.values)).toEqual(Array.from(exact(baseline.subarray(0, 2000)).values));
  });

  it('keeps a sketch beyond the budget whose weights sum to the count', () => {
    const sample = numericSample(profileValues(baseline).columns[0]) as WeightedSample;
    expect(sample.exact).toBe(false);
    expect(sample.total).toBe(n);
    expect(sample.weights.reduce((sum, w) => sum + w, 0)).toBe(n);
    expect(sample.values.length).toBeLessThan(2000);
  });

  it.each([
    ['shifted normal', shifted, 1],
    ['shifted normal, merged from 7 parts', shifted, 7],
    ['exponential vs normal', skewed, 3],
    ['the same distribution', baseline.map((x) => x + 1e-9), 2],
  ] as const)('gives KS D within ±0.01 of the exact value from two sketches (%s)', (_name, current, parts) => {
    const exactD = ksStatistic(exact(baseline), exact(current));
    const sketchD = ksStatistic(
      numericSample(profileValues(baseline, 4).columns[0]) as WeightedSample,
      numericSample(profileValues(current, parts).columns[0]) as WeightedSample,
    );
    expect(Math.abs(sketchD - exactD)).toBeLessThan(0.01);
  });

  it('gives quantiles within 0.5% in rank', () => {
    const profile = profileValues(skewed, 5).columns[0];
    const sorted = exact(skewed).values;
    const rankOf = (x: number) => { let lo = 0, hi = sorted.length; while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid] < x) lo = mid + 1; else hi = mid; } return lo / sorted.length; };
    for (const [key, q] of [['p01', 0.01], ['p25', 0.25], ['p50', 0.5], ['p95', 0.95], ['p99', 0.99]] as const) {
      expect(Math.abs(rankOf(profile.quantiles![key]) - q)).toBeLessThan(0.005);
    }
  });
});

describe('category sketches', () => {
  it('keeps heavy hitters and the remainder once distinct values outgrow the budget', () => {
    const profiler = new Profiler();
    const values: string[] = [];
    for (let i = 0; i < 60_000; i++) values.push(i % 4 === 0 ? 'hot' : i % 10 === 1 ? 'warm' : `id${i}`);
    profiler.add({ columns: ['c'], data: [values], length: values.length, firstRow: 1, file: 'x' });
    const column = profiler.finish().columns[0];
    const counts = categoryCounts(column)!;
    expect(counts.exact).toBe(false);
    // Misra–Gries: counts are low by at most n / (kept + 1).
    expect(15_000 - counts.counts.get('hot')!).toBeLessThanOrEqual(60_000 / 1025);
    expect(counts.other + [...counts.counts.values()].reduce((a, b) => a + b, 0)).toBe(60_000);
    expect(column.top?.slice(0, 2).map((t) => t.value)).toEqual(['hot', 'warm']);
    expect(Math.abs((column.distinct as number) / 39_002 - 1)).toBeLessThan(0.05);
  });

  it("counts a column's numbers and texts in the order of its cells, as one counter fed cell by cell would", () => {
    // Numbers whose text is their own are counted by value, in runs; the texts between them
    // (`07`, `3.50`, words) must not overtake a run: once sketching, the order decides what a purge keeps.
    const next = random(7);
    const cells: string[] = [];
    for (let i = 0; i < 40_000; i++) {
      const n = Math.floor(next() * 30_000);
      const pick = next();
      cells.push(pick < 0.4 ? `${n}` : pick < 0.6 ? `${n % 50}.5` : pick < 0.75 ? `0${n % 900}` : pick < 0.9 ? `${n % 40}.50` : `w${n % 9}`);
    }
    const profiler = new Profiler();
    profiler.add({ columns: ['c'], data: [cells], length: cells.length, firstRow: 1, file: 'x' });
    const state = profiler.finish(false).columns[0].state as { categories: unknown };
    const expected = new CategoryCounter();
    for (const cell of cells) {
      if (/^(0|[1-9]\d*)(\.\d*[1-9])?$/.test(cell)) expected.addNumber(Number(cell));
      else expected.add(cell);
    }
    expect(expected.exact).toBe(false);
    expect(state.categories).toEqual(expected.toState());
  });

  it('counts distinct values with HyperLogLog within 5% across magnitudes', () => {
    for (const n of [100, 5_000, 50_000, 500_000]) {
      const hll = new HyperLogLog();
      for (let i = 0; i < n; i++) hll.add(`value-${i}`);
      expect(Math.abs(hll.estimate() / n - 1)).toBeLessThan(0.05);
    }
  });
});

describe('the text hash', () => {
  it('spreads near-identical texts like a random 32-bit function: collisions and HyperLogLog buckets', () => {
    // Ids, emails and timestamps differ in a character or two: the cases a weak hash merges.
    const n = 200_000;
    const texts = [(i: number) => `user${i}@example.com`, (i: number) => `2024-01-${String(1 + (i % 28)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:${String(Math.floor(i / 1440) % 60).padStart(2, '0')}Z${i}`, (i: number) => String(i)];
    for (const make of texts) {
      const seen = new Set<number>();
      const buckets = new Float64Array(4096);
      for (let i = 0; i < n; i++) {
        const hash = hashText(make(i));
        seen.add(hash);
        buckets[hash >>> 20]++;
      }
      // Expected collisions of a random 32-bit hash: n² / 2³³ ≈ 4.7.
      expect(n - seen.size).toBeLessThan(25);
      // Chi-square of the 4,096 HyperLogLog buckets: mean 4,095, sd ≈ 90.
      const expected = n / 4096;
      const chi = buckets.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
      expect(chi).toBeLessThan(4095 + 5 * 90);
    }
  });
});
