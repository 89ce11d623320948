// Fast forms of the metrics for resampling: per-example terms are computed once, so one
// resample costs one weighted sum instead of logs, comparisons and lookups per example.
// Each must equal its plain form in classification.ts / regression.ts (tested with random weights).

import type { ClassificationData } from './classification.js';
import type { RegressionData } from './regression.js';

export type Resampled = (weights: ArrayLike<number>) => number;

/** Σ wᵢ·termᵢ / Σ wᵢ. */
export function weightedMean(terms: Float64Array): Resampled {
  return (weights) => {
    let sum = 0;
    let total = 0;
    for (let i = 0; i < terms.length; i++) {
      sum += weights[i] * terms[i];
      total += weights[i];
    }
    return total === 0 ? Number.NaN : sum / total;
  };
}

export const correctTerms = (data: ClassificationData): Float64Array =>
  Float64Array.from(data.label, (label, i) => (label === data.prediction[i] ? 1 : 0));

const EPSILON = 2.220446049250313e-16;
export function logLossTerms(data: ClassificationData): Float64Array {
  const score = data.score as Float64Array;
  return Float64Array.from(data.label, (label, i) => {
    const p = Math.min(Math.max(score[i], EPSILON), 1 - EPSILON);
    return -(label === data.positive ? Math.log(p) : Math.log(1 - p));
  });
}

export const absoluteErrorTerms = (data: RegressionData): Float64Array => Float64Array.from(data.label, (y, i) => Math.abs(y - data.prediction[i]));
export const squaredErrorTerms = (data: RegressionData): Float64Array => Float64Array.from(data.label, (y, i) => (y - data.prediction[i]) * (y - data.prediction[i]));

const TP = 0;
const FP = 1;
const FN = 2;
const TN = 3;

/** Binary precision, recall or F1 from weighted confusion counts; zero_division = 0. */
export function binaryRatio(data: ClassificationData, which: 'precision' | 'recall' | 'f1'): Resampled {
  const positive = data.positive as number;
  const cell = Uint8Array.from(data.label, (label, i) => {
    const predicted = data.prediction[i] === positive;
    if (label === positive) return predicted ? TP : FN;
    return predicted ? FP : TN;
  });
  const counts = new Float64Array(4);
  return (weights) => {
    counts.fill(0);
    for (let i = 0; i < cell.length; i++) counts[cell[i]] += weights[i];
    const [tp, fp, fn] = [counts[TP], counts[FP], counts[FN]];
    const [numerator, denominator] = which === 'precision' ? [tp, tp + fp] : which === 'recall' ? [tp, tp + fn] : [2 * tp, 2 * tp + fp + fn];
    return denominator === 0 ? 0 : numerator / denominator;
  };
}

/** ROC AUC over the precomputed score order, with the labels and tie groups laid out in that order. */
export function rocAucResampled(data: ClassificationData, order: Uint32Array): Resampled {
  const score = data.score as Float64Array;
  const n = order.length;
  const isPositive = Uint8Array.from(order, (index) => (data.label[index] === data.positive ? 1 : 0));
  // groupEnd[k] = 1 when sorted position k is the last of its tie group.
  const groupEnd = Uint8Array.from(order, (index, k) => (k === n - 1 || score[order[k + 1]] !== score[index] ? 1 : 0));
  return (weights) => {
    let negativesBelow = 0;
    let pairs = 0;
    let positives = 0;
    let groupPositives = 0;
    let groupNegatives = 0;
    for (let k = 0; k < n; k++) {
      const w = weights[order[k]];
      if (isPositive[k] === 1) groupPositives += w;
      else groupNegatives += w;
      if (groupEnd[k] === 1) {
        pairs += groupPositives * (negativesBelow + groupNegatives / 2);
        negativesBelow += groupNegatives;
        positives += groupPositives;
        groupPositives = 0;
        groupNegatives = 0;
      }
    }
    return positives === 0 || negativesBelow === 0 ? Number.NaN : pairs / (positives * negativesBelow);
  };
}
