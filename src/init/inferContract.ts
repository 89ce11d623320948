// `datagate init`: a commented datagate.yml inferred from one snapshot's profile — the rules
// that held for it, with margins, for the user to review rather than trust.

import YAML, { isMap, isPair, isScalar, Scalar, visit, type Pair, type YAMLMap } from 'yaml';
import type { ColumnProfile, Profile } from '../profile/types.js';
import { categoryCounts } from '../profile/index.js';
import { nullFractionLimit, rowFloor, widenRange } from './margins.js';
import { percentOf } from '../gates/wording.js';

export interface InitOptions {
  /** Dataset name in the config. */
  name: string;
  /** The `current` path, relative to where the config will live. */
  current: string;
}

/** Categories with at most this many values become `allowed` sets. */
const MAX_CATEGORIES = 20;

type Rules = Map<string, unknown>;

export function inferContract(profile: Profile, options: InitOptions): string {
  const columns = new Map<string, Rules>();
  const notes = new Map<string, string>();
  for (const column of profile.columns) {
    columns.set(column.name, columnRules(column));
    notes.set(column.name, describe(column, profile.rows));
  }
  const freshnessColumn = profile.columns.find((column) => column.type === 'timestamp' && column.count > 0)
    ?? profile.columns.find((column) => column.type === 'date' && column.count > 0);

  const dataset = new Map<string, unknown>([
    ['name', options.name],
    ['current', options.current],
    ['schema', new Map<string, unknown>([['allow_extra_columns', true], ['columns', columns]])],
  ]);
  if (profile.rows > 0) dataset.set('rows', new Map([['min', rowFloor(profile.rows)]]));
  dataset.set('drift', new Map<string, unknown>([['method', 'robust'], ['share', 0.5]]));

  const doc = new YAML.Document(new Map<string, unknown>([['version', 1], ['datasets', [dataset]]]));
  doc.commentBefore = [
    ` datagate.yml: a starting contract inferred by \`datagate init\` from ${oneLine(options.current)}`,
    ` (${profile.rows} rows, ${profile.columns.length} columns). Every rule held for that snapshot:`,
    ' review them, tighten what you know, loosen what will change, then run `datagate check`.',
  ].join('\n');
  const datasetNode = doc.getIn(['datasets', 0]) as YAMLMap;
  const pairOf = (key: string) => datasetNode.items.find((pair) => isScalar(pair.key) && pair.key.value === key) as Pair;

  commentKey(pairOf('schema'), [
    ' Compare with a baseline for a schema diff, drift and row count change, e.g. the pull',
    " request's base branch:",
    ' baseline: { git: base }',
  ]);
  const schemaNode = pairOf('schema').value as YAMLMap;
  commentKey(schemaNode.items[0] as Pair, [' false: fail when a column appears that is not listed below']);
  const columnsNode = (schemaNode.items[1] as Pair).value as YAMLMap;
  for (const pair of columnsNode.items) {
    if (isMap(pair.value)) pair.value.flow = true;
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    commentKey(pair, [` ${notes.get(name) ?? ''}`]);
  }
  const rows = profile.rows > 0 ? pairOf('rows') : undefined;
  if (rows) {
    commentKey(rows, [` The snapshot has ${profile.rows} rows; fewer than half of that fails.`]);
    (rows.value as YAMLMap).comment = ' max_change: 0.5   # against the baseline: fail when the row count moves more than 50%';
  }
  const drift = pairOf('drift');
  (drift.value as YAMLMap).flow = true;
  const driftNotes = [
    ' Drift of each column against the baseline; per column: columns: { age: { method: psi, threshold: 0.2 } }',
  ];
  if (freshnessColumn) {
    driftNotes.unshift(
      ` The newest ${oneLine(freshnessColumn.name)} in the snapshot is ${String(freshnessColumn.max ?? 'unknown')}; to fail on stale data:`,
      ` ${freshnessLine(freshnessColumn.name)}`,
    );
  }
  commentKey(drift, driftNotes);
  quoteOldBooleans(doc);
  return doc.toString({ lineWidth: 0 });
}

