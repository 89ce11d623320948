// The SQL of a table's profile, per dialect: pure text generation, no I/O. Every column name is
// quoted by the dialect and aliased to a generated name (c0, k0, …), so nothing a PR author
// controls reaches SQL unquoted, and the results are read back by position, not by name.
//
// Three scans per table, whatever its number of columns:
//   aggregates  counts, min/max, mean, variance, lengths of every column (one SELECT)
//   categories  exact counts per value of every categorical column (GROUPING SETS, one scan)
//   values      the non-null numbers of the columns small enough to pull back, or
//   quantiles   the order statistics of the others (one SELECT, one sort per column)

import type { ColumnType } from '../profile/types.js';
import type { Dialect, EngineName } from './types.js';

/** A column datagate profiles: its name, our type and the engine's. */
export interface SqlColumn {
  name: string;
  type: ColumnType;
  engineType: string;
  /** Why the column is only counted (a type datagate does not have); absent when profiled. */
  notProfiled?: string;
}

/** `sample: { rows | percent }` from the config; one of the two. */
export interface TableSample {
  rows?: number;
  percent?: number;
}

/** Repeatable sampling where the engine allows it, so the profile's scans see the same rows. */
export const SAMPLE_SEED = 42;

/** Grid points of the engines whose approximate quantiles come as one fixed grid (BigQuery) or one call per point. */
const ARRAY_GRID = 1024;
const CALL_GRID = 100;

/** How one engine spells what the profile needs beyond standard SQL. */
interface ProfileSpelling {
  text: string;
  double: string;
  length(expr: string): string;
  /**
   * Epoch milliseconds of a date or timestamp expression: a date at midnight UTC, a timestamp
   * without zone read as UTC, never through the session's time zone.
   */
  epochMs(expr: string, column: Pick<SqlColumn, 'type' | 'engineType'>): string;
  /**
   * The values at 0-based ranks `ranks` of the n sorted non-null values of `expr`: exact order
   * statistics where the engine has them, its approximate quantiles at (rank + ½) / n elsewhere.
   */
  ranks: RankSpelling;
  /**
   * The relation sampled: the engine's own seeded sampling clause, else a hash of each row's text
   * (`columns`, quoted, where the engine cannot name a whole row), so two runs read the same rows.
   */
  sample(relation: string, isTable: boolean, sample: TableSample, columns?: string[]): string;
}

type RankSpelling =
  | { kind: 'exact'; select(expr: string, ranks: number[], n: number): string }
  | { kind: 'probabilities'; select(expr: string, probabilities: number[]): string }
  | { kind: 'grid'; points: number; select(expr: string, points: number): string[] };

/** A literal probability: the shortest text that reads back as the same double. */
function probability(value: number): string {
  const text = String(value);
  return text.includes('e') ? value.toFixed(20).replace(/0+$/, '') : text;
}

function percent(sample: TableSample): number {
  return Math.min(100, Math.max(0, sample.percent ?? 100));
}

/** The share as a bound on a 32-bit hash: a row is kept when its hash is below it. */
function hashBound(sample: TableSample): number {
  return Math.round((percent(sample) / 100) * 2 ** 32);
}

/** A row's sampling key: the seed, then the row's text. */
const SEED_PREFIX = `'${SAMPLE_SEED}:'`;

