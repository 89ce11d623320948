// Classification metrics as scikit-learn defines them, computed with per-example weights so
// that a bootstrap resample is a vector of counts rather than a copied array.

/** Labels and predictions encoded once; every metric and every resample reuses them. */
export interface ClassificationData {
  /** Class names, sorted; indexes below point into this list. */
  classes: string[];
  label: Int32Array;
  prediction: Int32Array;
  /** Index of the positive class for binary metrics; null when the task is multiclass (macro averages). */
  positive: number | null;
  /** Score or probability of the positive class, when the file has one. */
  score: Float64Array | null;
}

export type Weights = ArrayLike<number> | null;

const weightOf = (weights: Weights, i: number): number => (weights === null ? 1 : weights[i]);

/** Share of examples whose prediction equals the label. */
export function accuracy(data: ClassificationData, weights: Weights = null): number {
  let correct = 0;
  let total = 0;
  for (let i = 0; i < data.label.length; i++) {
    const w = weightOf(weights, i);
    total += w;
    if (data.label[i] === data.prediction[i]) correct += w;
  }
  return total === 0 ? Number.NaN : correct / total;
}

interface ClassCounts { tp: number; fp: number; fn: number; present: boolean }

/** Per class true positives, false positives and false negatives; `present` when the class occurs as a label or a prediction. */
function classCounts(data: ClassificationData, weights: Weights): ClassCounts[] {
  const counts = data.classes.map(() => ({ tp: 0, fp: 0, fn: 0, present: false }));
  for (let i = 0; i < data.label.length; i++) {
    const w = weightOf(weights, i);
    if (w === 0) continue;
    const label = counts[data.label[i]];
    const prediction = counts[data.prediction[i]];
    label.present = true;
    prediction.present = true;
    if (label === prediction) label.tp += w;
    else {
      label.fn += w;
      prediction.fp += w;
    }
  }
  return counts;
}

// scikit-learn's zero_division default: a ratio with an empty denominator counts as 0.
const ratio = (numerator: number, denominator: number): number => (denominator === 0 ? 0 : numerator / denominator);

type PerClass = (counts: ClassCounts) => number;
const classPrecision: PerClass = (c) => ratio(c.tp, c.tp + c.fp);
const classRecall: PerClass = (c) => ratio(c.tp, c.tp + c.fn);
const classF1: PerClass = (c) => ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn);

/** Binary: the positive class's value; multiclass: the unweighted mean over classes present (average="macro"). */
function averaged(data: ClassificationData, weights: Weights, perClass: PerClass): number {
  const counts = classCounts(data, weights);
  if (data.positive !== null) return perClass(counts[data.positive]);
  const present = counts.filter((c) => c.present);
  if (present.length === 0) return Number.NaN;
  return present.reduce((sum, c) => sum + perClass(c), 0) / present.length;
}

export const precision = (data: ClassificationData, weights: Weights = null): number => averaged(data, weights, classPrecision);
export const recall = (data: ClassificationData, weights: Weights = null): number => averaged(data, weights, classRecall);
export const f1 = (data: ClassificationData, weights: Weights = null): number => averaged(data, weights, classF1);

/** Example indexes ordered by score, computed once per dataset for rocAuc. */
export function scoreOrder(score: Float64Array): Uint32Array {
  const order = new Uint32Array(score.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((a, b) => score[a] - score[b]);
}

/**
 * Area under the ROC curve: the probability that a positive outranks a negative, ties counting
 * one half (the Mann–Whitney form, equal to scikit-learn's trapezoidal area). One pass over the
 * precomputed score order, so a resample costs O(n). NaN when one class is absent.
 */
export function rocAuc(data: ClassificationData, order: Uint32Array, weights: Weights = null): number {
  const { score, positive, label } = data;
  if (score === null || positive === null) return Number.NaN;
  let negativesBelow = 0;
  let pairs = 0;
  let positives = 0;
  let i = 0;
  while (i < order.length) {
    // One group of tied scores: its positives beat the negatives below and tie with its own.
    let groupPositives = 0;
    let groupNegatives = 0;
    const value = score[order[i]];
    for (; i < order.length && score[order[i]] === value; i++) {
      const index = order[i];
      const w = weightOf(weights, index);
      if (label[index] === positive) groupPositives += w;
      else groupNegatives += w;
    }
    pairs += groupPositives * (negativesBelow + groupNegatives / 2);
    negativesBelow += groupNegatives;
    positives += groupPositives;
  }
  const negatives = negativesBelow;
  return positives === 0 || negatives === 0 ? Number.NaN : pairs / (positives * negatives);
}

/** scikit-learn clips probabilities to [eps, 1 − eps] with eps the float64 machine epsilon. */
const EPSILON = 2.220446049250313e-16;

/** Mean negative log-likelihood of the labels under the positive-class probabilities (natural log). */
export function logLoss(data: ClassificationData, weights: Weights = null): number {
  const { score, positive, label } = data;
  if (score === null || positive === null) return Number.NaN;
  let loss = 0;
  let total = 0;
  for (let i = 0; i < label.length; i++) {
    const w = weightOf(weights, i);
    if (w === 0) continue;
    const p = Math.min(Math.max(score[i], EPSILON), 1 - EPSILON);
    loss -= w * (label[i] === positive ? Math.log(p) : Math.log(1 - p));
    total += w;
  }
  return total === 0 ? Number.NaN : loss / total;
}
