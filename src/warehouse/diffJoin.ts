// The table diff within one engine: both sides FULL OUTER JOINed on the key in the database.
// One aggregate statement counts rows, keys and per-column changes; one more statement brings
// back the LIMITed examples. Of several rows with one key, the one whose canonical text has the
// smallest md5 is diffed (the cross-engine diff picks the same row); the others are duplicates.

import { finiteNumber } from './finite.js';
import { FIELD } from '../diff/cells.js';
import { offer, newTally, type DiffTally } from '../diff/tally.js';
import type { ColumnRule } from '../diff/types.js';
import { asDouble, asText, canonicalField, epochMs, isNumeric, isTime, md5Hex } from './diffSql.js';
import { encodedKey, encodedValues, settledValue } from './diffEncode.js';
import { keyText, notNullKeys, relationOf, rowText, valuesText, type DiffPlan, type PlannedColumn, type SideName, type TableSide } from './diffPlan.js';
import { splitCanonicalRow } from './diffCells.js';
import type { SqlRow } from './types.js';

/** Relative slack of the file diff's comparison (a few units in the last place). */
const SLACK = '4 * 2.220446049250313e-16';

function number(value: unknown): number {
  if (value === null || value === undefined) return 0;
  return Number(value);
}

/** Which sides have duplicate keys: only those number their rows (the md5 of every row's text is the costly part). */
export interface SideDuplicates { baseline: boolean; current: boolean }

function sideCte(side: TableSide, which: SideName, plan: DiffPlan, duplicates: boolean): string {
  const q = (column: PlannedColumn) => side.dialect.quoteIdent(column.name);
  const keys = plan.key.map((column, i) => `${q(column)} AS dg_k${i}`);
  // NaN and ±Infinity as NULL, as the profile, the contract and the checksums read them (finite.ts).
  const values = plan.compared.map((column, i) => `${column.kinds[which] === 'number' ? finiteNumber(q(column)) : q(column)} AS dg_v${i}`);
  if (!duplicates) return `SELECT ${[...keys, ...values, '1 AS dg_p', '1 AS dg_rn'].join(', ')} FROM ${relationOf(side)} WHERE ${notNullKeys(side, plan.key)}`;
  const order = md5Hex(side.dialect, rowText(side, which, plan, q, q));
  return `SELECT ${[...keys, ...values, '1 AS dg_p'].join(', ')}, ROW_NUMBER() OVER (PARTITION BY ${plan.key.map(q).join(', ')} ORDER BY ${order}) AS dg_rn `
    + `FROM ${relationOf(side)} WHERE ${notNullKeys(side, plan.key)}`;
}

function tolerance(a: string, b: string, rule: ColumnRule): string {
  const scale = `GREATEST(ABS(${a}), ABS(${b}))`;
  const parts = [`${a} = ${b}`];
  if (rule.absolute !== undefined) parts.push(`ABS(${a} - ${b}) <= ${rule.absolute} + ${SLACK} * ${scale}`);
  if (rule.relative !== undefined) parts.push(`ABS(${a} - ${b}) <= ${rule.relative} * ${scale} + ${SLACK} * ${scale}`);
  return `(${parts.join(' OR ')})`;
}

/** When two non-null values count as equal: the file diff's rules (tally.ts `cellsEqual`) as SQL. */
function equalSql(side: TableSide, column: PlannedColumn, b: string, c: string): string {
  const d = side.dialect;
  const { baseline: kb, current: kc } = column.kinds;
  const rule = column.rule;
  if (isNumeric(kb) && isNumeric(kc)) {
    const bothIntegers = kb === 'integer' && kc === 'integer';
    if (!rule || (rule.absolute === undefined && rule.relative === undefined)) return bothIntegers ? `${b} = ${c}` : `${asDouble(d, b)} = ${asDouble(d, c)}`;
    return tolerance(asDouble(d, b), asDouble(d, c), rule);
  }
  if (isTime(kb) && isTime(kc)) {
    const a = asDouble(d, epochMs(d, kb, b));
    const z = asDouble(d, epochMs(d, kc, c));
    if (!rule) return `${a} = ${z}`;
    if (rule.unitMs) {
      const fa = `FLOOR(${a} / ${rule.unitMs})`;
      const fz = `FLOOR(${z} / ${rule.unitMs})`;
      if (rule.absolute === undefined) return `${fa} = ${fz}`;
      return `(${fa} = ${fz} OR ${tolerance(`${fa} * ${rule.unitMs}`, `${fz} * ${rule.unitMs}`, rule)})`;
    }
    return tolerance(a, z, rule);
  }
  if (kb === kc) return `${b} = ${c}`;
  return `${canonicalField(d, column.hashKinds.baseline, b)} = ${canonicalField(d, column.hashKinds.current, c)}`;
}

