// One merge walk over two sorted samples for everything `robust` needs from their pooled order:
// the KS statistic and the Wasserstein distance (from the two ECDFs), both sides' midranks' mean
// and standard deviation (Welch on ranks), and their absolute deviations from each side's median
// rank (Brown–Forsythe on ranks). KS D and the Wasserstein distance are the same operations in
// the same order as ksStatistic and wassersteinDistance, bit for bit. It avoids walking 1.5M
// values four times and allocating two rank arrays per column. Measured: bench/robust-entry.ts.
//
// With every weight 1 (an exact sample) the ranks are not even stored: each tie group's midrank
// updates running sums once, from which the moments and the deviations follow, where a running
// mean took one update per value and the deviations a second walk over 12 MB of ranks
// (bench/README, "Issue 13, December 5, second session"). With weights, the ranks go to scratch
// buffers reused across columns, summed by the same steps as sampleMoments and
// medianDeviations, bit for bit.

import type { WeightedSample } from '../profile/types.js';
import { weightSum } from './sample.js';
import { medianDeviations, type Deviations } from './locationScale.js';
import { twoRuns } from './runs.js';

export interface Moments { mean: number; std: number }

export interface PooledScan {
  ks: number;
  wasserstein: number;
  /** sampleMoments of each side's midranks in the pooled sample (pooledRanks). */
  rankMoments: { a: Moments; b: Moments };
  /** medianDeviations of each side's midranks. */
  rankDeviations: { a: Deviations; b: Deviations };
}

let scratchA: Float64Array = new Float64Array(0);
let scratchB: Float64Array = new Float64Array(0);

function scratch(buffer: Float64Array, length: number): Float64Array {
  return buffer.length >= length ? buffer : new Float64Array(Math.max(length, 2 * buffer.length));
}

export function pooledScan(a: WeightedSample, b: WeightedSample): PooledScan {
  // Unit weights are not read (an exact sample makes them only when asked: src/profile/exact.ts).
  if (a.unitWeights === true && b.unitWeights === true) {
    return a.runs || b.runs ? unitScanRuns(...twoRuns(a), ...twoRuns(b)) : unitScan(a.values, b.values);
  }
  const va = a.values;
  const vb = b.values;
  const wa = a.weights;
  const wb = b.weights;
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
  const ranksA: WeightedSample = { values: rankA.subarray(0, na), weights: wa, total: a.total, exact: a.exact };
  const ranksB: WeightedSample = { values: rankB.subarray(0, nb), weights: wb, total: b.total, exact: b.exact };
  return {
    ks: Math.min(1, largest),
    wasserstein: distance,
    rankMoments: { a: finish(meanA, squaresA, a.total), b: finish(meanB, squaresB, b.total) },
    rankDeviations: { a: medianDeviations(ranksA), b: medianDeviations(ranksB) },
  };
}

/**
 * pooledScan with every weight 1. KS D and the Wasserstein distance as above (a tie group's
 * weights are counted, sums of 1s being exact), the ranks per tie group (RankSums).
 */
function unitScan(va: Float64Array, vb: Float64Array): PooledScan {
  const walk = new TieGroupWalk(va.length, vb.length);
  let i = 0;
  let j = 0;
  while (i < va.length || j < vb.length) {
    const value = j >= vb.length || (i < va.length && va[i] <= vb[j]) ? va[i] : vb[j];
    // The runs of equal values are walked in a function of their own (see runEnd).
    const endA = runEnd(va, i, value);
    const endB = runEnd(vb, j, value);
    walk.group(value, endA - i, endB - j);
    i = endA;
    j = endB;
  }
  return walk.result();
}

/**
 * unitScan over sides of up to two sorted runs each (src/stats/runs.ts), walked as their merges
 * would be: the same tie groups in the same order, so the same numbers to the bit. Each side's
 * runs are merged a cache-sized piece at a time (MergedPieces), never into a column-sized array:
 * a file's parts are compared without the merge that wrote fresh memory (bench/README, "Issue 13,
 * December 5, fourth session").
 */
function unitScanRuns(a1: Float64Array, a2: Float64Array, b1: Float64Array, b2: Float64Array): PooledScan {
  const walk = new TieGroupWalk(a1.length + a2.length, b1.length + b2.length);
  const piecesA = new MergedPieces(a1, a2);
  const piecesB = new MergedPieces(b1, b2);
  // Indices in each side's piece (which holds whole tie groups).
  let endA = piecesA.fill();
  let endB = piecesB.fill();
  let va = piecesA.values;
  let vb = piecesB.values;
  let ia = 0;
  let ib = 0;
  while (ia < endA || ib < endB) {
    const value = ib >= endB || (ia < endA && va[ia] <= vb[ib]) ? va[ia] : vb[ib];
    const toA = runEndBefore(va, ia, endA, value);
    const toB = runEndBefore(vb, ib, endB, value);
    walk.group(value, toA - ia, toB - ib);
    ia = toA;
    ib = toB;
    if (ia === endA) {
      endA = piecesA.fill();
      va = piecesA.values;
      ia = 0;
    }
    if (ib === endB) {
      endB = piecesB.fill();
      vb = piecesB.values;
      ib = 0;
    }
  }
  return walk.result();
}

/**
 * What both unit-weight walks keep, a tie group at a time in pooled order: the two ECDFs' largest
 * gap (KS D), the area between them (Wasserstein), and each side's midranks (RankSums).
 */
class TieGroupWalk {
  private readonly sumsA: RankSums;
  private readonly sumsB: RankSums;
  private largest = 0;
  private distance = 0;
  private previous = Number.NaN;
  private gap = 0;
  private below = 0;
  /** Values of each side walked so far. */
  private i = 0;
  private j = 0;