const spellings: Record<EngineName, ProfileSpelling> = {
  postgres: {
    text: 'text',
    double: 'double precision',
    length: (e) => `length(${e})`,
    epochMs: (e) => `floor(extract(epoch from ${e}) * 1000)`,
    // percentile_disc(p) returns the value at 1-based position ceil(p·n): p = (r + ½) / n is position r + 1.
    ranks: { kind: 'exact', select: (e, ranks, n) => `percentile_disc(ARRAY[${ranks.map((r) => probability((r + 0.5) / n)).join(', ')}]::double precision[]) WITHIN GROUP (ORDER BY ${e})` },
    sample: (relation, isTable, sample) => (isTable
      ? `${relation} TABLESAMPLE BERNOULLI (${percent(sample)}) REPEATABLE (${SAMPLE_SEED})`
      // A query has no TABLESAMPLE: the first 32 bits of the md5 of the seed and the row's text.
      : `(SELECT * FROM (SELECT * FROM ${relation}) AS datagate_row WHERE ('x' || substr(md5(${SEED_PREFIX} || datagate_row::text), 1, 8))::bit(32)::bigint < ${hashBound(sample)}) AS datagate_sample`),
  },
  redshift: {
    text: 'varchar',
    double: 'double precision',
    length: (e) => `length(${e})`,
    epochMs: (e) => `floor(extract(epoch from ${e}) * 1000)`,
    ranks: { kind: 'grid', points: CALL_GRID, select: (e, points) => gridPoints(points).map((p) => `APPROXIMATE PERCENTILE_DISC(${probability(p)}) WITHIN GROUP (ORDER BY ${e})`) },
    // Redshift has no TABLESAMPLE and no whole-row text: the md5 of the columns' text, once they are known.
    sample: (relation, _isTable, sample, columns) => (columns && columns.length > 0
      ? `(SELECT * FROM ${relation} WHERE strtol(substring(md5(${SEED_PREFIX} || ${columns.map((c) => `coalesce(CAST(${c} AS varchar), '')`).join(" || '|' || ")}), 1, 8), 16) < ${hashBound(sample)}) AS datagate_sample`
      : `(SELECT * FROM ${relation} WHERE random() < ${percent(sample) / 100}) AS datagate_sample`),
  },
  duckdb: {
    text: 'VARCHAR',
    double: 'DOUBLE',
    length: (e) => `length(${e})`,
    epochMs: (e, c) => (zoned(c) ? `epoch_ms(${e})` : `epoch_ms(CAST(${e} AS TIMESTAMP))`),
    // quantile_disc(c, [1,025 points]) is linear in the points (5 s at 1M rows); one sorted list is one sort.
    ranks: { kind: 'exact', select: (e, ranks) => `list_select(list(${e} ORDER BY ${e}) FILTER (WHERE ${e} IS NOT NULL), [${ranks.map((r) => r + 1).join(', ')}])` },
    sample: (relation, _isTable, sample) => (sample.rows !== undefined
      ? `(SELECT * FROM ${relation} USING SAMPLE reservoir(${Math.floor(sample.rows)} ROWS) REPEATABLE (${SAMPLE_SEED})) AS datagate_sample`
      : `(SELECT * FROM ${relation} USING SAMPLE ${percent(sample)} PERCENT (bernoulli, ${SAMPLE_SEED})) AS datagate_sample`),
  },
  bigquery: {
    text: 'STRING',
    double: 'FLOAT64',
    length: (e) => `LENGTH(${e})`,
    epochMs: (e, c) => (/^timestamp/i.test(c.engineType) ? `UNIX_MILLIS(${e})` : `UNIX_MILLIS(TIMESTAMP(${e}))`),
    ranks: { kind: 'grid', points: ARRAY_GRID, select: (e, points) => [`APPROX_QUANTILES(${e}, ${points})`] },
    sample: (relation, isTable, sample) => (isTable
      ? `${relation} TABLESAMPLE SYSTEM (${percent(sample)} PERCENT)`
      // A query: the fingerprint of the seed and the row as JSON (BigQuery names a whole row by its alias).
      : `(SELECT * FROM (SELECT * FROM ${relation}) AS datagate_row WHERE ABS(MOD(FARM_FINGERPRINT(CONCAT(${SEED_PREFIX}, TO_JSON_STRING(datagate_row))), 4294967296)) < ${hashBound(sample)}) AS datagate_sample`),
  },
  snowflake: {
    text: 'VARCHAR',
    double: 'DOUBLE',
    length: (e) => `LENGTH(${e})`,
    epochMs: (e, c) => (c.type === 'date' ? `DATE_PART(EPOCH_MILLISECOND, CAST(${e} AS TIMESTAMP_NTZ))` : `DATE_PART(EPOCH_MILLISECOND, ${e})`),
    ranks: { kind: 'grid', points: CALL_GRID, select: (e, points) => gridPoints(points).map((p) => `APPROX_PERCENTILE(${e}, ${probability(p)})`) },
    sample: (relation, _isTable, sample) => (sample.rows !== undefined
      ? `(SELECT * FROM ${relation} SAMPLE (${Math.floor(sample.rows)} ROWS)) AS datagate_sample`
      : `(SELECT * FROM ${relation} SAMPLE BERNOULLI (${percent(sample)}) SEED (${SAMPLE_SEED})) AS datagate_sample`),
  },
  trino: {
    text: 'varchar',
    double: 'double',
    length: (e) => `length(${e})`,
    epochMs: (e, c) => `CAST(floor(to_unixtime(${zoned(c) ? e : `with_timezone(CAST(${e} AS timestamp), 'UTC')`}) * 1000) AS bigint)`,
    ranks: { kind: 'probabilities', select: (e, ps) => `approx_percentile(${e}, ARRAY[${ps.map(probability).join(', ')}])` },
    // Trino's TABLESAMPLE has no seed: once the columns are known, the xxhash64 of the seed and the row as JSON.
    sample: (relation, isTable, sample, columns) => {
      if (columns && columns.length > 0) {
        return `(SELECT * FROM ${relation} WHERE bitwise_and(from_big_endian_64(xxhash64(to_utf8(${SEED_PREFIX} || json_format(CAST(ROW(${columns.join(', ')}) AS JSON))))), 4294967295) < ${hashBound(sample)}) AS datagate_sample`;
      }
      return isTable ? `${relation} TABLESAMPLE BERNOULLI (${percent(sample)})` : `(SELECT * FROM ${relation} WHERE rand() < ${percent(sample) / 100}) AS datagate_sample`;
    },
  },
  databricks: {
    text: 'STRING',
    double: 'DOUBLE',
    length: (e) => `char_length(${e})`,
    epochMs: (e, c) => (c.type === 'date' ? `unix_date(${e}) * 86400000` : `unix_millis(CAST(${e} AS TIMESTAMP))`),
    ranks: { kind: 'probabilities', select: (e, ps) => `percentile_approx(${e}, array(${ps.map(probability).join(', ')}), 10000)` },
    sample: (relation, isTable, sample) => (isTable
      ? `${relation} TABLESAMPLE (${sample.rows !== undefined ? `${Math.floor(sample.rows)} ROWS` : `${percent(sample)} PERCENT`}) REPEATABLE (${SAMPLE_SEED})`
      : `(SELECT * FROM ${relation} WHERE rand(${SAMPLE_SEED}) < ${percent(sample) / 100}) AS datagate_sample`),
  },
};

