// Drift of every column both profiles share: the configured (or `robust`) method per column,
// thresholds and overrides from the config, Benjamini–Hochberg across p-value tests, the null-rate check,
// evidence for the reviewer, and the dataset verdict by share of drifted columns.

import picomatch from 'picomatch';
import type { DatasetConfig } from '../config/schema.js';
import { categoryCounts, numericSample } from '../profile/index.js';
import type { ColumnProfile, Profile } from '../profile/types.js';
import type { DatasetReport, Detectable, DriftColumn, NullRateCheck } from '../report/types.js';
import { explainColumn } from './explain.js';
import { identifierReason } from './identifiers.js';
import { isNullRise, nullRateCheck } from './nulls.js';
import { benjaminiHochberg } from '../stats/index.js';
import { categoryEvidence, nullRate, numericEvidence, round, sharedHistogram } from './evidence.js';
import { dateRangeColumn, isTemporal } from './dates.js';
import { detectableCategorical, detectableNumeric } from './detectable.js';
import {
  chooseMethod, DEFAULT_METHOD, defaultThreshold, isPValueMethod, judge, runMethod, type ColumnData, type ConfiguredMethod, type Kind,
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
  const pairs = new Map<DriftColumn, [ColumnProfile, ColumnProfile]>();
  const compared = new Set<DriftColumn>();
  for (const before of baseline.columns) {
    const after = currentByName.get(before.name);
    if (!after || !selected(before.name)) continue;
    const result = compareColumn(before, after, drift);
    columns.push(result.column);
    pairs.set(result.column, [before, after]);
    if (result.compared) compared.add(result.column);
  }

  const family = applyFalseDiscoveryControl(columns, compared, drift.fdr === true);
  for (const column of columns) {
    const [before, after] = pairs.get(column) as [ColumnProfile, ColumnProfile];
    if (column.nulls?.drifted) {
      column.drifted = true;
      column.status = 'fail';
    }
    if (compared.has(column) && column.method === 'robust' && !column.drifted) {
      const detectable = detectableOf(column, before, after, family);
      if (detectable) column.detectable = detectable;
    }
    column.explanation = explainColumn(column, before, after);
  }

  const drifted = columns.filter((column) => compared.has(column) && column.drifted).length;
  const share = compared.size > 0 ? drifted / compared.size : 0;
  const threshold = drift.share ?? DEFAULT_SHARE;
  return { share: round(share), drifted: compared.size > 0 && share >= threshold && drifted > 0, threshold, columns };
}

function thresholdFor(name: string, method: DriftColumn['method'], kind: Kind, config: DriftConfig): number {
  return config.columns?.[name]?.threshold ?? config.threshold ?? defaultThreshold(method, kind);
}

function compareColumn(before: ColumnProfile, after: ColumnProfile, config: DriftConfig): { column: DriftColumn; compared: boolean } {
  const configured: ConfiguredMethod = config.columns?.[before.name]?.method ?? config.method ?? DEFAULT_METHOD;
  // A side with no values has no meaningful type (an all-null column reads as string): use the other's.
  const kind = before.count > 0 ? kindOf(before) : kindOf(after);
  const afterKind = after.count > 0 ? kindOf(after) : kind;
  const notes: string[] = [];
  const { method, note: methodNote } = chooseMethod(configured, kind ?? 'categorical', before.count);
  if (methodNote) notes.push(methodNote);
  const threshold = thresholdFor(before.name, method, kind ?? 'categorical', config);
  const nulls = nullRateCheck(before, after);
  const skipped = (reason: string, status: DriftColumn['status'] = 'pass'): { column: DriftColumn; compared: boolean } => {
    const column: DriftColumn = {
      name: before.name, method, score: 0, pValue: null, threshold, drifted: false, status, note: [`${NOT_COMPARED}${reason}`, ...notes].join('; '), notCompared: reason,
    };
    if (nulls) column.nulls = nulls;
    return { column, compared: false };
  };
  const nullMove = nullRate(after) - nullRate(before);
  if (Math.abs(nullMove) >= NULL_RATE_NOTE) notes.push(`null rate ${percent(nullRate(before))} → ${percent(nullRate(after))}`);

  if (before.count === 0 || after.count === 0) {
    const side = before.count === 0 && after.count === 0 ? 'baseline or the current' : before.count === 0 ? 'baseline' : 'current';
    const result = skipped(`no non-null values in the ${side}`, after.count === 0 && before.count > 0 ? 'warn' : 'pass');
    result.column.baseline = { nullRate: round(nullRate(before)) };
    result.column.current = { nullRate: round(nullRate(after)) };
    return result;
  }
  if (isTemporal(before) && isTemporal(after)) {
    const range = dateRangeColumn(before, after, { method, threshold });
    if (range) {
      if (nulls) range.nulls = nulls;
      return { column: range, compared: false };
    }
  }
  if (!kind || !afterKind) {
    const type = !kind ? before.type : after.type;
    // Dates and times are compared by range and recency (the freshness gate), never as categories.
    return skipped(type === 'date' || type === 'timestamp' ? `${type} column: compared by range and recency, not by distribution` : `${type} columns have no drift method`);
  }
  if (kind !== afterKind) return skipped(`${before.type} in the baseline, ${after.type} now (see the schema diff)`);
  const identifier = config.columns?.[before.name] ? undefined : identifierReason(before) ?? identifierReason(after);
  if (identifier) return skipped(`${identifier}; list it under drift.columns to compare it`);

  const data = columnData(kind, before, after);
  const column: DriftColumn = { name: before.name, method, score: 0, pValue: null, threshold, drifted: false, status: 'pass' };
  if (data?.kind === 'numeric') {
    column.baseline = numericEvidence(before, data.baseline);
    column.current = numericEvidence(after, data.current);
  } else {
    column.baseline = { nullRate: round(nullRate(before)) };
    column.current = { nullRate: round(nullRate(after)) };
  }
  if (nulls) column.nulls = nulls;
  if (!data || sideTotal(data, 'baseline') <= 0 || sideTotal(data, 'current') <= 0) {
    // Profiles without sketch state (written by another tool) cannot be tested.
    const result = skipped('the profile has no sample of this column');
    result.column.baseline = column.baseline;
    result.column.current = column.current;
    return result;
  }

  const verdict = runMethod(method, data);
  if (verdict.note) notes.push(verdict.note);
  column.score = finite(verdict.score);
  column.pValue = verdict.pValue === null ? null : finite(verdict.pValue);
  if (verdict.tests) column.tests = verdict.tests.map((test) => ({ ...test, statistic: finite(test.statistic), pValue: finite(test.pValue), ...(test.effect === undefined ? {} : { effect: finite(test.effect) }) }));
  Object.assign(column, judge(method, column.score, column.pValue, threshold));
  if (!(data.baseline.exact && data.current.exact)) {
    column.approximate = true;
    // Sketch error in D (≤ 0.01) exceeds KS sampling noise beyond ~10⁵ values: p is then indicative only.
    if (method === 'ks' || method === 'robust') notes.push('from sketches: D within ±0.01 of the exact value, p-value indicative only');
  }
  if (data.kind === 'numeric') column.histogram = sharedHistogram(data.baseline, data.current);
  else column.categories = categoryEvidence(data.baseline, data.current);
  if (notes.length) column.note = notes.join('; ');
  return { column, compared: true };
}

