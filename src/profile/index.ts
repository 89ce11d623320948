// The profile stage's public face: profile files or batches, merge profiles, read them back,
// and hand the drift code the numeric sample and category counts a column's state holds.

import path from 'node:path';
import { readBatches } from '../readers/index.js';
import type { ReadIssue, ReadOptions } from '../readers/types.js';
import { CategoryCounter } from './categories.js';
import { NumericSample } from './sample.js';
import type { ColumnState } from './state.js';
import { Profiler } from './profiler.js';
import type { CategoryCounts, ColumnProfile, Profile, WeightedSample } from './types.js';

export { Profiler, mergeProfiles } from './profiler.js';
export type { ProfilerOptions } from './profiler.js';
export { isProfileFile, loadProfile } from './load.js';
export { EXACT_VALUES, KLL_K } from './sample.js';
export { EXACT_CATEGORIES, KEPT_CATEGORIES } from './categories.js';
export type { CategoryCounts, ColumnProfile, ColumnType, Profile, WeightedSample } from './types.js';

/** Profiles the rows of `files` (one dataset) in one streaming pass. */
export async function profileFiles(files: string[], options: ReadOptions, onIssue: (issue: ReadIssue) => void): Promise<Profile> {
  const profiler = new Profiler({ nullValues: options.nullValues });
  for await (const batch of readBatches(files, options, onIssue)) profiler.add(batch);
  const profile = profiler.finish();
  profile.source = files.map((file) => path.relative(process.cwd(), file) || file);
  return profile;
}

function stateOf(column: ColumnProfile): ColumnState | undefined {
  return column.state as ColumnState | undefined;
}

/** Sorted non-null values of a numeric column: exact under the budget, KLL items beyond it. */
export function numericSample(column: ColumnProfile): WeightedSample | undefined {
  const state = stateOf(column);
  if ((column.type !== 'integer' && column.type !== 'number') || !state?.sample) return undefined;
  return NumericSample.fromState(state.sample).weighted();
}

/** Counts per text value: exact under the budget, heavy hitters plus `other` beyond it. */
export function categoryCounts(column: ColumnProfile): CategoryCounts | undefined {
  const state = stateOf(column);
  if (!state) return undefined;
  return CategoryCounter.fromState(state.categories).snapshot();
}