/** A timestamp with a time zone (an instant): its epoch needs no zone. */
function zoned(column: Pick<SqlColumn, 'engineType'>): boolean {
  return /with time zone|timestamptz|timestamp_tz|timestamp_ltz/i.test(column.engineType);
}

/** 0, 1/points, …, 1. */
function gridPoints(points: number): number[] {
  return Array.from({ length: points + 1 }, (_, i) => i / points);
}

export function spellingOf(dialect: Dialect): ProfileSpelling {
  return spellings[dialect.engine];
}

/** Whether the engine's order statistics are exact (its quantiles then equal numpy's). */
export function exactQuantiles(dialect: Dialect): boolean {
  return spellingOf(dialect).ranks.kind === 'exact';
}

/**
 * The relation the profile reads, sampled where asked. A sample by rows on an engine that
 * samples by percent only needs the row count: `rows` then.
 */
export function sampledRelation(
  dialect: Dialect, relation: string, isTable: boolean, sample: TableSample | undefined, rows?: number, columns?: string[],
): string {
  if (!sample) return relation;
  const spelling = spellingOf(dialect);
  if (sample.rows !== undefined && !['duckdb', 'snowflake', 'databricks'].includes(dialect.engine)) {
    const share = rows && rows > 0 ? Math.min(100, (100 * sample.rows) / rows) : 100;
    return spelling.sample(relation, isTable, { percent: share }, columns);
  }
  if (sample.rows !== undefined && dialect.engine === 'databricks' && !isTable) {
    return `(SELECT * FROM ${relation} LIMIT ${Math.floor(sample.rows)}) AS datagate_sample`;
  }
  return spelling.sample(relation, isTable, sample, columns);
}

/** Whether `sampledRelation` needs the table's row count first (a row sample on a percent-only engine). */
export function sampleNeedsRowCount(dialect: Dialect, sample: TableSample | undefined): boolean {
  return sample?.rows !== undefined && !['duckdb', 'snowflake', 'databricks'].includes(dialect.engine);
}

function isNumeric(type: ColumnType): boolean {
  return type === 'integer' || type === 'number';
}

