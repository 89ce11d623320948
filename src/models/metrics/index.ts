// The metrics datagate computes from per-example predictions, by name.

import { accuracy, f1, logLoss, precision, recall, rocAuc, scoreOrder } from './classification.js';
import type { ClassificationData, Weights } from './classification.js';
import { mae, mse, r2, rmse } from './regression.js';
import type { RegressionData } from './regression.js';
import { rocAucResampled } from './prepared.js';
import type { Resampled } from './prepared.js';
import { sharedClassificationMetric, sharedRegressionMetric } from './shared.js';
import type { SharedMetric } from './shared.js';

export type { ClassificationData, Weights } from './classification.js';
export type { RegressionData } from './regression.js';

export type Predictions =
  | { task: 'classification'; data: ClassificationData; file: string }
  | { task: 'regression'; data: RegressionData; file: string };

/**
 * A metric as a function of per-example weights (null: every example once). `shared` is set when
 * the metric is a ratio of sums it shares with other metrics of the same data, so the bootstrap
 * can compute those sums once per resample for all of them.
 */
export type MetricFunction = ((weights: Weights) => number) & { shared?: SharedMetric };

export const CLASSIFICATION_METRICS = ['accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'log_loss'] as const;
export const REGRESSION_METRICS = ['mae', 'mse', 'rmse', 'r2'] as const;
const SCORE_METRICS = new Set(['roc_auc', 'log_loss']);

/** Other spellings people use in their configs, mapped to the computed metric. */
const ALIASES: Record<string, string> = {
  auc: 'roc_auc', rocauc: 'roc_auc', roc_auc_score: 'roc_auc',
  f1_score: 'f1', logloss: 'log_loss', accuracy_score: 'accuracy',
  mean_absolute_error: 'mae', mean_squared_error: 'mse', root_mean_squared_error: 'rmse', r2_score: 'r2',
};

/** The computed metric a configured name refers to, or null when datagate does not compute it. */
export function computableName(name: string, task: Predictions['task']): string | null {
  const key = name.toLowerCase();
  const canonical = ALIASES[key] ?? key;
  const known: readonly string[] = task === 'classification' ? CLASSIFICATION_METRICS : REGRESSION_METRICS;
  return known.includes(canonical) ? canonical : null;
}

export function exampleCount(predictions: Predictions): number {
  return predictions.data.label.length;
}

/** Point estimates use the plain, reference forms; resamples use the prepared fast forms. */
function withFastResample(plain: () => number, resampled: Resampled): MetricFunction {
  return (weights) => (weights === null ? plain() : resampled(weights));
}

function withSharedResample(plain: () => number, shared: SharedMetric): MetricFunction {
  const fn: MetricFunction = (weights) => (weights === null ? plain() : shared.finish(shared.shared.sums(weights)));
  fn.shared = shared;
  return fn;
}

/** The metric as a function of resampling weights; null when the file lacks what it needs (a score, a binary task). */
export function metricFunction(predictions: Predictions, canonical: string): MetricFunction | null {
  if (predictions.task === 'regression') {
    const data = predictions.data;
    switch (canonical) {
      case 'mae': return withSharedResample(() => mae(data), sharedRegressionMetric(data, 'mae'));
      case 'mse': return withSharedResample(() => mse(data), sharedRegressionMetric(data, 'mse'));
      case 'rmse': return withSharedResample(() => rmse(data), sharedRegressionMetric(data, 'rmse'));
      case 'r2': return (w) => r2(data, w);
      default: return null;
    }
  }
  const data = predictions.data;
  if (SCORE_METRICS.has(canonical) && (data.score === null || data.positive === null)) return null;
  if (canonical === 'log_loss' && !areProbabilities(data.score as Float64Array)) return null;
  const binary = data.positive !== null;
  switch (canonical) {
    case 'accuracy': return withSharedResample(() => accuracy(data), sharedClassificationMetric(data, 'accuracy'));
    case 'precision': return binary ? withSharedResample(() => precision(data), sharedClassificationMetric(data, 'precision')) : (w) => precision(data, w);
    case 'recall': return binary ? withSharedResample(() => recall(data), sharedClassificationMetric(data, 'recall')) : (w) => recall(data, w);
    case 'f1': return binary ? withSharedResample(() => f1(data), sharedClassificationMetric(data, 'f1')) : (w) => f1(data, w);
    case 'log_loss': return withSharedResample(() => logLoss(data), sharedClassificationMetric(data, 'log_loss'));
    case 'roc_auc': {
      const order = scoreOrder(data.score as Float64Array);
      return withFastResample(() => rocAuc(data, order), rocAucResampled(data, order));
    }
    default: return null;
  }
}

// Log loss of a decision-function score (a margin, not a probability) would be meaningless after clipping.
function areProbabilities(score: Float64Array): boolean {
  return score.every((value) => value >= 0 && value <= 1);
}

/** Why a computable metric has no function, for the user. */
export function unavailableReason(predictions: Predictions, canonical: string): string {
  if (predictions.task === 'classification' && SCORE_METRICS.has(canonical)) {
    const { score, positive } = predictions.data;
    if (score === null) return `${canonical} needs a score column (predictions.score)`;
    if (positive === null) return `${canonical} needs a binary task: set predictions.positive`;
    return `${canonical} needs probabilities of the positive class in [0, 1]`;
  }
  return `${canonical} is not computed for ${predictions.task}`;
}

/** Every metric the predictions support, computed on all examples. */
export function computeAll(predictions: Predictions): Record<string, number> {
  const names: readonly string[] = predictions.task === 'classification' ? CLASSIFICATION_METRICS : REGRESSION_METRICS;
  const values: Record<string, number> = {};
  for (const name of names) {
    const metric = metricFunction(predictions, name);
    if (metric) values[name] = metric(null);
  }
  return values;
}
