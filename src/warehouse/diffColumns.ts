// The columns of a side and their engine types, from the catalog, for the table diff.

import { UserError } from '../errors.js';
import { relationSql, sourceLabel, tableParts } from './dialect.js';
import { kindOfType, type TableColumn } from './diffSql.js';
import type { Dialect, SqlClient, TableSource } from './types.js';

function text(value: unknown): string {
  return typeof value === 'string' ? value : String(value);
}

async function postgresColumns(client: SqlClient, dialect: Dialect, source: TableSource): Promise<TableColumn[]> {
  const list = `SELECT attname AS name, format_type(atttypid, atttypmod) AS type FROM pg_attribute WHERE attrelid = %REL% AND attnum > 0 AND NOT attisdropped ORDER BY attnum`;
  if (source.table !== undefined) {
    const found = await client.query(`SELECT to_regclass(${dialect.literal(dialect.quoteTable(source.table))}) IS NOT NULL AS found`);
    if (!found[0]?.found) throw new UserError([{ file: sourceLabel(source), message: `no table or view ${JSON.stringify(source.table)} (or no permission to read it)` }]);
    const rows = await client.query(list.replace('%REL%', `to_regclass(${dialect.literal(dialect.quoteTable(source.table))})`));
    return rows.map((row) => ({ name: text(row.name), type: text(row.type), kind: kindOfType(text(row.type)) }));
  }
  // A query: its columns are those of a temporary view over it.
  const view = `datagate_diff_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await client.query(`CREATE TEMPORARY VIEW ${view} AS ${source.query!.trim().replace(/;\s*$/, '')}`);
  try {
    const rows = await client.query(list.replace('%REL%', `'pg_temp.${view}'::regclass`));
    return rows.map((row) => ({ name: text(row.name), type: text(row.type), kind: kindOfType(text(row.type)) }));
  } finally {
    await client.query(`DROP VIEW IF EXISTS pg_temp.${view}`);
  }
}

/** `information_schema.columns` for a table, for engines not run live here. */
export function informationSchemaSql(dialect: Dialect, table: string): string {
  const parts = tableParts(table);
  const name = parts[parts.length - 1]!;
  const schema = parts.length > 1 ? parts[parts.length - 2]! : undefined;
  const catalog = parts.length > 2 ? parts[parts.length - 3]! : undefined;
  const where = [`table_name = ${dialect.literal(name)}`];
  let from: string;
  if (dialect.engine === 'bigquery') {
    // BigQuery's view lives in the dataset: `project.dataset.INFORMATION_SCHEMA.COLUMNS`, one quoted path.
    from = schema ? dialect.quoteIdent([catalog, schema, 'INFORMATION_SCHEMA', 'COLUMNS'].filter((part) => part !== undefined).join('.')) : 'INFORMATION_SCHEMA.COLUMNS';
  } else {
    from = `${catalog ? dialect.quoteIdent(catalog) + '.' : ''}information_schema.columns`;
    if (schema) where.push(`table_schema = ${dialect.literal(schema)}`);
  }
  return `SELECT column_name AS name, data_type AS type FROM ${from} WHERE ${where.join(' AND ')} ORDER BY ordinal_position`;
}

export async function columnsOf(client: SqlClient, dialect: Dialect, source: TableSource): Promise<TableColumn[]> {
  let columns: TableColumn[];
  try {
    if (dialect.engine === 'postgres' || dialect.engine === 'redshift') columns = await postgresColumns(client, dialect, source);
    else if (dialect.engine === 'duckdb') {
      const rows = await client.query(`DESCRIBE SELECT * FROM ${relationSql(dialect, source)}`);
      columns = rows.map((row) => ({ name: text(row.column_name), type: text(row.column_type), kind: kindOfType(text(row.column_type)) }));
    } else {
      if (source.table === undefined) throw new UserError([{ file: sourceLabel(source), message: `a row diff over a query is not supported on ${dialect.engine} yet: name a table` }]);
      const rows = await client.query(informationSchemaSql(dialect, source.table));
      columns = rows.map((row) => ({ name: text(row.name), type: text(row.type), kind: kindOfType(text(row.type)) }));
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new UserError([{ file: sourceLabel(source), message: `could not read the columns: ${message}` }]);
  }
  if (columns.length === 0) throw new UserError([{ file: sourceLabel(source), message: `no table or view ${JSON.stringify(source.table ?? 'query')} (or no permission to read it)` }]);
  return columns;
}