function isTemporal(type: ColumnType): boolean {
  return type === 'date' || type === 'timestamp';
}

/** Whether a column's values are counted per category (all profiled columns, as files do). */
export function hasCategories(column: SqlColumn): boolean {
  return column.notProfiled === undefined;
}

/**
 * Q1: one row. `n` rows; per column i: `c{i}` non-null count; numeric `mn{i}`, `mx{i}`, `av{i}`,
 * `vr{i}`; dates `mn{i}`, `mx{i}` in epoch ms; text `ln{i}`, `lx{i}` lengths.
 */
export function aggregatesSql(dialect: Dialect, relation: string, columns: SqlColumn[]): string {
  const spelling = spellingOf(dialect);
  const parts = ['count(*) AS n'];
  columns.forEach((column, i) => {
    const c = dialect.quoteIdent(column.name);
    parts.push(`count(${c}) AS c${i}`);
    if (column.notProfiled !== undefined) return;
    if (isNumeric(column.type)) {
      parts.push(`min(${c}) AS mn${i}`, `max(${c}) AS mx${i}`, `avg(${c}) AS av${i}`, `var_samp(${c}) AS vr${i}`);
    } else if (isTemporal(column.type)) {
      parts.push(`${spelling.epochMs(`min(${c})`, column)} AS mn${i}`, `${spelling.epochMs(`max(${c})`, column)} AS mx${i}`);
    } else if (column.type === 'string') {
      const text = textOf(dialect, column);
      parts.push(`min(${spelling.length(text)}) AS ln${i}`, `max(${spelling.length(text)}) AS lx${i}`);
    }
  });
  return `SELECT ${parts.join(', ')} FROM ${relation}`;
}

/** A string column as text (uuid, enum, char: their text form). */
function textOf(dialect: Dialect, column: SqlColumn): string {
  const c = dialect.quoteIdent(column.name);
  return /^(text|varchar|string|character varying|char|character|bpchar)\b/i.test(column.engineType) ? c : `CAST(${c} AS ${spellingOf(dialect).text})`;
}

/** The grouping key of a column: numbers and booleans as they are, dates in epoch ms, strings as text. */
function categoryKey(dialect: Dialect, column: SqlColumn): string {
  if (isTemporal(column.type)) return spellingOf(dialect).epochMs(dialect.quoteIdent(column.name), column);
  if (column.type === 'string') return textOf(dialect, column);
  return dialect.quoteIdent(column.name);
}

/**
 * Q2: the count of every value of the columns `indexes` (into `columns`) in one scan. Rows:
 * `gid` (which of the listed columns), `k{j}` its value (NULL for the column's null count),
 * `n` its count, `d` the column's number of groups (distinct values, plus one when it has
 * nulls). A column with at most `exactLimit` groups comes back whole; beyond, its `keep` most
 * frequent values seen more than once, as the file profile's heavy hitters never keep a value
 * seen once. Only those groups are ranked: ranking every group of a unique column was most of
 * the query's time (PostgreSQL sorted 2.1M groups at 1M rows). Among groups tied at the cut,
 * which are listed is the engine's pick (ordering ties by value too made DuckDB's query 2.3× slower).
 * PostgreSQL at 1M rows, 9 columns (machine loaded): 17–24 s this way, 40–43 s ranking every group.
 */
