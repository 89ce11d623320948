// `datagate init`: a commented datagate.yml inferred from one snapshot's profile — the rules
// that held for it, with margins, for the user to review rather than trust.

import YAML, { isMap, isPair, isScalar, isSeq, Scalar, visit, type Pair, type YAMLMap } from 'yaml';
import type { ColumnProfile, Profile } from '../profile/types.js';
import { nullFractionLimit, rowFloor } from './margins.js';
import { percentOf } from '../gates/wording.js';
import { allDistinct, columnRules, keyEvidence, looksUnique, percent, plural, type Rules } from './rules.js';
import type { NullToken } from './nullTokens.js';

export interface InitOptions {
  /** Dataset name in the config. */
  name: string;
  /** The `current` path, relative to where the config will live. */
  current: string;
  /** Text read as missing values (src/init/nullTokens.ts): the profile was made with them as nulls. */
  nullTokens?: NullToken[];
}

export function inferContract(profile: Profile, options: InitOptions): string {
  const columns = new Map<string, Map<string, unknown>>();
  const reasons = new Map<string, Rules>();
  const notes = new Map<string, string>();
  for (const column of profile.columns) {
    const rules = columnRules(column, profile.rows);
    reasons.set(column.name, rules);
    columns.set(column.name, new Map([...rules].map(([name, rule]) => [name, rule.value])));
    notes.set(column.name, describe(column, profile.rows));
  }
  const freshnessColumn = profile.columns.find((column) => column.type === 'timestamp' && column.count > 0)
    ?? profile.columns.find((column) => column.type === 'date' && column.count > 0);

  const tokens = options.nullTokens ?? [];
  const dataset = new Map<string, unknown>([
    ['name', options.name],
    ['current', options.current],
    ...(tokens.length > 0 ? [['null_values', tokens.map(({ token }) => token)] as [string, unknown]] : []),
    ['schema', new Map<string, unknown>([['allow_extra_columns', true], ['columns', columns]])],
  ]);
  if (profile.rows > 0) dataset.set('rows', new Map([['min', rowFloor(profile.rows)]]));
  dataset.set('drift', new Map<string, unknown>([['method', 'robust'], ['share', 0.5]]));

  const doc = new YAML.Document(new Map<string, unknown>([['version', 1], ['datasets', [dataset]]]));
  doc.commentBefore = (profile.rows === 0 ? [
    ` datagate.yml: a starting contract inferred by \`datagate init\` from ${oneLine(options.current)}.`,
    ' The snapshot had NO ROWS, so no rule could be inferred'
      + (profile.columns.length > 0 ? `: its ${plural(profile.columns.length, 'column')} are listed, and check fails when one goes missing.` : '.'),
    ' Run `datagate init` again on a snapshot with data, or add rules by hand.',
  ] : [
    ` datagate.yml: a starting contract inferred by \`datagate init\` from ${oneLine(options.current)}`,
    ` (${profile.rows} rows, ${profile.columns.length} columns). Every rule held for that snapshot, and the`,
    ' comment beside it says why it was proposed: review them, tighten what you know, loosen what',
    ' will change, then run `datagate check`.',
  ]).join('\n');
  const datasetNode = doc.getIn(['datasets', 0]) as YAMLMap;
  const pairOf = (key: string) => datasetNode.items.find((pair) => isScalar(pair.key) && pair.key.value === key) as Pair;

  if (tokens.length > 0) {
    const pair = pairOf('null_values');
    (pair.value as { flow?: boolean }).flow = true;
    commentKey(pair, [
      ' Read as missing values: the only text in columns of other values (remove to read it as text):',
      ...tokens.map(({ token, columns }) => ` ${JSON.stringify(token)} in ${columns.slice(0, 5).map((column) => `${column.name} (${column.type}, ${plural(column.count, 'time')})`).join(', ')}${columns.length > 5 ? `, and ${columns.length - 5} more` : ''}`),
    ]);
  }
  commentKey(pairOf('schema'), [
    ' Compare with a baseline for a schema diff, drift and row count change, e.g. the pull',
    " request's base branch:",
    ' baseline: { git: base }',
  ]);
  const schemaNode = pairOf('schema').value as YAMLMap;
  commentKey(schemaNode.items[0] as Pair, [' false: fail when a column appears that is not listed below']);
  const columnsNode = (schemaNode.items[1] as Pair).value as YAMLMap;
  for (const pair of columnsNode.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    commentKey(pair, [` ${notes.get(name) ?? ''}`]);
    if (!isMap(pair.value)) continue;
    const rules = reasons.get(name);
    if (!rules || rules.size === 0) pair.value.flow = true;
    for (const rule of pair.value.items) {
      const why = isScalar(rule.key) ? rules?.get(String(rule.key.value))?.why : undefined;
      const value = rule.value as { comment?: string | null; flow?: boolean } | null;
      if (value && isSeq(value)) value.flow = true;
      if (value && why) value.comment = `${RULE_COMMENT}${oneLine(why)}`;
    }
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
  return alignRuleComments(doc.toString({ lineWidth: 0 }));
}

/** Marks the comments beside rules; YAML writes a NUL in data as an escape, so only ours carry one. */
const RULE_COMMENT = '\u0000';

/** Lines up the comments beside a column's rules, so the reasons read as a column. */
function alignRuleComments(text: string): string {
  const lines = text.split('\n');
  const marker = ' #' + RULE_COMMENT;
  for (let start = 0; start < lines.length;) {
    let end = start;
    while (end < lines.length && lines[end].includes(marker)) end++;
    if (end === start) {
      start++;
      continue;
    }
    const width = Math.max(...lines.slice(start, end).map((line) => line.indexOf(marker)));
    for (let i = start; i < end; i++) {
      const at = lines[i].indexOf(marker);
      lines[i] = lines[i].slice(0, at).padEnd(width) + '  # ' + lines[i].slice(at + marker.length);
    }
    start = end;
  }
  return lines.join('\n');
}

/** `integer · 998 values, 2 nulls (0.2%) · 18 to 91 · 57 distinct`. */
function describe(column: ColumnProfile, rows: number): string {
  if (rows === 0) return 'no rows in the snapshot: no rules inferred';
  if (column.count === 0) return 'always null in the snapshot: no rules inferred';
  const parts: string[] = [column.type];
  let counts = plural(column.count, 'value');
  if (column.nulls > 0) counts += `, ${column.nulls} nulls (${Number(((column.nulls / Math.max(rows, 1)) * 100).toPrecision(2))}%)`;
  parts.push(counts);
  if (column.min !== undefined && column.max !== undefined) parts.push(`${column.min} to ${column.max}`);
  if (looksUnique(column)) parts.push(`about ${column.distinct} distinct (estimated): add unique: true if this is a key`);
  else if (allDistinct(column) && !keyEvidence(column)) parts.push('all distinct, but neither its name nor its values say key: add unique: true if it is one');
  else if (column.distinct !== undefined) parts.push(column.distinct === column.count ? 'all distinct' : `${column.distinct} distinct`);
  if (column.parsed) parts.push(`${percentOf(column.parsed.share)} parse as ${column.parsed.type}`);
  const nullShare = column.nulls / (column.count + column.nulls);
  if (column.nulls > 0 && nullFractionLimit(nullShare) >= 1) parts.push(`no null limit proposed: at ${percent(nullShare)} nulls it could not fail`);
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