/**
 * Kept for callers of the old rule's name: whether a column is taken for a key. Evidence only
 * (src/compare/identifiers.ts): being mostly distinct is not enough.
 */
export function looksLikeIdentifier(column: ColumnProfile): boolean {
  return identifierReason(column) !== undefined;
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

/** What the column's `robust` test could not have seen (src/compare/detectable.ts). */
function detectableOf(column: DriftColumn, before: ColumnProfile, after: ColumnProfile, family: number): Detectable | undefined {
  const tests = column.tests?.length ?? 1;
  // A shift in standard deviations means nothing for a constant baseline.
  if (kindOf(before) === 'numeric') return before.std !== undefined && before.std > 0 ? detectableNumeric(before.count, after.count, tests, family) : undefined;
  const baseline = categoryCounts(before);
  const current = categoryCounts(after);
  return baseline && current ? detectableCategorical(baseline, current, tests, family) : undefined;
}

function sideTotal(data: ColumnData, side: 'baseline' | 'current'): number {
  if (data.kind === 'numeric') return data[side].total;
  const counts = data[side];
  let total = counts.other;
  for (const count of counts.counts.values()) total += count;
  return total;
}

/**
 * Benjamini–Hochberg over one family: the p-values of `robust` columns (always) and of every other
 * p-value method when `fdr` is on, plus the null-rate checks when either applies. A column then
 * drifts when its adjusted p is below its threshold (for `robust`: below 0.05, with the effect material).
 */
function applyFalseDiscoveryControl(columns: DriftColumn[], compared: Set<DriftColumn>, fdr: boolean): number {
  const adjusts = (column: DriftColumn): boolean => column.method === 'robust' || (fdr && isPValueMethod(column.method));
  const tested = columns.filter((column) => compared.has(column) && adjusts(column) && column.pValue !== null);
  const nullChecks = columns.filter((column) => column.nulls && adjusts(column));
  const adjusted = benjaminiHochberg([...tested.map((column) => column.pValue as number), ...nullChecks.map((column) => (column.nulls as NullRateCheck).pValue)]);
  tested.forEach((column, i) => {
    column.adjustedPValue = finite(adjusted[i]);
    Object.assign(column, judge(column.method, column.score, column.adjustedPValue, column.threshold));
  });
  nullChecks.forEach((column, i) => {
    const check = column.nulls as NullRateCheck;
    check.adjustedPValue = finite(adjusted[tested.length + i]);
    check.drifted = isNullRise(check, check.adjustedPValue);
  });
  // The family's size: how many p-values a column's own competes with.
  return tested.length + nullChecks.length;
}

/** Never NaN or ±Infinity in a report. */
function finite(value: number): number {
  if (Number.isNaN(value)) return 0;
  if (value === Number.POSITIVE_INFINITY) return Number.MAX_VALUE;
  if (value === Number.NEGATIVE_INFINITY) return -Number.MAX_VALUE;
  return value;
}
