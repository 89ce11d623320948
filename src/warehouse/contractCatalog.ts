// The columns a contract is checked against: names and declared types from the engine's catalog
// (information_schema), read as the kinds the file path's type check knows.

import { UserError } from '../errors.js';
import type { CatalogKind } from './contractSql.js';
import { relationSql, sourceLabel, tableParts } from './dialect.js';
import type { Dialect, SqlClient, TableSource } from './types.js';

export interface CatalogColumn {
  name: string;
  /** The engine's type name, as the catalog spells it. */
  type: string;
  kind: CatalogKind;
}

/** A catalog type name (any engine's spelling) as a kind; anything unknown is checked by its text. */
export function kindOfCatalogType(type: string, scale?: number | null): CatalogKind {
  const name = type.trim().toLowerCase();
  if (/\[\]$|^array\b|^_/.test(name)) return 'list';
  if (/^(struct|record|row|object)\b/.test(name)) return 'struct';
  if (/^map\b/.test(name)) return 'map';
  if (/^(u?(tiny|small|big|huge)?int(eger)?\d*|int64|byteint|u?hugeint|serial|bigserial)$/.test(name)) return 'integer';
  if (/^(numeric|decimal|number|bignumeric|bigdecimal)\b/.test(name)) {
    const written = /,\s*(\d+)\s*\)/.exec(name);
    const digits = written ? Number(written[1]) : scale;
    return digits === 0 ? 'integer' : 'number';
  }
  if (/^(real|float\d*|double( precision)?|float64)$/.test(name)) return 'number';
  if (/^bool(ean)?$/.test(name)) return 'boolean';
  if (name === 'date') return 'date';
  if (/^(timestamp|datetime)/.test(name)) return 'timestamp';
  return 'text';
}

/** The relation's columns in order; a table the catalog does not know is the user's mistake (exit 2). */
export async function catalogColumns(client: SqlClient, dialect: Dialect, source: TableSource): Promise<CatalogColumn[]> {
  if (source.table === undefined) return queryColumns(client, dialect, source);
  const rows = await client.query(catalogSql(dialect, source.table));
  if (rows.length === 0) throw new UserError(`${sourceLabel(source)}: no such table (or no permission to see its columns)`);
  return rows.map((row) => {
    const type = String(row.type);
    const scale = row.scale === null || row.scale === undefined ? null : Number(row.scale);
    return { name: String(row.name), type, kind: kindOfCatalogType(type, scale) };
  });
}

/** information_schema.columns of one table; unqualified names are in the session's current schema. */
export function catalogSql(dialect: Dialect, table: string): string {
  const parts = tableParts(table);
  const name = parts[parts.length - 1]!;
  const schema = parts.length >= 2 ? parts[parts.length - 2]! : undefined;
  const catalog = parts.length >= 3 ? parts[parts.length - 3]! : undefined;
  const alias = (column: string, as: string) => `${column} AS ${dialect.quoteIdent(as)}`;
  const select = `SELECT ${alias('column_name', 'name')}, ${alias('data_type', 'type')}`;
  if (dialect.engine === 'bigquery') {
    // BigQuery's catalog lives per dataset, which an unqualified name leaves to the job's default.
    const dataset = parts.slice(0, -1).map((part) => dialect.quoteIdent(part)).join('.');
    const from = `${dataset ? `${dataset}.` : ''}INFORMATION_SCHEMA.COLUMNS`;
    return `${select}, ${alias('NULL', 'scale')} FROM ${from} WHERE table_name = ${dialect.literal(name)} ORDER BY ordinal_position`;
  }
  const currentSchema = dialect.engine === 'trino' ? 'current_schema' : 'current_schema()';
  const where = [
    `table_name = ${dialect.literal(name)}`,
    `table_schema = ${schema === undefined ? currentSchema : dialect.literal(schema)}`,
    ...(catalog === undefined ? [] : [`table_catalog = ${dialect.literal(catalog)}`]),
  ];
  return `${select}, ${alias('numeric_scale', 'scale')} FROM information_schema.columns WHERE ${where.join(' AND ')} ORDER BY ordinal_position`;
}

/**
 * A `query:` source has no catalog entry. DuckDB describes a query; elsewhere one row gives the
 * names and each column is checked by its text, which is what the file path sees too.
 */
async function queryColumns(client: SqlClient, dialect: Dialect, source: TableSource): Promise<CatalogColumn[]> {
  const relation = relationSql(dialect, source);
  if (dialect.engine === 'duckdb') {
    const rows = await client.query(`DESCRIBE SELECT * FROM ${relation}`);
    return rows.map((row) => {
      const type = String(row.column_type);
      return { name: String(row.column_name), type, kind: kindOfCatalogType(type) };
    });
  }
  const [first] = await client.query(`SELECT * FROM ${relation} LIMIT 1`);
  return Object.keys(first ?? {}).map((name) => ({ name, type: 'unknown', kind: 'unknown' as const }));
}
