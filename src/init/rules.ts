// The rules `init` proposes for one column, each with the reason it was proposed: only what the
// snapshot shows, with natural bounds kept exact and margins only where a measure is open-ended.

import type { ColumnProfile } from '../profile/types.js';
import { categoryCounts } from '../profile/index.js';
import { nullFractionLimit, widenRange } from './margins.js';

/** One proposed rule: its value and why (the YAML comment beside it). */
export interface ProposedRule { value: unknown; why: string }
export type Rules = Map<string, ProposedRule>;

/** Categories with at most this many values become `allowed` sets. */
const MAX_CATEGORIES = 20;
/** Names that say a column is a key: `id`, `order_id`, `customerKey`, `sku`, `uuid`. */
const KEY_NAME = /(?:^|[_\-\s.])(?:id|key|uuid|guid|sku)$/i;
const CAMEL_KEY_NAME = /[a-z](?:Id|ID|Key|Uuid)$/;
const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
const PERCENT_NAME = /pct|percent|percentage/i;
const RATING_NAME = /rating|score|stars?$|grade|satisfaction/i;
const COUNT_NAME = /count|(?:^|_)(?:n|num|qty)(?:_|$)|quantity|units|items|visits|clicks|views|orders|days|hours|minutes|seconds/i;

export function columnRules(column: ColumnProfile, rows: number): Rules {
  const rules: Rules = new Map();
  if (column.count === 0) return rules;
  rules.set('type', { value: column.type, why: `every value is ${article(column.type)}` });
  const total = column.count + column.nulls;
  if (column.nulls === 0) {
    rules.set('nullable', { value: false, why: `no nulls in ${plural(rows, 'row')}` });
  } else {
    const observed = column.nulls / total;
    const limit = nullFractionLimit(observed);
    // A limit of 1 could never fail: say so in the column's note instead.
    if (limit < 1) rules.set('max_null_fraction', { value: limit, why: `${percent(observed)} null now; allows half again plus a point` });
  }
  const key = keyEvidence(column);
  if (key) rules.set('unique', { value: true, why: `all ${column.count} values distinct, and ${key}` });
  const numeric = column.type === 'integer' || column.type === 'number';
  // Identifiers grow with the data: a range on them would fail as soon as it does.
  if (numeric && !key && typeof column.min === 'number' && typeof column.max === 'number') {
    for (const [name, rule] of Object.entries(bounds(column.name, column.min, column.max, column.type === 'integer'))) rules.set(name, rule);
  }
  const categories = categoriesOf(column);
  if (categories) rules.set('allowed', { value: categories, why: `the only ${categories.length} values seen, each at least twice` });
  return rules;
}

/** What proves a column is a key, or undefined: all values distinct is not enough (a price can be). */
export function keyEvidence(column: ColumnProfile): string | undefined {
  if (!allDistinct(column)) return undefined;
  if (KEY_NAME.test(column.name) || CAMEL_KEY_NAME.test(column.name)) return 'the name says it is a key';
  if (column.type === 'integer' && typeof column.min === 'number' && typeof column.max === 'number'
    && column.max - column.min + 1 <= column.count * 1.1) {
    return `they run almost without gaps from ${column.min} to ${column.max}, as row numbers do`;
  }
  if (column.type === 'string' && (column.top?.length ?? 0) > 0 && column.top!.every((entry) => UUID.test(entry.value))
    && (column.minLength === 32 || column.minLength === 36) && column.minLength === column.maxLength) {
    return 'they look like UUIDs';
  }
  return undefined;
}

/** Unique for certain (counted exactly), in a column that could hold a key. */
export function allDistinct(column: ColumnProfile): boolean {
  return keyLike(column) && column.distinct === column.count && distinctIsExact(column);
}

/**
 * A big column's distinct count is a HyperLogLog estimate (±2%), which cannot prove uniqueness:
 * such a column only gets a hint in its comment, so the first check cannot fail on a guess.
 */
