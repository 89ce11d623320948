// Times KllSketch.add per value and measures its rank error against the exact sorted data, on
// seeded inputs of several shapes. Bundled and run by bench/kll.mjs.
//
// Rank error is sup_x |F̂(x) − F(x)|, the quantity a KS distance sees: checked at and just below
// every retained item, where the sketch's step CDF jumps.

import { KllSketch } from '../src/profile/kll.js';

const K = 512;

/** mulberry32: seeded uniform numbers in [0, 1). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const shapes: Record<string, (next: () => number) => number> = {
  uniform: (next) => next(),
  normal: (next) => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
  pareto: (next) => (1 - next()) ** (-1 / 1.2),
  'ints 0-99': (next) => Math.floor(next() * 100),
  sorted: () => 0, // filled below: uniform, ascending
};

function generate(shape: string, n: number): Float64Array {
  const next = random(n + shape.length);
  if (shape === 'sorted') return Float64Array.from({ length: n }, next).sort();
  const make = shapes[shape];
  return Float64Array.from({ length: n }, () => make(next));
}

/** Count of sorted[i] < x (strict) or <= x. */
function countBelow(sorted: Float64Array, x: number, inclusive: boolean): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x || (inclusive && sorted[mid] === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function rankError(sketch: KllSketch, sorted: Float64Array): number {
  const { values, weights } = sketch.weighted();
  let below = 0, worst = 0;
  for (let i = 0; i < values.length; i++) {
    if (i === 0 || values[i] !== values[i - 1]) {
      worst = Math.max(worst, Math.abs(below - countBelow(sorted, values[i], false)));
    }
    below += weights[i];
    if (i + 1 === values.length || values[i + 1] !== values[i]) {
      worst = Math.max(worst, Math.abs(below - countBelow(sorted, values[i], true)));
    }
  }
  return worst / sorted.length;
}

function timeAdds(data: Float64Array, runs: number): { ns: number; sketch: KllSketch } {
  let best = Infinity;
  let sketch = new KllSketch(K);
  for (let run = 0; run < runs; run++) {
    sketch = new KllSketch(K);
    const start = performance.now();
    for (let i = 0; i < data.length; i++) sketch.add(data[i]);
    best = Math.min(best, performance.now() - start);
  }
  return { ns: (best * 1e6) / data.length, sketch };
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const ns = sizes.length > 0 ? sizes : [1e5, 1e6, 1e7];
// Warm the JIT on one shape so the first row is not an outlier.
timeAdds(generate('normal', 1e6), 2);
process.stdout.write('| n | input | ns/value (best of runs) | rank error | items kept | merged halves: rank error |\n|---|---|---|---|---|---|\n');
for (const n of ns) {
  for (const shape of Object.keys(shapes)) {
    const data = generate(shape, n);
    const { ns: perValue, sketch } = timeAdds(data, n >= 1e7 ? 2 : 5);
    const sorted = data.slice().sort();
    const left = new KllSketch(K), right = new KllSketch(K);
    for (let i = 0; i < n; i++) (i < n / 2 ? left : right).add(data[i]);
    left.merge(KllSketch.fromState(JSON.parse(JSON.stringify(right.toState()))));
    const kept = sketch.weighted().values.length;
    process.stdout.write(`| ${n.toExponential(0)} | ${shape} | ${perValue.toFixed(1)} | ${rankError(sketch, sorted).toFixed(5)} | ${kept} | ${rankError(left, sorted).toFixed(5)} |\n`);
  }
}
