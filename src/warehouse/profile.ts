// A table's profile, pushed down: the engine scans, datagate gets back a few KB per column and
// builds the same profile a file gets (src/warehouse/profileRows.ts). At most five queries per
// table, whatever its width: the columns (metadata, no scan), the aggregates, the value counts,
// and the numbers (pulled back while small enough for exact drift, order statistics beyond).

import { UserError } from '../errors.js';
import { EXACT_CATEGORIES, KEPT_CATEGORIES } from '../profile/categories.js';
import { EXACT_COLUMN_VALUES, EXACT_PROFILE_VALUES, attachExactValues } from '../profile/exact.js';
import { EXACT_VALUES } from '../profile/sample.js';
import type { Profile } from '../profile/types.js';
import { catalogColumns, sqlColumnOf, type CatalogColumn } from './catalog.js';
import { finiteRelation } from './finite.js';
import { costSince, metered, snapshot, type QueryCost } from './meter.js';
import { relationSql, sourceLabel } from './dialect.js';
import {
  aggregatesSql, categoriesSql, hasCategories, quantilesSql, readRanks, sampleNeedsRowCount, sampledRelation, valuesSql,
  type RankRequest, type SqlColumn, type TableSample,
} from './profileSql.js';
import { columnProfile, neededRanks, numberOf, readAggregates, readCategories, readValues, type ColumnCategories, type NumericSource } from './profileRows.js';
import type { Dialect, SqlClient, SqlRow, TableSource } from './types.js';

export type { TableSample } from './profileSql.js';

export type { QueryCost } from './meter.js';

export interface TableProfileOptions {
  /** Keep every numeric value for exact drift statistics (a comparison in this run). */
  exact?: boolean;
  /** Profile a sample, drawn by the engine (TABLESAMPLE, USING SAMPLE, SAMPLE…). */
  sample?: TableSample;
}

/** A query the engine refused: the source named, the engine's message kept. */
export class TableQueryError extends Error {}

export async function profileTable(client: SqlClient, dialect: Dialect, source: TableSource, options: TableProfileOptions = {}): Promise<{ profile: Profile; cost: QueryCost }> {
  const label = sourceLabel(source);
  const meter = metered(client);
  const before = snapshot(meter);
  const run = async (sql: string): Promise<SqlRow[]> => {
    try {
      return await meter.query(sql);
    } catch (error) {
      // Already said for the user by the run's connection (dataset, connection, table, no secret).
      if (error instanceof UserError) throw error;
      throw new TableQueryError(`${label}: ${(error as Error).message}`, { cause: error });
    }
  };

  const base = relationSql(dialect, source);
  let tableRows: number | undefined;
  if (sampleNeedsRowCount(dialect, options.sample)) {
    tableRows = numberOf((await run(`SELECT count(*) AS n FROM ${base}`))[0]?.n);
    meter.scanned(tableRows);
  }
  let catalog: CatalogColumn[];
  try {
    if (source.table === undefined && !meter.describe) {
      throw new Error(`connection ${source.connection}: the ${dialect.engine} client cannot describe a query's columns; use a table`);
    }
    // Sampling keeps the columns: they are read unsampled, and name what a row's sampling hash reads.
    catalog = await catalogColumns(meter, dialect, source);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new TableQueryError(`${label}: ${(error as Error).message}`, { cause: error });
  }
  const columns: SqlColumn[] = catalog.map(sqlColumnOf);
  const sampled = sampledRelation(dialect, base, source.table !== undefined, options.sample, tableRows, columns.map((column) => dialect.quoteIdent(column.name)));
  // NaN and ±Infinity read as null (finite.ts); a column not profiled keeps its engine type.
  const relation = finiteRelation(dialect, sampled, columns.map((column) => ({ name: column.name, type: column.notProfiled === undefined ? column.type : 'other' })));

  const { rows, columns: aggregates } = readAggregates((await run(aggregatesSql(dialect, relation, columns)))[0] ?? { n: 0 }, columns);
  meter.scanned(rows);
  const nulls = aggregates.map((column) => rows - column.count);

  const categories = new Map<number, ColumnCategories>();
  const counted = columns.flatMap((column, index) => (hasCategories(column) && aggregates[index].count > 0 ? [index] : []));
  if (counted.length > 0) {
    const result = await run(categoriesSql(dialect, relation, columns, counted, EXACT_CATEGORIES, KEPT_CATEGORIES));
    meter.scanned(rows);
    readCategories(result, columns, counted, nulls, EXACT_CATEGORIES, KEPT_CATEGORIES).forEach((entry, j) => categories.set(counted[j], entry));
  }

  const numeric = new Map<number, NumericSource>();
  const { pulled, ranked } = planNumbers(columns, aggregates.map((column) => column.count), options.exact === true);
  if (pulled.length > 0) {
    const values = readValues(await run(valuesSql(dialect, relation, columns, pulled)), pulled.length);
    meter.scanned(rows);
    values.forEach((sorted, j) => numeric.set(pulled[j], { kind: 'values', sorted }));
  }
  if (ranked.length > 0) {
    const requests: RankRequest[] = ranked.map((index) => ({ index, n: aggregates[index].count, ranks: neededRanks(aggregates[index].count) }));
    const row = (await run(quantilesSql(dialect, relation, columns, requests)))[0] ?? {};
    meter.scanned(rows);
    readRanks(dialect, row, requests).forEach((values, j) => {
      numeric.set(ranked[j], { kind: 'ranks', values: new Map(requests[j].ranks.map((rank, r) => [rank, values[r]])) });
    });
  }

  const profiles = columns.map((column, index) => {
    const source = numeric.get(index);
    const profile = columnProfile(column, rows, aggregates[index], categories.get(index), source);
    if (options.exact && source?.kind === 'values' && source.sorted.length === profile.count) attachExactValues(profile, source.sorted);
    const declared = catalog[index].nullable;
    if (declared !== undefined) profile.declaredNullable = declared;
    return profile;
  });
  return { profile: { version: 1, rows, columns: profiles, source: [label] }, cost: costSince(meter, before) };
}

/**
 * Which numeric columns come back value by value: for exact drift every column within the file
 * profile's budget (2^21 values a column, 2^24 a table), otherwise those the file profile keeps
 * exactly (≤ 2,048 values). The others get the engine's order statistics.
 */
export function planNumbers(columns: SqlColumn[], counts: number[], exact: boolean): { pulled: number[]; ranked: number[] } {
  const pulled: number[] = [];
  const ranked: number[] = [];
  let remaining = exact ? EXACT_PROFILE_VALUES : Number.POSITIVE_INFINITY;
  const perColumn = exact ? EXACT_COLUMN_VALUES : EXACT_VALUES;
  columns.forEach((column, index) => {
    const count = counts[index];
    if (column.notProfiled !== undefined || (column.type !== 'integer' && column.type !== 'number') || count === 0) return;
    if (count <= perColumn && count <= remaining) {
      pulled.push(index);
      remaining -= count;
    } else ranked.push(index);
  });
  return { pulled, ranked };
}
