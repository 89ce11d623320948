// Regression metrics as scikit-learn defines them, with per-example weights (see classification.ts).

import type { Weights } from './classification.js';

export interface RegressionData {
  label: Float64Array;
  prediction: Float64Array;
}

const weightOf = (weights: Weights, i: number): number => (weights === null ? 1 : weights[i]);

function weightedMean(data: RegressionData, weights: Weights, term: (label: number, prediction: number) => number): number {
  let sum = 0;
  let total = 0;
  for (let i = 0; i < data.label.length; i++) {
    const w = weightOf(weights, i);
    if (w === 0) continue;
    sum += w * term(data.label[i], data.prediction[i]);
    total += w;
  }
  return total === 0 ? Number.NaN : sum / total;
}

export const mae = (data: RegressionData, weights: Weights = null): number =>
  weightedMean(data, weights, (y, p) => Math.abs(y - p));

export const mse = (data: RegressionData, weights: Weights = null): number =>
  weightedMean(data, weights, (y, p) => (y - p) * (y - p));

export const rmse = (data: RegressionData, weights: Weights = null): number => Math.sqrt(mse(data, weights));

/**
 * Coefficient of determination, 1 − SS_res / SS_tot. A constant label gives 1 for a perfect
 * prediction and 0 otherwise, as scikit-learn's force_finite default does.
 */
export function r2(data: RegressionData, weights: Weights = null): number {
  const labelMean = weightedMean(data, weights, (y) => y);
  if (Number.isNaN(labelMean)) return Number.NaN;
  let residual = 0;
  let totalSquares = 0;
  for (let i = 0; i < data.label.length; i++) {
    const w = weightOf(weights, i);
    if (w === 0) continue;
    const error = data.label[i] - data.prediction[i];
    const spread = data.label[i] - labelMean;
    residual += w * error * error;
    totalSquares += w * spread * spread;
  }
  if (totalSquares === 0) return residual === 0 ? 1 : 0;
  return 1 - residual / totalSquares;
}
