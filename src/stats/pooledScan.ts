// One merge walk over two sorted samples for everything `robust` needs from their pooled order:
// the KS statistic and the Wasserstein distance (from the two ECDFs), and both sides' midranks
// with their running mean and variance (Welch on ranks). The same operations in the same order as
// ksStatistic, wassersteinDistance, pooledRanks and sampleMoments, so every number is bit-identical
// to running them one by one; it only avoids walking 1.5M values four times and allocating two
// rank arrays per column (the ranks go to scratch buffers reused across columns, read once more by
// Brown–Forsythe). Measured: bench/robust-entry.ts.

import type { WeightedSample } from '../profile/types.js';
import { weightSum } from './sample.js';

export interface Moments { mean: number; std: number }

export interface PooledScan {
  ks: number;
  wasserstein: number;
  /** Midranks of each side in the pooled sample, as pooledRanks; valid until the next scan. */
  ranks: { a: WeightedSample; b: WeightedSample };
  /** sampleMoments of each side's ranks. */
  rankMoments: { a: Moments; b: Moments };
}

let scratchA: Float64Array = new Float64Array(0);
let scratchB: Float64Array = new Float64Array(0);

function scratch(buffer: Float64Array, length: number): Float64Array {
  return buffer.length >= length ? buffer : new Float64Array(Math.max(length, 2 * buffer.length));
}

export function pooledScan(a: WeightedSample, b: WeightedSample): PooledScan {
  const va = a.values;
  const vb = b.values;
  const unit = a.unitWeights === true && b.unitWeights === true;
  // Unit weights are not read (an exact sample makes them only when asked: src/profile/exact.ts).
  const wa = unit ? EMPTY : a.weights;
  const wb = unit ? EMPTY : b.weights;
  const na = va.length;
  const nb = vb.length;
  scratchA = scratch(scratchA, na);
  scratchB = scratch(scratchB, nb);
  const rankA = scratchA;
  const rankB = scratchB;
  const totalA = weightSum(a);
  const totalB = weightSum(b);
  let cumulativeA = 0;
  let cumulativeB = 0;
  let largest = 0;
  let distance = 0;
  let previous = Number.NaN;
  let gap = 0;
  let below = 0;
  // Welford on each side's ranks, in each side's order (sampleMoments).
  let meanA = 0;
  let seenA = 0;
  let squaresA = 0;
  let meanB = 0;
  let seenB = 0;
  let squaresB = 0;
  let i = 0;
  let j = 0;
  const momentsA = new RankMoments();
  const momentsB = new RankMoments();
  while (unit && (i < na || j < nb)) {
    // The loop below with every weight 1: a tie group's weights are counted (sums of 1s are
    // exact), w / seen is 1 / seen and w · delta is delta, so every number is the same. The runs
    // of equal values are walked in functions of their own (see runEnd).
    const value = j >= nb || (i < na && va[i] <= vb[j]) ? va[i] : vb[j];
    const endA = runEnd(va, i, value);
    const endB = runEnd(vb, j, value);
    cumulativeA += endA - i;
    cumulativeB += endB - j;
    const weight = endA - i + (endB - j);
    const midrank = below + (weight + 1) / 2;
    below += weight;
    if (endA > i) rankRun(rankA, i, endA, midrank, momentsA);
    if (endB > j) rankRun(rankB, j, endB, midrank, momentsB);
    i = endA;
    j = endB;
    const cdfGap = Math.abs(cumulativeA / totalA - cumulativeB / totalB);
    if (cdfGap > largest) largest = cdfGap;
    if (!Number.isNaN(previous)) distance += gap * (value - previous);
    gap = cdfGap;
    previous = value;
  }
  if (unit) {
    meanA = momentsA.mean;
    squaresA = momentsA.squares;
    meanB = momentsB.mean;
    squaresB = momentsB.squares;
  }
  while (i < na || j < nb) {
    const value = j >= nb || (i < na && va[i] <= vb[j]) ? va[i] : vb[j];
    // The tie group: every item equal to `value` on both sides.
    let weight = 0;
    let endA = i;
    let endB = j;
    while (endA < na && va[endA] === value) {
      cumulativeA += wa[endA];
      weight += wa[endA++];
    }
    while (endB < nb && vb[endB] === value) {
      cumulativeB += wb[endB];
      weight += wb[endB++];
    }
    const midrank = below + (weight + 1) / 2;
    below += weight;
    for (let k = i; k < endA; k += 1) {
      rankA[k] = midrank;
      const w = wa[k];
      seenA += w;
      const delta = midrank - meanA;
      meanA += (w / seenA) * delta;
      squaresA += w * delta * (midrank - meanA);
    }
    for (let k = j; k < endB; k += 1) {
      rankB[k] = midrank;
      const w = wb[k];
      seenB += w;
      const delta = midrank - meanB;
      meanB += (w / seenB) * delta;
      squaresB += w * delta * (midrank - meanB);
    }
    i = endA;
    j = endB;
    // KS and Wasserstein on the ECDFs just after `value` (walkPooledCdfs).
    const cdfGap = Math.abs(cumulativeA / totalA - cumulativeB / totalB);
    if (cdfGap > largest) largest = cdfGap;
    if (!Number.isNaN(previous)) distance += gap * (value - previous);
    gap = cdfGap;
    previous = value;
  }
  return {
    ks: Math.min(1, largest),
    wasserstein: distance,
    ranks: {
      a: ranksOf(rankA.subarray(0, na), a, unit),
      b: ranksOf(rankB.subarray(0, nb), b, unit),
    },
    rankMoments: { a: finish(meanA, squaresA, a.total), b: finish(meanB, squaresB, b.total) },
  };
}

/** Welford's running mean and sum of squares of one side's ranks: a class, so its doubles update in place. */
class RankMoments {
  mean = 0;
  seen = 0;
  squares = 0;
}

/**
 * The end of the run of `value` from `from` on. The walk's inner loops are functions of their
 * own: inside the walk, V8 compiled a long run's loop on stack, and every exit from it (each tie
 * group of a column of counts or ages) bailed out to the interpreter: 31 times in one check.
 */
function runEnd(values: Float64Array, from: number, value: number): number {
  let end = from;
  while (end < values.length && values[end] === value) end++;
  return end;
}

/** Ranks [from, to) of one side at `midrank`, and their running moments (weights of 1). */
function rankRun(ranks: Float64Array, from: number, to: number, midrank: number, moments: RankMoments): void {
  for (let k = from; k < to; k += 1) {
    ranks[k] = midrank;
    moments.seen += 1;
    const delta = midrank - moments.mean;
    moments.mean += (1 / moments.seen) * delta;
    moments.squares += delta * (midrank - moments.mean);
  }
}

const EMPTY = new Float64Array(0);

/** A side's ranks as a sample with the side's weights (asked of the side only when read, for unit weights). */
function ranksOf(ranks: Float64Array, side: WeightedSample, unit: boolean): WeightedSample {
  if (!unit) return { values: ranks, weights: side.weights, total: side.total, exact: side.exact };
  return {
    values: ranks,
    get weights() {
      return side.weights;
    },
    total: side.total,
    exact: side.exact,
    unitWeights: true,
  };
}

/** sampleMoments' result from its running sums. */
function finish(mean: number, sumSquares: number, total: number): Moments {
  if (total <= 0) return { mean: 0, std: 0 };
  return { mean, std: total > 1 ? Math.sqrt(Math.max(0, sumSquares) / (total - 1)) : 0 };
}