function columnRules(column: ColumnProfile): Rules {
  const rules: Rules = new Map();
  if (column.count === 0) return rules;
  rules.set('type', column.type);
  if (column.nulls === 0) rules.set('nullable', false);
  else rules.set('max_null_fraction', nullFractionLimit(column.nulls / (column.count + column.nulls)));
  const unique = isUniqueKey(column);
  if (unique) rules.set('unique', true);
  const numeric = column.type === 'integer' || column.type === 'number';
  // Identifiers grow with the data: a range on them would fail as soon as it does.
  if (numeric && !unique && typeof column.min === 'number' && typeof column.max === 'number') {
    const range = widenRange(column.min, column.max, column.type === 'integer');
    rules.set('min', range.min);
    rules.set('max', range.max);
  }
  const categories = categoriesOf(column);
  if (categories) rules.set('allowed', categories);
  return rules;
}

/** Could this column be a key? Only integers and strings; floats and times repeat by accident. */
function keyLike(column: ColumnProfile): boolean {
  return (column.type === 'integer' || column.type === 'string') && column.count >= 2;
}

/** Unique for certain: every value distinct, counted exactly. */
function isUniqueKey(column: ColumnProfile): boolean {
  return keyLike(column) && column.distinct === column.count && distinctIsExact(column);
}

/**
 * A big column's distinct count is a HyperLogLog estimate (±2%), which cannot prove uniqueness:
 * such a column only gets a hint in its comment, so the first check cannot fail on a guess.
 */
function looksUnique(column: ColumnProfile): boolean {
  return keyLike(column) && !distinctIsExact(column) && column.distinct !== undefined && column.distinct >= 0.97 * column.count;
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

/** `integer · 998 values, 2 nulls (0.2%) · 18 to 91 · 57 distinct`. */
function describe(column: ColumnProfile, rows: number): string {
  if (column.count === 0) return 'always null in the snapshot: no rules inferred';
  const parts: string[] = [column.type];
  let counts = `${column.count} values`;
  if (column.nulls > 0) counts += `, ${column.nulls} nulls (${Number(((column.nulls / Math.max(rows, 1)) * 100).toPrecision(2))}%)`;
  parts.push(counts);
  if (column.min !== undefined && column.max !== undefined) parts.push(`${column.min} to ${column.max}`);
  if (looksUnique(column)) parts.push(`about ${column.distinct} distinct (estimated): add unique: true if this is a key`);
  else if (column.distinct !== undefined) parts.push(column.distinct === column.count ? 'all distinct' : `${column.distinct} distinct`);
  if (column.parsed) parts.push(`${percentOf(column.parsed.share)} parse as ${column.parsed.type}`);
  return oneLine(parts.join(' · '));
}

/** `freshness: { column: signup_at, max_age: 2d }`, quoted as YAML needs, ready to uncomment. */
function freshnessLine(column: string): string {
  const line = new YAML.Document({ freshness: { column, max_age: '2d' } });
  const pair = (line.contents as YAMLMap).items[0];
  if (isPair(pair) && isMap(pair.value)) pair.value.flow = true;
  return line.toString({ lineWidth: 0 }).trim();
}

/**
 * `yes`, `no`, `on`, `off` are strings in YAML 1.2 but booleans to YAML 1.1 tools (PyYAML, older
 * editors): quote them so every reader of the file sees the same value.
 */
function quoteOldBooleans(doc: YAML.Document): void {
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && /^(?:y|yes|n|no|on|off)$/i.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
}

function commentKey(pair: Pair, lines: string[]): void {
  const key = pair.key as { commentBefore?: string | null };
  key.commentBefore = lines.map(oneLine).join('\n');
}

/** Comments are one line each: a newline in a column name must not end the comment. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ');
}