function differsSql(side: TableSide, column: PlannedColumn, i: number): string {
  const b = `b_v${i}`;
  const c = `c_v${i}`;
  return `CASE WHEN b_p IS NOT NULL AND c_p IS NOT NULL THEN CASE WHEN (${b} IS NULL AND ${c} IS NULL) OR ${equalSql(side, column, b, c)} THEN 0 ELSE 1 END ELSE 0 END AS dg_d${i}`;
}

/** The CTEs both statements share: bs, cs (each side's non-null keys, numbered within a key), j (joined), d (with per-column flags). */
export function joinCtes(side: TableSide, other: TableSide, plan: DiffPlan, duplicates: SideDuplicates = { baseline: true, current: true }): string {
  const joined = [
    ...plan.key.map((_, i) => `b.dg_k${i} AS b_k${i}, c.dg_k${i} AS c_k${i}`),
    ...plan.compared.map((_, i) => `b.dg_v${i} AS b_v${i}, c.dg_v${i} AS c_v${i}`),
    'b.dg_p AS b_p', 'c.dg_p AS c_p',
  ];
  const on = plan.key.map((_, i) => `b.dg_k${i} = c.dg_k${i}`).join(' AND ');
  const flags = plan.compared.map((column, i) => differsSql(side, column, i));
  return `WITH bs AS (${sideCte(side, 'baseline', plan, duplicates.baseline)}), cs AS (${sideCte(other, 'current', plan, duplicates.current)}), `
    + `j AS (SELECT ${joined.join(', ')} FROM (SELECT * FROM bs WHERE dg_rn = 1) b FULL OUTER JOIN (SELECT * FROM cs WHERE dg_rn = 1) c ON ${on}), `
    + `d AS (SELECT j.*${flags.map((flag) => ', ' + flag).join('')} FROM j)`;
}

function anyDiffers(plan: DiffPlan): string {
  return plan.compared.length ? plan.compared.map((_, i) => `dg_d${i}`).join(' + ') : '0';
}

export function joinCountsSql(side: TableSide, other: TableSide, plan: DiffPlan, duplicates?: SideDuplicates): string {
  const d = side.dialect;
  const both = 'b_p IS NOT NULL AND c_p IS NOT NULL';
  const columns = plan.compared.flatMap((column, i) => {
    const list = [`SUM(dg_d${i}) AS dg_changed_${i}`];
    if (isNumeric(column.kinds.baseline) && isNumeric(column.kinds.current)) {
      const numbers = `dg_d${i} = 1 AND b_v${i} IS NOT NULL AND c_v${i} IS NOT NULL`;
      list.push(`SUM(CASE WHEN ${numbers} THEN ${asDouble(d, `c_v${i}`)} - ${asDouble(d, `b_v${i}`)} END) AS dg_delta_${i}`);
      list.push(`SUM(CASE WHEN ${numbers} THEN 1 ELSE 0 END) AS dg_deltas_${i}`);
    }
    return list;
  });
  // Rows, null keys and duplicates come from the stats pass (diffChecksum.ts `statsSql`): each CTE is referenced once, so engines inline it.
  return `${joinCtes(side, other, plan, duplicates)} `
    + `SELECT SUM(CASE WHEN b_p IS NULL THEN 1 ELSE 0 END) AS dg_added, SUM(CASE WHEN c_p IS NULL THEN 1 ELSE 0 END) AS dg_removed, `
    + `SUM(CASE WHEN ${both} AND ${anyDiffers(plan)} > 0 THEN 1 ELSE 0 END) AS dg_changed, `
    + `SUM(CASE WHEN ${both} AND ${anyDiffers(plan)} = 0 THEN 1 ELSE 0 END) AS dg_unchanged`
    + columns.map((column) => ', ' + column).join('')
    + ' FROM d';
}

