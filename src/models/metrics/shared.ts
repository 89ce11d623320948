// Weighted sums that several metrics of one prediction set share: accuracy, binary precision,
// recall, F1 and log loss (or MAE, MSE, RMSE) are all ratios of a few Σ wᵢ·termᵢ, so the
// bootstrap computes those sums in one pass per resample and finishes each metric from them,
// instead of one pass per metric.

import type { ClassificationData } from './classification.js';
import type { RegressionData } from './regression.js';

/** One pass over the weights; the same object for every metric of one data set (the bootstrap's cache key). */
export interface SharedSums { sums: (weights: ArrayLike<number>) => Float64Array }

/** A metric as a function of the shared sums. */
export interface SharedMetric { shared: SharedSums; finish: (sums: Float64Array) => number }

// Positions in the classification sums.
const TOTAL = 0;
const CORRECT = 1;
const TRUE_POSITIVE = 2;
const PREDICTED_POSITIVE = 3;
const ACTUAL_POSITIVE = 4;
const LOG_LOSS = 5;

const EPSILON = 2.220446049250313e-16;
const byClassification = new WeakMap<ClassificationData, SharedSums>();
const byRegression = new WeakMap<RegressionData, SharedSums>();

function classificationSums(data: ClassificationData): SharedSums {
  const cached = byClassification.get(data);
  if (cached) return cached;
  const n = data.label.length;
  const correct = new Uint8Array(n);
  const truePositive = new Uint8Array(n);
  const predictedPositive = new Uint8Array(n);
  const actualPositive = new Uint8Array(n);
  // Terms stay 0 where a metric does not apply (multiclass, no probabilities): it is never finished then.
  const logLoss = new Float64Array(n);
  const { positive, score } = data;
  const probabilities = score !== null && positive !== null && score.every((p) => p >= 0 && p <= 1);
  for (let i = 0; i < n; i++) {
    correct[i] = data.label[i] === data.prediction[i] ? 1 : 0;
    if (positive === null) continue;
    predictedPositive[i] = data.prediction[i] === positive ? 1 : 0;
    actualPositive[i] = data.label[i] === positive ? 1 : 0;
    truePositive[i] = predictedPositive[i] & actualPositive[i];
    if (probabilities) {
      const p = Math.min(Math.max((score as Float64Array)[i], EPSILON), 1 - EPSILON);
      logLoss[i] = -(actualPositive[i] === 1 ? Math.log(p) : Math.log(1 - p));
    }
  }
  const shared: SharedSums = {
    sums(weights) {
      let total = 0, correctSum = 0, tp = 0, predicted = 0, actual = 0, loss = 0;
      for (let i = 0; i < n; i++) {
        const w = weights[i];
        total += w;
        correctSum += w * correct[i];
        tp += w * truePositive[i];
        predicted += w * predictedPositive[i];
        actual += w * actualPositive[i];
        loss += w * logLoss[i];
      }
      return Float64Array.of(total, correctSum, tp, predicted, actual, loss);
    },
  };
  byClassification.set(data, shared);
  return shared;
}

// scikit-learn's zero_division default: a ratio with an empty denominator counts as 0.
const ratio = (numerator: number, denominator: number): number => (denominator === 0 ? 0 : numerator / denominator);
const mean = (sum: number, total: number): number => (total === 0 ? Number.NaN : sum / total);

const CLASSIFICATION_FINISH: Record<string, (s: Float64Array) => number> = {
  accuracy: (s) => mean(s[CORRECT], s[TOTAL]),
  precision: (s) => ratio(s[TRUE_POSITIVE], s[PREDICTED_POSITIVE]),
  recall: (s) => ratio(s[TRUE_POSITIVE], s[ACTUAL_POSITIVE]),
  // 2TP / (2TP + FP + FN), and 2TP + FP + FN = predicted positives + actual positives.
  f1: (s) => ratio(2 * s[TRUE_POSITIVE], s[PREDICTED_POSITIVE] + s[ACTUAL_POSITIVE]),
  log_loss: (s) => mean(s[LOG_LOSS], s[TOTAL]),
};

/** accuracy (any task); precision, recall, f1 (binary); log_loss (binary, probabilities). Callers check applicability. */
export function sharedClassificationMetric(data: ClassificationData, name: 'accuracy' | 'precision' | 'recall' | 'f1' | 'log_loss'): SharedMetric {
  return { shared: classificationSums(data), finish: CLASSIFICATION_FINISH[name] };
}

function regressionSums(data: RegressionData): SharedSums {
  const cached = byRegression.get(data);
  if (cached) return cached;
  const n = data.label.length;
  const absolute = Float64Array.from(data.label, (y, i) => Math.abs(y - data.prediction[i]));
  const squared = Float64Array.from(data.label, (y, i) => (y - data.prediction[i]) * (y - data.prediction[i]));
  const shared: SharedSums = {
    sums(weights) {
      let total = 0, absoluteSum = 0, squaredSum = 0;
      for (let i = 0; i < n; i++) {
        const w = weights[i];
        total += w;
        absoluteSum += w * absolute[i];
        squaredSum += w * squared[i];
      }
      return Float64Array.of(total, absoluteSum, squaredSum);
    },
  };
  byRegression.set(data, shared);
  return shared;
}

const REGRESSION_FINISH: Record<string, (s: Float64Array) => number> = {
  mae: (s) => mean(s[1], s[0]),
  mse: (s) => mean(s[2], s[0]),
  rmse: (s) => Math.sqrt(mean(s[2], s[0])),
};

export function sharedRegressionMetric(data: RegressionData, name: 'mae' | 'mse' | 'rmse'): SharedMetric {
  return { shared: regressionSums(data), finish: REGRESSION_FINISH[name] };
}
