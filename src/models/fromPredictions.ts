// Metrics, delta intervals and per-segment values computed from per-example predictions.

import { UserError } from '../errors.js';
import type { LoadedPredictions } from './load/predictionsFile.js';
import { bootstrapDeltas } from './bootstrap.js';
import type { BootstrapMethod, DeltaInterval, MetricPair } from './bootstrap.js';
import { computableName, exampleCount, metricFunction, unavailableReason } from './metrics/index.js';
import type { MetricFunction, Predictions } from './metrics/index.js';

export interface PredictionPair {
  current: LoadedPredictions;
  baseline: LoadedPredictions | null;
  resamples: number;
  seed: number;
}

/** The metric as computed from predictions; null when datagate does not compute a metric of that name. */
export function predictedMetric(predictions: Predictions, name: string): { fn: MetricFunction } | { reason: string } | null {
  const canonical = computableName(name, predictions.task);
  if (canonical === null) return null;
  const fn = metricFunction(predictions, canonical);
  return fn ? { fn } : { reason: unavailableReason(predictions, canonical) };
}

/**
 * Paired when both files hold the same examples in the same order. Without an id column the
 * best evidence is the labels: same count and the same label in every row.
 */
export function bootstrapMethod(current: Predictions, baseline: Predictions): BootstrapMethod {
  if (exampleCount(current) !== exampleCount(baseline) || current.task !== baseline.task) return 'independent';
  if (current.task === 'regression' && baseline.task === 'regression') {
    return current.data.label.every((value, i) => value === baseline.data.label[i]) ? 'paired' : 'independent';
  }
  if (current.task === 'classification' && baseline.task === 'classification') {
    const a = current.data;
    const b = baseline.data;
    return a.label.every((value, i) => a.classes[value] === b.classes[b.label[i]]) ? 'paired' : 'independent';
  }
  return 'independent';
}

/** Delta intervals for several metrics at once, from shared resamples. */
export function deltaIntervals(pair: PredictionPair, metrics: MetricPair[]): DeltaInterval[] {
  if (metrics.length === 0 || pair.baseline === null) return [];
  const baselinePredictions = pair.baseline.predictions;
  return bootstrapDeltas(exampleCount(pair.current.predictions), exampleCount(baselinePredictions), metrics, {
    resamples: pair.resamples, seed: pair.seed, method: bootstrapMethod(pair.current.predictions, baselinePredictions),
  });
}

/** The metric within each segment, through 0/1 weights so no subset is copied. */
export function segmentValues(loaded: LoadedPredictions, metric: string, source: string): { name: string; value: number }[] {
  if (loaded.segments === null) throw new UserError([{ file: source, message: 'set predictions.segment to compute per-segment metrics' }]);
  const found = predictedMetric(loaded.predictions, metric);
  if (found === null) throw new UserError([{ path: 'segments.metric', message: `"${metric}" is not a metric datagate computes from ${loaded.predictions.task} predictions` }]);
  if ('reason' in found) throw new UserError([{ path: 'segments.metric', message: found.reason }]);
  const names = [...new Set(loaded.segments)].sort();
  const weights = new Uint8Array(loaded.segments.length);
  return names.map((name) => {
    loaded.segments?.forEach((segment, i) => { weights[i] = segment === name ? 1 : 0; });
    return { name, value: found.fn(weights) };
  }).filter((segment) => Number.isFinite(segment.value));
}