/** Lists of the examples statement (its `dg_list` column). */
const ADDED = 0;
const REMOVED = 1;
const CHANGED = 2;
const COLUMN = 3;
const TRANSITION = 4;
const DUPLICATE = 5;
/** Transitions brought back per column to find the most frequent. */
const TRANSITIONS = 20;

export function joinExamplesSql(side: TableSide, other: TableSide, plan: DiffPlan, duplicates?: SideDuplicates): string {
  const d = side.dialect;
  const k = plan.layout.examples;
  const nothing = asText(d, 'NULL');
  const keyOf = (prefix: 'b' | 'c', which: SideName) => keyText(which === 'baseline' ? side : other, which, plan.key, (_, i) => `${prefix}_k${i}`);
  const valuesOf = (prefix: 'b' | 'c', which: SideName) => valuesText(which === 'baseline' ? side : other, which, plan.compared, (_, i) => `${prefix}_v${i}`);
  const orderBy = (prefix: 'b' | 'c') => plan.key.map((_, i) => `${prefix}_k${i}`).join(', ');
  const select = (list: number, column: number, key: string, a: string, b: string, flags: string, n: string) =>
    `SELECT ${list} AS dg_list, ${column} AS dg_col, ${key} AS dg_key, ${a} AS dg_a, ${b} AS dg_b, ${flags} AS dg_flags, ${n} AS dg_n`;
  const flags = plan.compared.length ? plan.compared.map((_, i) => asText(d, `dg_d${i}`)).join(' || ') : `''`;
  const both = 'b_p IS NOT NULL AND c_p IS NOT NULL';
  const parts = [
    `${select(ADDED, -1, keyOf('c', 'current'), nothing, valuesOf('c', 'current'), nothing, '0')} FROM x WHERE b_p IS NULL ORDER BY ${orderBy('c')} LIMIT ${k}`,
    `${select(REMOVED, -1, keyOf('b', 'baseline'), valuesOf('b', 'baseline'), nothing, nothing, '0')} FROM x WHERE c_p IS NULL ORDER BY ${orderBy('b')} LIMIT ${k}`,
    `${select(CHANGED, -1, keyOf('b', 'baseline'), valuesOf('b', 'baseline'), valuesOf('c', 'current'), flags, '0')} FROM x WHERE ${both} AND ${anyDiffers(plan)} > 0 ORDER BY ${orderBy('b')} LIMIT ${k}`,
  ];
  plan.compared.forEach((column, i) => {
    const before = `COALESCE(${canonicalField(d, column.hashKinds.baseline, `b_v${i}`)}, '')`;
    const after = `COALESCE(${canonicalField(d, column.hashKinds.current, `c_v${i}`)}, '')`;
    parts.push(`${select(COLUMN, i, keyOf('b', 'baseline'), before, after, nothing, '0')} FROM x WHERE dg_d${i} = 1 ORDER BY ${orderBy('b')} LIMIT ${k}`);
    // The file diff counts a transition where the two values are not both numbers.
    const numeric = isNumeric(column.kinds.baseline) && isNumeric(column.kinds.current);
    const where = numeric ? ` AND (b_v${i} IS NULL OR c_v${i} IS NULL)` : '';
    parts.push(`${select(TRANSITION, i, nothing, before, after, nothing, 'COUNT(*)')} FROM x WHERE dg_d${i} = 1${where} GROUP BY ${before}, ${after} ORDER BY COUNT(*) DESC LIMIT ${TRANSITIONS}`);
  });
  for (const [prefix, which, cte] of [['b', 'baseline', 'bs'], ['c', 'current', 'cs']] as const) {
    if (duplicates && !duplicates[which]) continue;
    const key = keyText(which === 'baseline' ? side : other, which, plan.key, (_, i) => `dg_k${i}`);
    const group = plan.key.map((_, i) => `dg_k${i}`).join(', ');
    parts.push(`${select(DUPLICATE, prefix === 'b' ? 0 : 1, key, nothing, nothing, nothing, 'COUNT(*) - 1')} FROM ${cte} GROUP BY ${group} HAVING COUNT(*) > 1 ORDER BY ${group} LIMIT ${k}`);
  }
  // x: the rows that differ, few, read by every list (d is referenced once, so engines need not keep the whole join).
  // Each list a CTE of its own (ORDER BY … LIMIT inside), then one UNION ALL of them.
  return `${joinCtes(side, other, plan, duplicates)}, x AS (SELECT * FROM d WHERE b_p IS NULL OR c_p IS NULL OR ${anyDiffers(plan)} > 0), ${parts.map((part, i) => `e${i} AS (${part})`).join(', ')} `
    + parts.map((_, i) => `SELECT * FROM e${i}`).join(' UNION ALL ');
}

