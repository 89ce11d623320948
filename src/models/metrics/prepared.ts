// The fast form of ROC AUC for resampling (the ratio metrics' fast forms are in shared.ts): the
// score order and tie groups are computed once, so a resample costs one pass, no sort.
// It must equal rocAuc in classification.ts (tested with random weights).

import type { ClassificationData } from './classification.js';

export type Resampled = (weights: ArrayLike<number>) => number;

/**
 * ROC AUC over the precomputed score order, with the labels and tie groups laid out in that
 * order: one pass per resample, and no branch per example (a positive/negative branch on
 * shuffled labels mispredicts half the time). The group totals are folded in by multiplying
 * with 0/1 group-end flags instead.
 */
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
      const positive = w * isPositive[k];
      groupPositives += positive;
      groupNegatives += w - positive;
      const end = groupEnd[k];
      pairs += end * groupPositives * (negativesBelow + groupNegatives / 2);
      negativesBelow += end * groupNegatives;
      positives += end * groupPositives;
      groupPositives -= end * groupPositives;
      groupNegatives -= end * groupNegatives;
    }
    return positives === 0 || negativesBelow === 0 ? Number.NaN : pairs / (positives * negativesBelow);
  };
}
