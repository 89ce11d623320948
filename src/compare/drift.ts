// Drift of every column both profiles share: the configured (or `auto`) method per column,
// thresholds and overrides from the config, optional Benjamini–Hochberg across p-value tests,
// evidence for the reviewer, and the dataset verdict by share of drifted columns.

import picomatch from 'picomatch';
import type { DatasetConfig } from '../config/schema.js';
import { categoryCounts, numericSample } from '../profile/index.js';
import type { ColumnProfile, Profile } from '../profile/types.js';
import type { DatasetReport, DriftColumn } from '../report/types.js';
import { benjaminiHochberg } from '../stats/index.js';
import { categoryEvidence, nullRate, numericEvidence, round, sharedHistogram } from './evidence.js';
import { dateRangeColumn, isTemporal } from './dates.js';
import {
  chooseMethod, defaultThreshold, isPValueMethod, judge, runMethod, type ColumnData, type ConfiguredMethod, type Kind,
} from './methods.js';

export type DriftConfig = Partial<NonNullable<DatasetConfig['drift']>>;
export type DriftResult = NonNullable<DatasetReport['drift']>;

export const DEFAULT_SHARE = 0.5;
import { NOT_COMPARED, isCompared } from '../report/driftColumn.js';
import { percentOf as percent } from '../gates/wording.js';

export { NOT_COMPARED, isCompared };
/** A null-rate move this large (absolute) is called out in the column's note. */
const NULL_RATE_NOTE = 0.05;

export function kindOf(column: ColumnProfile): Kind | undefined {
  if (column.type === 'integer' || column.type === 'number') return 'numeric';
  if (column.type === 'string' || column.type === 'boolean') return 'categorical';
  return undefined;
}

function selector(config: DriftConfig): (name: string) => boolean {
  const include = config.include?.length ? picomatch(config.include) : () => true;
  const exclude = config.exclude?.length ? picomatch(config.exclude) : () => false;
  return (name) => include(name) && !exclude(name) && config.columns?.[name]?.enabled !== false;
}

export function compareDrift(baseline: Profile, current: Profile, drift: DriftConfig = {}): DriftResult {
  const selected = selector(drift);
  const currentByName = new Map(current.columns.map((column) => [column.name, column]));
  const columns: DriftColumn[] = [];
  const compared = new Set<DriftColumn>();
  for (const before of baseline.columns) {
    const after = currentByName.get(before.name);
    if (!after || !selected(before.name)) continue;
    const result = compareColumn(before, after, drift);
    columns.push(result.column);
    if (result.compared) compared.add(result.column);
  }

  if (drift.fdr) applyFalseDiscoveryControl(columns.filter((column) => compared.has(column)));

  const drifted = columns.filter((column) => compared.has(column) && column.drifted).length;
  const share = compared.size > 0 ? drifted / compared.size : 0;
  const threshold = drift.share ?? DEFAULT_SHARE;
  return { share: round(share), drifted: compared.size > 0 && share >= threshold && drifted > 0, threshold, columns };
}

function thresholdFor(name: string, method: DriftColumn['method'], kind: Kind, config: DriftConfig): number {
  return config.columns?.[name]?.threshold ?? config.threshold ?? defaultThreshold(method, kind);
}