/** The tally a file diff of the same rows would have reached, from the two statements' answers. */
export function tallyOfJoin(plan: DiffPlan, stats: { baseline: SqlRow; current: SqlRow }, counts: SqlRow, examples: SqlRow[]): DiffTally {
  const tally = newTally(plan.layout);
  const keys = plan.key.length;
  const columns = plan.compared.length;
  tally.nullKeys = { baseline: number(stats.baseline.dg_null_keys), current: number(stats.current.dg_null_keys) };
  tally.rows = { baseline: number(stats.baseline.dg_rows) - tally.nullKeys.baseline, current: number(stats.current.dg_rows) - tally.nullKeys.current };
  tally.added = number(counts.dg_added);
  tally.removed = number(counts.dg_removed);
  tally.changed = number(counts.dg_changed);
  tally.unchanged = number(counts.dg_unchanged);
  tally.duplicates.baseline = tally.rows.baseline - number(stats.baseline.dg_keys);
  tally.duplicates.current = tally.rows.current - number(stats.current.dg_keys);
  plan.compared.forEach((_, i) => {
    const column = tally.columns[i];
    column.changed = number(counts[`dg_changed_${i}`]);
    column.deltaSum = number(counts[`dg_delta_${i}`]);
    column.deltaCount = number(counts[`dg_deltas_${i}`]);
  });
  for (const row of examples) {
    const list = number(row.dg_list);
    const c = number(row.dg_col);
    const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));
    const key = () => encodedKey(text(row.dg_key), keys);
    if (list === ADDED) offer(tally.addedExamples, key(), () => encodedValues(text(row.dg_b), columns));
    else if (list === REMOVED) offer(tally.removedExamples, key(), () => encodedValues(text(row.dg_a), columns));
    else if (list === CHANGED) {
      const before = splitCanonicalRow(text(row.dg_a), columns);
      const after = splitCanonicalRow(text(row.dg_b), columns);
      const flags = text(row.dg_flags);
      const cells: [number, string, string][] = [];
      for (let i = 0; i < columns; i++) if (flags[i] === '1') cells.push([i, settledValue(before[i]!), settledValue(after[i]!)]);
      offer(tally.changedExamples, key(), () => cells);
    } else if (list === COLUMN) offer(tally.columns[c]!.examples, key(), () => [settledValue(text(row.dg_a)), settledValue(text(row.dg_b))]);
    else if (list === TRANSITION) tally.columns[c]!.transitions.set(settledValue(text(row.dg_a)) + FIELD + settledValue(text(row.dg_b)), number(row.dg_n));
    else if (list === DUPLICATE) {
      const encoded = key();
      for (let n = number(row.dg_n); n > 0; n--) offer(tally.duplicates.examples, encoded, () => null);
    }
  }
  return tally;
}
