// From a column's state to the readable fields of its profile: type, moments, quantiles,
// histogram, top values. Pure; the same for a fresh profile and a merged one.

import { CategoryCounter } from './categories.js';
import { temporalReading } from './dates.js';
import { sampleStd } from './moments.js';
import { NumericSample } from './sample.js';
import type { ColumnState } from './state.js';
import type { ColumnProfile, ColumnType, QuantileKey, WeightedSample } from './types.js';
import { KIND_BOOLEAN, KIND_DATE, KIND_INTEGER, KIND_NUMBER, KIND_STRING, KIND_TIMESTAMP } from './values.js';

const QUANTILES: [QuantileKey, number][] = [['p01', 0.01], ['p05', 0.05], ['p25', 0.25], ['p50', 0.5], ['p75', 0.75], ['p95', 0.95], ['p99', 0.99]];
const HISTOGRAM_BINS = 20;
const TOP_VALUES = 10;

/** The narrowest type all values read as, and for string columns the best other type and its share. */
export function resolveType(kinds: ArrayLike<number>): { type: ColumnType; parsed?: { type: ColumnType; share: number } } {
  const numeric = kinds[KIND_INTEGER] + kinds[KIND_NUMBER];
  const temporal = kinds[KIND_DATE] + kinds[KIND_TIMESTAMP];
  const boolean = kinds[KIND_BOOLEAN];
  const total = numeric + temporal + boolean + kinds[KIND_STRING];
  const families: [number, ColumnType][] = [
    [numeric, kinds[KIND_NUMBER] > 0 ? 'number' : 'integer'],
    [temporal, kinds[KIND_TIMESTAMP] > 0 ? 'timestamp' : 'date'],
    [boolean, 'boolean'],
  ];
  for (const [count, type] of families) if (count > 0 && count === total) return { type };
  let best: [number, ColumnType] | undefined;
  for (const family of families) if (family[0] > 0 && (!best || family[0] > best[0])) best = family;
  return best ? { type: 'string', parsed: { type: best[1], share: best[0] / total } } : { type: 'string' };
}

/**
 * Quantile q of a weighted sample, interpolating linearly between order statistics as
 * `numpy.quantile` does (an item of weight w stands for w equal values).
 */
export function weightedQuantile(sample: WeightedSample, q: number): number {
  const { values, weights, total } = sample;
  const rank = q * (total - 1);
  const lower = Math.floor(rank);
  const fraction = rank - lower;
  let cumulative = 0;
  for (let i = 0; i < values.length; i++) {
    cumulative += weights[i];
    if (cumulative > lower) {
      // The order statistic after `lower` is this item again or the next one.
      const next = cumulative > lower + 1 || i + 1 === values.length ? values[i] : values[i + 1];
      return values[i] + fraction * (next - values[i]);
    }
  }
  return values[values.length - 1];
}

/** Equal-width bins over [min, max]; the last bin is closed, as in `numpy.histogram`. */
export function histogram(sample: WeightedSample, min: number, max: number, bins = HISTOGRAM_BINS): { edges: number[]; counts: number[] } {
  if (min === max) return { edges: [min, max], counts: [sample.total] };
  const width = (max - min) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? max : min + i * width));
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < sample.values.length; i++) {
    const bin = Math.min(bins - 1, Math.max(0, Math.floor((sample.values[i] - min) / width)));
    counts[bin] += sample.weights[i];
  }
  return { edges, counts };
}

function isoTime(time: number, type: ColumnType): string {
  const iso = new Date(time).toISOString();
  return type === 'date' ? iso.slice(0, 10) : iso;
}

export function summarise(name: string, state: ColumnState): ColumnProfile {
  const resolved = resolveType(state.kinds);
  // Dates in formats other than ISO 8601, and epoch times in columns named for them.
  const temporal = temporalReading(name, state, resolved);
  const type = state.nested?.type ?? temporal.resolved.type;
  const parsed = state.nested ? undefined : temporal.resolved.parsed;
  const categories = CategoryCounter.fromState(state.categories);
  const profile: ColumnProfile = { name, type, count: state.count, nulls: state.nulls, distinct: categories.distinct };
  const numeric = state.numeric;
  if ((type === 'integer' || type === 'number') && numeric && state.sample) {
    const sample = NumericSample.fromState(state.sample).weighted();
    profile.min = numeric.min;
    profile.max = numeric.max;
    profile.mean = numeric.mean;
    const std = sampleStd(numeric);
    if (std !== undefined) profile.std = std;
    profile.quantiles = Object.fromEntries(QUANTILES.map(([key, q]) => [key, weightedQuantile(sample, q)])) as Record<QuantileKey, number>;
    profile.histogram = histogram(sample, numeric.min, numeric.max);
  }
  const range = temporal.reading ?? state.time;
  if ((type === 'date' || type === 'timestamp') && range) {
    profile.min = isoTime(range.min, type);
    profile.max = isoTime(range.max, type);
  }
  if (temporal.format) profile.format = temporal.format;
  if (temporal.reading?.ambiguous) profile.ambiguousFormat = temporal.reading.ambiguous;
  profile.top = categories.sorted().slice(0, TOP_VALUES).map(({ text, count }) => ({ value: text, count }));
  if (parsed) profile.parsed = parsed;
  if (state.format && !temporal.format) profile.format = state.format;
  if (state.nested) {
    // Values of a list, struct or map are not counted one by one: no distinct count, no top values.
    delete profile.distinct;
    delete profile.top;
    if (state.nested.lengths.n > 0) {
      const { min, max, sum, n } = state.nested.lengths;
      profile.length = { min, max, mean: sum / n };
    }
  }
  if (state.minLength !== undefined) profile.minLength = state.minLength;
  if (state.maxLength !== undefined) profile.maxLength = state.maxLength;
  profile.state = state;
  return profile;
}