  constructor(private readonly na: number, private readonly nb: number) {
    const center = (na + nb + 1) / 2;
    this.sumsA = new RankSums(na, center);
    this.sumsB = new RankSums(nb, center);
  }

  /** The next tie group: `value`, held `countA` times by side a and `countB` by side b. */
  group(value: number, countA: number, countB: number): void {
    const weight = countA + countB;
    const midrank = this.below + (weight + 1) / 2;
    this.below += weight;
    if (countA > 0) this.sumsA.add(this.i, this.i + countA, midrank);
    if (countB > 0) this.sumsB.add(this.j, this.j + countB, midrank);
    this.i += countA;
    this.j += countB;
    const cdfGap = Math.abs(this.i / this.na - this.j / this.nb);
    if (cdfGap > this.largest) this.largest = cdfGap;
    if (!Number.isNaN(this.previous)) this.distance += this.gap * (value - this.previous);
    this.gap = cdfGap;
    this.previous = value;
  }

  result(): PooledScan {
    return {
      ks: Math.min(1, this.largest),
      wasserstein: this.distance,
      rankMoments: { a: this.sumsA.moments(), b: this.sumsB.moments() },
      rankDeviations: { a: this.sumsA.deviations(), b: this.sumsB.deviations() },
    };
  }
}

/** Values a piece: small enough for the core's cache, big enough that refills are rare. */
const PIECE = 4096;

/**
 * The merge of two sorted runs, a piece at a time (x's first among equal values, as mergeSorted
 * takes them), each piece ending where a tie group does, so a walk finds whole groups in it.
 */
class MergedPieces {
  values = new Float64Array(PIECE);
  private i = 0;
  private j = 0;

  constructor(private readonly x: Float64Array, private readonly y: Float64Array) {}

  /** The next piece into `values`; its length (0 at the end). */
  fill(): number {
    const { x, y } = this;
    const nx = x.length;
    const ny = y.length;
    const values = this.values;
    let i = this.i;
    let j = this.j;
    let k = 0;
    while (k < PIECE && i < nx && j < ny) values[k++] = y[j] < x[i] ? y[j++] : x[i++];
    while (k < PIECE && i < nx) values[k++] = x[i++];
    while (k < PIECE && j < ny) values[k++] = y[j++];
    // The rest of the last tie group (a long one grows the piece: a column of counts or ages).
    if (k > 0) {
      const last = values[k - 1];
      while ((i < nx && x[i] === last) || (j < ny && y[j] === last)) {
        if (k === this.values.length) {
          const grown = new Float64Array(2 * k);
          grown.set(this.values);
          this.values = grown;
        }
        this.values[k++] = i < nx && x[i] === last ? x[i++] : y[j++];
      }
    }
    this.i = i;
    this.j = j;
    return k;
  }
}

/** runEnd within values[from, to). */
function runEndBefore(values: Float64Array, from: number, to: number, value: number): number {
  let end = from;
  while (end < to && values[end] === value) end++;
  return end;
}

/**
 * One side's midranks (ascending with the side's index), taken a tie group at a time: their mean
 * and sum of squared deviations merged per group (Chan et al.; a group's own is 0, so a side of
 * one group has exactly none), and their sums below and above the side's lower median index
 * (centred on the pooled mean rank, so they stay small), where |r − median| has a known sign.
 * A class, so its doubles update in place.
 */
class RankSums {
  /** Index of the lower of the two middle values, as linearQuantile(·, 0.5) reads them. */
  private readonly low: number;
  private seen = 0;
  private mean = 0;
  private squares = 0;
  private lower = 0;
  private upper = 0;
  /** The midranks at `low` and `low + 1`. */
  private atLow = 0;
  private atHigh = 0;

  constructor(private readonly n: number, private readonly center: number) {
    this.low = Math.floor((n - 1) / 2);
  }

  /** Indices [from, to) of the side, every one at `midrank`. */
  add(from: number, to: number, midrank: number): void {
    const count = to - from;
    const seen = this.seen + count;
    const delta = midrank - this.mean;
    const share = count / seen;
    this.mean += delta * share;
    this.squares += delta * delta * this.seen * share;
    this.seen = seen;
    const low = this.low;
    const lower = from > low ? 0 : Math.min(to, low + 1) - from;
    const d = midrank - this.center;
    this.lower += lower * d;
    this.upper += (count - lower) * d;
    if (from <= low && low < to) this.atLow = midrank;
    if (from <= low + 1 && low + 1 < to) this.atHigh = midrank;
  }

  /** sampleMoments of the ranks. */
  moments(): Moments {
    return finish(this.mean, this.squares, this.n);
  }

  /** medianDeviations of the ranks: |r − median| is median − r up to `low`, r − median after it. */
  deviations(): Deviations {
    const n = this.n;
    if (n === 0) return { mean: 0, sumSquares: 0 };
    const gamma = (n - 1) / 2 - this.low;
    // linearQuantile's interpolation (gamma is 0 or ½), to the bit.
    const median = n === 1 || gamma < 0.5 ? this.atLow : this.atHigh - (this.atHigh - this.atLow) * (1 - gamma);
    const m = median - this.center;
    const absolute = m * (this.low + 1) - this.lower + (this.upper - m * (n - this.low - 1));
    const mean = absolute / n;
    // Σ (r − median)² = Σ (r − mean)² + n (mean − median)².
    const squares = this.squares + n * (this.mean - median) ** 2;
    return { mean, sumSquares: Math.max(0, squares - n * mean * mean) };
  }
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

/** sampleMoments' result from its running sums. */
function finish(mean: number, sumSquares: number, total: number): Moments {
  if (total <= 0) return { mean: 0, std: 0 };
  return { mean, std: total > 1 ? Math.sqrt(Math.max(0, sumSquares) / (total - 1)) : 0 };
}