function compareColumn(before: ColumnProfile, after: ColumnProfile, config: DriftConfig): { column: DriftColumn; compared: boolean } {
  const configured: ConfiguredMethod = config.columns?.[before.name]?.method ?? config.method ?? 'auto';
  // A side with no values has no meaningful type (an all-null column reads as string): use the other's.
  const kind = before.count > 0 ? kindOf(before) : kindOf(after);
  const afterKind = after.count > 0 ? kindOf(after) : kind;
  const notes: string[] = [];
  const { method, note: methodNote } = chooseMethod(configured, kind ?? 'categorical', before.count);
  if (methodNote) notes.push(methodNote);
  const threshold = thresholdFor(before.name, method, kind ?? 'categorical', config);
  const skipped = (note: string, status: DriftColumn['status'] = 'pass'): { column: DriftColumn; compared: boolean } => ({
    column: { name: before.name, method, score: 0, pValue: null, threshold, drifted: false, status, note },
    compared: false,
  });
  const nullMove = nullRate(after) - nullRate(before);
  if (Math.abs(nullMove) >= NULL_RATE_NOTE) notes.push(`null rate ${percent(nullRate(before))} → ${percent(nullRate(after))}`);

  if (before.count === 0 || after.count === 0) {
    const side = before.count === 0 && after.count === 0 ? 'baseline or the current' : before.count === 0 ? 'baseline' : 'current';
    const result = skipped([`${NOT_COMPARED}no non-null values in the ${side}`, ...notes].join('; '), after.count === 0 && before.count > 0 ? 'warn' : 'pass');
    result.column.baseline = { nullRate: round(nullRate(before)) };
    result.column.current = { nullRate: round(nullRate(after)) };
    return result;
  }
  if (isTemporal(before) && isTemporal(after)) {
    const range = dateRangeColumn(before, after, { method, threshold });
    if (range) return { column: range, compared: false };
  }
  if (!kind || !afterKind) return skipped(`${NOT_COMPARED}${!kind ? before.type : after.type} columns have no drift method`);
  if (kind !== afterKind) return skipped(`${NOT_COMPARED}${before.type} in the baseline, ${after.type} now (see the schema diff)`);
  if (looksLikeIdentifier(before) && !config.columns?.[before.name]) {
    return skipped(`${NOT_COMPARED}identifier-like (${before.distinct} distinct of ${before.count} values); list it under drift.columns to compare it`);
  }

  const data = columnData(kind, before, after);
  const column: DriftColumn = { name: before.name, method, score: 0, pValue: null, threshold, drifted: false, status: 'pass' };
  if (data?.kind === 'numeric') {
    column.baseline = numericEvidence(before, data.baseline);
    column.current = numericEvidence(after, data.current);
  } else {
    column.baseline = { nullRate: round(nullRate(before)) };
    column.current = { nullRate: round(nullRate(after)) };
  }
  if (!data || sideTotal(data, 'baseline') <= 0 || sideTotal(data, 'current') <= 0) {
    // Profiles without sketch state (written by another tool) cannot be tested.
    const result = skipped([`${NOT_COMPARED}the profile has no sample of this column`, ...notes].join('; '));
    result.column.baseline = column.baseline;
    result.column.current = column.current;
    return result;
  }

  const verdict = runMethod(method, data);
  if (verdict.note) notes.push(verdict.note);
  column.score = finite(verdict.score);
  column.pValue = verdict.pValue === null ? null : finite(verdict.pValue);
  Object.assign(column, judge(method, column.score, column.pValue, threshold));
  if (!(data.baseline.exact && data.current.exact)) {
    column.approximate = true;
    // Sketch error in D (≤ 0.01) exceeds KS sampling noise beyond ~10⁵ values: p is then indicative only.
    if (method === 'ks') notes.push('from sketches: D within ±0.01 of the exact value, p-value indicative only');
  }
  if (data.kind === 'numeric') column.histogram = sharedHistogram(data.baseline, data.current);
  else column.categories = categoryEvidence(data.baseline, data.current);
  if (notes.length) column.note = notes.join('; ');
  return { column, compared: true };
}

/**
 * Keys and free text (ids, emails) are (nearly) all distinct: new rows bring new values, so
 * every drift method fires on them without anything having changed. Not compared by default.
 */
const IDENTIFIER_MIN_VALUES = 50;
const IDENTIFIER_DISTINCT_SHARE = 0.95;

export function looksLikeIdentifier(column: ColumnProfile): boolean {
  if (column.type !== 'integer' && column.type !== 'string') return false;
  if (column.distinct === undefined || column.count < IDENTIFIER_MIN_VALUES) return false;
  return column.distinct >= IDENTIFIER_DISTINCT_SHARE * column.count;
}

function columnData(kind: Kind, before: ColumnProfile, after: ColumnProfile): ColumnData | undefined {
  if (kind === 'numeric') {
    const baseline = numericSample(before);
    const current = numericSample(after);
    if (!baseline || !current) return undefined;
    return { kind, baseline, current, baselineStd: before.std };
  }
  const baseline = categoryCounts(before);
  const current = categoryCounts(after);
  if (!baseline || !current) return undefined;
  return { kind, baseline, current };
}

function sideTotal(data: ColumnData, side: 'baseline' | 'current'): number {
  if (data.kind === 'numeric') return data[side].total;
  const counts = data[side];
  let total = counts.other;
  for (const count of counts.counts.values()) total += count;
  return total;
}

/** BH across the dataset's p-value tests; a column then drifts when its adjusted p is below its threshold. */
function applyFalseDiscoveryControl(columns: DriftColumn[]): void {
  const tested = columns.filter((column) => isPValueMethod(column.method) && column.pValue !== null);
  const adjusted = benjaminiHochberg(tested.map((column) => column.pValue as number));
  tested.forEach((column, i) => {
    column.adjustedPValue = finite(adjusted[i]);
    Object.assign(column, judge(column.method, column.score, column.adjustedPValue, column.threshold));
  });
}

/** Never NaN or ±Infinity in a report. */
function finite(value: number): number {
  if (Number.isNaN(value)) return 0;
  if (value === Number.POSITIVE_INFINITY) return Number.MAX_VALUE;
  if (value === Number.NEGATIVE_INFINITY) return -Number.MAX_VALUE;
  return value;
}
