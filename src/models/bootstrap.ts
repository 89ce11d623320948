// A seeded percentile bootstrap of the difference of one metric between two prediction sets.
//
// Resamples are Poisson bootstrap weights (each example drawn an independent Poisson(1) number
// of times; Hanley & MacGibbon 2006, Chamandy et al. 2012) rather than n index draws: the same
// limit as the classic bootstrap (the total differs from n by about √n, which the metrics, all
// normalised by the total weight, absorb), but one sequential pass with no scattered increments,
// and weights small enough for a Uint8Array that stays in cache for the metric passes.

import type { MetricFunction } from './metrics/index.js';
import type { SharedSums } from './metrics/shared.js';
import { sortedPercentile } from './percentile.js';
import { poissonWeights, seededState } from './random.js';

/**
 * paired: both sets hold the same examples in the same order, so one resample of example
 * indexes is applied to both and the delta keeps their correlation (a narrower, honest
 * interval). independent: each side is resampled on its own.
 */
export type BootstrapMethod = 'paired' | 'independent';

export interface DeltaInterval {
  method: BootstrapMethod;
  resamples: number;
  /** Resamples where the metric was defined on both sides (ROC AUC needs both classes; a resample can be empty). */
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

function evaluate(metric: MetricFunction, weights: Uint8Array, cache: Map<SharedSums, Float64Array>): number {
  if (!metric.shared) return metric(weights);
  const { shared, finish } = metric.shared;
  let sums = cache.get(shared);
  if (!sums) {
    sums = shared.sums(weights);
    cache.set(shared, sums);
  }
  return finish(sums);
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
  const state = seededState(options.seed);
  const currentWeights = new Uint8Array(currentSize);
  const baselineWeights = options.method === 'paired' ? currentWeights : new Uint8Array(baselineSize);
  const deltas: number[][] = metrics.map(() => []);
  for (let r = 0; r < options.resamples; r++) {
    poissonWeights(currentWeights, state);
    if (options.method === 'independent') poissonWeights(baselineWeights, state);
    // Metrics that share sums (accuracy, precision, … of one data set) get them from one pass.
    const currentSums = new Map<SharedSums, Float64Array>();
    const baselineSums = new Map<SharedSums, Float64Array>();
    metrics.forEach((pair, m) => {
      const delta = evaluate(pair.current, currentWeights, currentSums) - evaluate(pair.baseline, baselineWeights, baselineSums);
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
