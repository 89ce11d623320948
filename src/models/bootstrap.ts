// A seeded percentile bootstrap of the difference of one metric between two prediction sets.

import type { MetricFunction } from './metrics/index.js';
import { sortedPercentile } from './percentile.js';
import { seededRandom } from './random.js';

/**
 * paired: both sets hold the same examples in the same order, so one resample of example
 * indexes is applied to both and the delta keeps their correlation (a narrower, honest
 * interval). independent: each side is resampled on its own.
 */
export type BootstrapMethod = 'paired' | 'independent';

export interface DeltaInterval {
  method: BootstrapMethod;
  resamples: number;
  /** Resamples where the metric was defined on both sides (ROC AUC needs both classes). */
  valid: number;
  /** 95% percentile interval of current − baseline. */
  low: number;
  high: number;
}

export interface BootstrapOptions {
  resamples: number;
  seed: number;
  method: BootstrapMethod;
  /** Interval level, default 0.95. */
  level?: number;
}

/** Draws n indexes with replacement and returns how often each was drawn. */
function resampleCounts(counts: Uint32Array, random: () => number): Uint32Array {
  counts.fill(0);
  const n = counts.length;
  for (let k = 0; k < n; k++) counts[(random() * n) >>> 0]++; // n < 2^32, so >>> 0 is floor without a global lookup
  return counts;
}

/** One metric's function on each side; both see the same resamples as every other pair. */
export interface MetricPair { current: MetricFunction; baseline: MetricFunction }

/**
 * Intervals for several metrics from one set of resamples: drawing the resample costs as much as
 * evaluating a metric, so the draws are shared (and the metrics' intervals are coherent).
 */
export function bootstrapDeltas(currentSize: number, baselineSize: number, metrics: MetricPair[], options: BootstrapOptions): DeltaInterval[] {
  if (options.method === 'paired' && currentSize !== baselineSize) {
    throw new Error(`paired bootstrap needs equal sizes, got ${currentSize} and ${baselineSize}`);
  }
  const random = seededRandom(options.seed);
  const currentCounts = new Uint32Array(currentSize);
  const baselineCounts = options.method === 'paired' ? currentCounts : new Uint32Array(baselineSize);
  const deltas: number[][] = metrics.map(() => []);
  for (let r = 0; r < options.resamples; r++) {
    resampleCounts(currentCounts, random);
    if (options.method === 'independent') resampleCounts(baselineCounts, random);
    metrics.forEach((pair, m) => {
      const delta = pair.current(currentCounts) - pair.baseline(baselineCounts);
      if (Number.isFinite(delta)) deltas[m].push(delta);
    });
  }
  const tail = ((1 - (options.level ?? 0.95)) / 2) * 100;
  return deltas.map((list) => {
    const sorted = Float64Array.from(list).sort();
    return {
      method: options.method,
      resamples: options.resamples,
      valid: sorted.length,
      low: sortedPercentile(sorted, tail),
      high: sortedPercentile(sorted, 100 - tail),
    };
  });
}

export function bootstrapDelta(
  current: { size: number; metric: MetricFunction },
  baseline: { size: number; metric: MetricFunction },
  options: BootstrapOptions,
): DeltaInterval {
  return bootstrapDeltas(current.size, baseline.size, [{ current: current.metric, baseline: baseline.metric }], options)[0];
}
