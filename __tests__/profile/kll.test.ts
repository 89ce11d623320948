import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { KllSketch } from '../../src/profile/kll.js';
import type { KllState } from '../../src/profile/kll.js';
import { random } from '../compare/helpers.js';

const K = 512;


function sketchOf(values: ArrayLike<number>, k = K): KllSketch {
  const sketch = new KllSketch(k);
  for (let i = 0; i < values.length; i++) sketch.add(values[i]);
  return sketch;
}

/** Count of sorted values below x (or at most x). */
function countBelow(sorted: Float64Array, x: number, inclusive: boolean): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x || (inclusive && sorted[mid] === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** sup over x of |F_sketch(x) − F(x)|, checked at and just below every retained item. */
function rankError(sketch: KllSketch, data: ArrayLike<number>): number {
  const sorted = Float64Array.from(data).sort();
  const { values, weights } = sketch.weighted();
  let below = 0, worst = 0;
  for (let i = 0; i < values.length; i++) {
    if (i === 0 || values[i] !== values[i - 1]) worst = Math.max(worst, Math.abs(below - countBelow(sorted, values[i], false)));
    below += weights[i];
    if (i + 1 === values.length || values[i + 1] !== values[i]) worst = Math.max(worst, Math.abs(below - countBelow(sorted, values[i], true)));
  }
  return worst / sorted.length;
}

function totalWeight(sketch: KllSketch): number {
  return sketch.weighted().weights.reduce((sum, w) => sum + w, 0);
}

const next = random(7);
const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
const inputs: [string, Float64Array][] = [
  ['uniform', Float64Array.from({ length: 300_000 }, next)],
  ['normal', Float64Array.from({ length: 300_000 }, normal)],
  ['heavy-tailed', Float64Array.from({ length: 300_000 }, () => (1 - next()) ** (-1 / 1.2))],
  ['integers 0–99 (ties)', Float64Array.from({ length: 300_000 }, () => Math.floor(next() * 100))],
  ['sorted', Float64Array.from({ length: 300_000 }, next).sort()],
  ['descending', Float64Array.from({ length: 300_000 }, next).sort().reverse()],
];

describe('KllSketch', () => {
  it.each(inputs)('keeps its rank error within the documented 0.0035 (%s, 300k values)', (_name, data) => {
    const sketch = sketchOf(data);
    expect(sketch.n).toBe(data.length);
    expect(totalWeight(sketch)).toBe(data.length);
    expect(rankError(sketch, data)).toBeLessThanOrEqual(0.0035);
  });

  it('returns its items sorted, with power-of-two weights', () => {
    const { values, weights } = sketchOf(inputs[1][1]).weighted();
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThanOrEqual(values[i - 1]);
    for (const w of weights) expect(Math.log2(w) % 1).toBe(0);
  });

  it('is deterministic: the same input gives the same state', () => {
    const data = inputs[2][1].subarray(0, 100_000);
    expect(sketchOf(data).toState()).toEqual(sketchOf(data).toState());
  });

  it('stays within O(k log n) memory at 1M values', () => {
    const values = new Float64Array(1_000_000);
    for (let i = 0; i < values.length; i++) values[i] = (i * 7919) % 1_000_003;
    const sketch = sketchOf(values);
    expect(sketch.weighted().values.length).toBeLessThanOrEqual(1650);
    expect(rankError(sketch, values)).toBeLessThanOrEqual(0.0035);
  });

  it('survives a JSON round trip unchanged, and goes on the same as the original', () => {
    const data = inputs[0][1];
    const original = sketchOf(data.subarray(0, 123_457));
    const restored = KllSketch.fromState(JSON.parse(JSON.stringify(original.toState())) as KllState);
    expect(restored.toState()).toEqual(original.toState());
    for (let i = 123_457; i < data.length; i++) {
      original.add(data[i]);
      restored.add(data[i]);
    }
    expect(restored.toState()).toEqual(original.toState());
  });

  it('loads and merges a state written by the previous implementation (a stored baseline)', () => {
    const state = JSON.parse(readFileSync(new URL('../fixtures/profile/kll-state-v1.json', import.meta.url), 'utf8')) as KllState;
    // Written by the DataSketches-layout sketch before level 0 grew: 50,003 values (i · 7919) mod 100,003.
    const stored = Float64Array.from({ length: 50_003 }, (_, i) => (i * 7919) % 100_003);
    const loaded = KllSketch.fromState(state);
    expect(loaded.n).toBe(50_003);
    expect(totalWeight(loaded)).toBe(50_003);
    expect(rankError(loaded, stored)).toBeLessThanOrEqual(0.0035);
    const fresh = Float64Array.from({ length: 70_000 }, (_, i) => (i * 104_729) % 100_003 + 0.5);
    loaded.merge(sketchOf(fresh));
    expect(loaded.n).toBe(120_003);
    expect(totalWeight(loaded)).toBe(120_003);
    const both = new Float64Array(120_003);
    both.set(stored);
    both.set(fresh, 50_003);
    expect(rankError(loaded, both)).toBeLessThanOrEqual(0.0035);
  });

  it('merges sketches of any split: weights sum to the count, rank error within the bound', () => {
    const data = inputs[1][1].subarray(0, 60_000);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 59_999 }), { minLength: 1, maxLength: 5 }), (cuts) => {
        const bounds = [0, ...[...new Set(cuts)].sort((a, b) => a - b), data.length];
        const parts = bounds.slice(1).map((end, i) => sketchOf(data.subarray(bounds[i], end)));
        const merged = parts.reduce((a, b) => {
          a.merge(KllSketch.fromState(JSON.parse(JSON.stringify(b.toState())) as KllState));
          return a;
        });
        expect(merged.n).toBe(data.length);
        expect(totalWeight(merged)).toBe(data.length);
        expect(rankError(merged, data)).toBeLessThanOrEqual(0.0035);
      }),
      { numRuns: 12, seed: 3 },
    );
  });

  it('is exact while nothing has been compacted', () => {
    const data = Float64Array.from({ length: 300 }, next);
    const { values, weights } = sketchOf(data).weighted();
    expect(Array.from(values)).toEqual(Array.from(data.slice().sort()));
    expect(weights.every((w) => w === 1)).toBe(true);
  });
});