export function categoriesSql(dialect: Dialect, relation: string, columns: SqlColumn[], indexes: number[], exactLimit: number, keep: number): string {
  const keys = indexes.map((index, j) => `${categoryKey(dialect, columns[index])} AS k${j}`);
  const names = indexes.map((_, j) => `k${j}`);
  const gid = `CASE ${names.map((k, j) => `WHEN GROUPING(${k}) = 0 THEN ${j}`).join(' ')} END`;
  const head = [
    `WITH s AS (SELECT ${keys.join(', ')} FROM ${relation}),`,
    `g AS (SELECT ${gid} AS gid, ${names.join(', ')}, count(*) AS n FROM s GROUP BY GROUPING SETS (${names.map((k) => `(${k})`).join(', ')})),`,
  ];
  if (dialect.engine === 'duckdb') {
    // DuckDB counts the groups with a window faster than it joins their counts back (6 s against
    // 2.5 s at 1M rows), and ranks only the groups that need it after (8–11 s against 15–18 s
    // ranking every group, machine loaded).
    return [
      ...head,
      `r0 AS (SELECT gid, ${names.join(', ')}, n, count(*) OVER (PARTITION BY gid) AS d FROM g),`,
      `r AS (SELECT gid, ${names.join(', ')}, n, d, row_number() OVER (PARTITION BY gid ORDER BY n DESC) AS rn FROM r0 WHERE d <= ${exactLimit + 1} OR n > 1)`,
      `SELECT gid, ${names.join(', ')}, n, d FROM r WHERE d <= ${exactLimit + 1} OR rn <= ${keep + 1}`,
    ].join('\n');
  }
  return [
    ...head,
    'd AS (SELECT gid AS dgid, count(*) AS d FROM g GROUP BY gid),',
    `r AS (SELECT gid, ${names.join(', ')}, n, d, row_number() OVER (PARTITION BY gid ORDER BY n DESC) AS rn FROM g JOIN d ON g.gid = d.dgid WHERE d <= ${exactLimit + 1} OR n > 1)`,
    `SELECT gid, ${names.join(', ')}, n, d FROM r WHERE d <= ${exactLimit + 1} OR rn <= ${keep + 1}`,
  ].join('\n');
}

/** Q3a: the non-null values of the numeric columns `indexes`, as `v{j}`, on the rows where one is not null. */
export function valuesSql(dialect: Dialect, relation: string, columns: SqlColumn[], indexes: number[]): string {
  const spelling = spellingOf(dialect);
  const quoted = indexes.map((index) => dialect.quoteIdent(columns[index].name));
  const select = quoted.map((c, j) => (columns[indexes[j]].type === 'number' ? `CAST(${c} AS ${spelling.double}) AS v${j}` : `${c} AS v${j}`));
  return `SELECT ${select.join(', ')} FROM ${relation} WHERE ${quoted.map((c) => `${c} IS NOT NULL`).join(' OR ')}`;
}

/** What the quantiles query asks of one column: its index, non-null count and the 0-based ranks wanted. */
export interface RankRequest {
  index: number;
  n: number;
  ranks: number[];
}

/**
 * Q3b: per requested column `q{j}` (or `q{j}_{p}` for an engine that needs one call per grid
 * point): the values at its ranks. Read back with `readRanks`.
 */
export function quantilesSql(dialect: Dialect, relation: string, columns: SqlColumn[], requests: RankRequest[]): string {
  const spelling = spellingOf(dialect);
  const parts: string[] = [];
  requests.forEach((request, j) => {
    const c = dialect.quoteIdent(columns[request.index].name);
    const e = `CAST(${c} AS ${spelling.double})`;
    const ranks = spelling.ranks;
    if (ranks.kind === 'exact') parts.push(`${ranks.select(e, request.ranks, request.n)} AS q${j}`);
    else if (ranks.kind === 'probabilities') parts.push(`${ranks.select(e, request.ranks.map((r) => (r + 0.5) / request.n))} AS q${j}`);
    else {
      const selects = ranks.select(e, ranks.points);
      if (selects.length === 1) parts.push(`${selects[0]} AS q${j}`);
      else selects.forEach((select, p) => parts.push(`${select} AS q${j}_${p}`));
    }
  });
  return `SELECT ${parts.join(', ')} FROM ${relation}`;
}

function numberOf(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

/** The values at each request's ranks, from the row of `quantilesSql`. */
export function readRanks(dialect: Dialect, row: Record<string, unknown>, requests: RankRequest[]): number[][] {
  const ranks = spellingOf(dialect).ranks;
  return requests.map((request, j) => {
    if (ranks.kind !== 'grid') return (row[`q${j}`] as unknown[]).map(numberOf);
    const grid = ranks.select('x', ranks.points).length === 1
      ? (row[`q${j}`] as unknown[]).map(numberOf)
      : Array.from({ length: ranks.points + 1 }, (_, p) => numberOf(row[`q${j}_${p}`]));
    // Linear between the grid points around each rank's probability.
    return request.ranks.map((r) => {
      const at = Math.min(1, Math.max(0, (r + 0.5) / request.n)) * (grid.length - 1);
      const below = Math.floor(at);
      const above = Math.min(grid.length - 1, below + 1);
      return grid[below] + (at - below) * (grid[above] - grid[below]);
    });
  });
}
