// Both samples replaced by their midranks in the pooled sample (ties share the average rank, as
// scipy.stats.rankdata(method='average')): location and spread tests on ranks are not moved by
// one huge value the way tests on raw money or counts are (Conover & Iman's rank transform).

import type { WeightedSample } from '../profile/types.js';

export function pooledRanks(a: WeightedSample, b: WeightedSample): { a: WeightedSample; b: WeightedSample } {
  const rankA = new Float64Array(a.values.length);
  const rankB = new Float64Array(b.values.length);
  let i = 0;
  let j = 0;
  let below = 0;
  while (i < a.values.length || j < b.values.length) {
    const value = j >= b.values.length || (i < a.values.length && a.values[i] <= b.values[j]) ? a.values[i] : b.values[j];
    // Every item equal to `value` on both sides shares one midrank.
    let weight = 0;
    let endA = i;
    let endB = j;
    while (endA < a.values.length && a.values[endA] === value) weight += a.weights[endA++];
    while (endB < b.values.length && b.values[endB] === value) weight += b.weights[endB++];
    const midrank = below + (weight + 1) / 2;
    rankA.fill(midrank, i, endA);
    rankB.fill(midrank, j, endB);
    below += weight;
    i = endA;
    j = endB;
  }
  return {
    a: { values: rankA, weights: a.weights, total: a.total, exact: a.exact },
    b: { values: rankB, weights: b.weights, total: b.total, exact: b.exact },
  };
}
