// Binning a weighted sample the way numpy does, so binned statistics match numpy/SciPy exactly.

import type { WeightedSample } from '../profile/types.js';

/** np.linspace(start, stop, count): i·step + start, the last edge set to stop exactly. */
export function linspace(start: number, stop: number, count: number): number[] {
  const step = (stop - start) / (count - 1);
  const edges = Array.from({ length: count }, (_, i) => i * step + start);
  edges[count - 1] = stop;
  return edges;
}

/**
 * numpy.histogram(x, bins, range=(low, high)) with equal bins, weights = the sample's weights:
 * values outside [low, high] are left out, the last bin is closed, a zero-width range is widened
 * by 0.5 each side. Returns the edges and the summed weight per bin.
 */
export function uniformHistogram(sample: WeightedSample, bins: number, low: number, high: number): { edges: number[]; counts: number[] } {
  let first = low;
  let last = high;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  const edges = linspace(first, last, bins + 1);
  const counts = new Array<number>(bins).fill(0);
  const width = last - first;
  const { values, weights } = sample;
  for (let i = 0; i < values.length; i += 1) {
    const x = values[i];
    if (!(x >= first && x <= last)) continue;
    // numpy's fast path: scale, truncate, then correct by comparing with the real edges.
    let index = Math.trunc(((x - first) / width) * bins);
    if (index === bins) index -= 1;
    if (x < edges[index]) index -= 1;
    if (x >= edges[index + 1] && index !== bins - 1) index += 1;
    counts[index] += weights[i];
  }
  return { edges, counts };
}

/**
 * Counts per bin for ascending inner edges e₁ < … < e_k: bins (−∞, e₁), [e₁, e₂), …, [e_k, ∞);
 * a value equal to an edge falls in the bin above it (numpy.searchsorted(edges, x, 'right')).
 */
export function openBinCounts(sample: WeightedSample, edges: readonly number[]): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  let bin = 0;
  const { values, weights } = sample;
  for (let i = 0; i < values.length; i += 1) {
    while (bin < edges.length && values[i] >= edges[bin]) bin += 1;
    counts[bin] += weights[i];
  }
  return counts;
}