export function looksUnique(column: ColumnProfile): boolean {
  return keyLike(column) && !distinctIsExact(column) && column.distinct !== undefined && column.distinct >= 0.97 * column.count;
}

/** Only integers and strings can be keys; floats and times repeat by accident. */
function keyLike(column: ColumnProfile): boolean {
  return (column.type === 'integer' || column.type === 'string') && column.count >= 2;
}

/**
 * `min` / `max` for a measure. Natural bounds stay exact: a 0/1 flag, a fraction in [0, 1], a
 * percentage or a rating on a 0–100 (or 1–5, 1–10) scale, a count that cannot be negative.
 * Only open-ended sides get a margin (a tenth of the range, rounded outward).
 */
export function bounds(name: string, min: number, max: number, integer: boolean): Record<string, ProposedRule> {
  if (min >= 0 && max <= 1) {
    const what = integer ? 'a 0/1 flag' : 'a fraction';
    return { min: { value: 0, why: `${what}: values lie in [0, 1]` }, max: { value: 1, why: `${what}: values lie in [0, 1]` } };
  }
  const scale = naturalScale(name, min, max);
  if (scale) {
    const why = `${scale.what}: values lie in [${scale.min}, ${scale.max}]`;
    return { min: { value: scale.min, why }, max: { value: scale.max, why } };
  }
  const widened = widenRange(min, max, integer);
  const span = `the highest seen (${max}) plus a tenth of the range, rounded: open-ended`;
  if (min >= 0 && (COUNT_NAME.test(name) || widened.min === 0)) {
    return { min: { value: 0, why: `never negative (lowest ${min})` }, max: { value: widened.max, why: span } };
  }
  return {
    min: { value: widened.min, why: `the lowest seen (${min}) less a tenth of the range, rounded` },
    max: { value: widened.max, why: span },
  };
}

function naturalScale(name: string, min: number, max: number): { min: number; max: number; what: string } | undefined {
  if (min < 0 || max > 100) return undefined;
  if (RATING_NAME.test(name) && max <= 10) {
    const top = max <= 5 ? 5 : 10;
    return { min: min >= 1 ? 1 : 0, max: top, what: `a rating from ${min >= 1 ? 1 : 0} to ${top}` };
  }
  if (PERCENT_NAME.test(name)) return { min: 0, max: 100, what: 'a percentage' };
  if (RATING_NAME.test(name) || max === 100) return { min: 0, max: 100, what: 'a 0–100 scale' };
  return undefined;
}

function distinctIsExact(column: ColumnProfile): boolean {
  return exactCounts(column)?.exact ?? true;
}

function exactCounts(column: ColumnProfile) {
  try {
    return categoryCounts(column);
  } catch {
    // A profile from another tool may carry sketch state this version cannot read.
    return undefined;
  }
}

/** The full, small set of values of a string column when every value repeats. */
function categoriesOf(column: ColumnProfile): string[] | undefined {
  if (column.type !== 'string') return undefined;
  if (column.distinct !== undefined && column.distinct > MAX_CATEGORIES) return undefined;
  // The profile's `top` lists only the most common values; the sketch state has them all.
  const counts = exactCounts(column);
  const entries = counts?.exact
    ? [...counts.counts].map(([value, count]) => ({ value, count }))
    : column.top ?? [];
  if (entries.length === 0 || entries.length > MAX_CATEGORIES) return undefined;
  const covered = entries.reduce((sum, entry) => sum + entry.count, 0);
  // Values seen once suggest free text or identifiers, not a closed set.
  if (covered !== column.count || entries.some((entry) => entry.count < 2)) return undefined;
  return entries
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .map((entry) => entry.value);
}

function article(type: string): string {
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}

export function plural(n: number, word: string): string {
  return `${n} ${n === 1 ? word : word + 's'}`;
}

export function percent(share: number): string {
  return `${Number((share * 100).toPrecision(2))}%`;
}
