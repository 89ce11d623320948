// A table's columns and their types, from the engine (result metadata, or the catalog where a
// client has none), mapped to datagate's types. A type datagate does not have (JSON, arrays,
// geometry, intervals, binary…) is listed, counted, and not profiled, with the reason.

import type { ColumnType } from '../profile/types.js';
import { tableParts } from './dialect.js';
import type { SqlColumn } from './profileSql.js';
import type { Dialect, SqlClient, TableSource } from './types.js';

const INTEGER = /^(tinyint|smallint|mediumint|integer|int|bigint|int1|int2|int4|int8|int16|int32|int64|int128|hugeint|uhugeint|utinyint|usmallint|uinteger|ubigint|byteint|serial|smallserial|bigserial|long|short|byte)$/;
const NUMBER = /^(real|float|float4|float8|float32|float64|double|double precision|numeric|decimal|dec|number|bignumeric|bigdecimal|decfloat|money)$/;
const STRING = /^(text|varchar|character varying|char|character|bpchar|nchar|nvarchar|string|uuid|citext|name|enum|clob|tinytext|mediumtext|longtext)$/;
const TIMESTAMP = /^(timestamp|datetime|timestamptz|timestamp with time zone|timestamp without time zone|timestamp_ntz|timestamp_ltz|timestamp_tz|timestamp_s|timestamp_ms|timestamp_ns|smalldatetime|datetime2)$/;

/** Our type for the engine's type name, or why the column is not profiled. */
export function columnTypeOf(engineType: string): { type: ColumnType; notProfiled?: string } {
  const raw = engineType.trim();
  const lower = raw.toLowerCase();
  if (/\[\]$|^array\b|^list\b|^array<|^list</.test(lower)) return { type: 'list', notProfiled: `${raw}: lists are counted, not profiled value by value` };
  if (/^struct\b|^row\s*\(|^record\b|^object\b|^union\b/.test(lower)) return { type: 'struct', notProfiled: `${raw}: structs are counted, not profiled value by value` };
  if (/^map\b/.test(lower)) return { type: 'map', notProfiled: `${raw}: maps are counted, not profiled value by value` };
  // The base name: `numeric(10,2)` → numeric, `timestamp(3) with time zone` → timestamp with time zone.
  const base = lower.replace(/\s*\([^)]*\)/g, '').replace(/\s+/g, ' ').trim();
  const scale = /^(numeric|decimal|dec|number)\s*\(\s*\d+\s*,\s*(\d+)\s*\)/.exec(lower);
  if (scale) return { type: Number(scale[2]) === 0 ? 'integer' : 'number' };
  if (/^number\s*\(\s*\d+\s*\)$/.test(lower)) return { type: 'integer' };
  if (INTEGER.test(base)) return { type: 'integer' };
  if (NUMBER.test(base)) return { type: 'number' };
  if (base === 'boolean' || base === 'bool' || base === 'logical') return { type: 'boolean' };
  if (STRING.test(base) || /^enum\b/.test(lower)) return { type: 'string' };
  if (base === 'date') return { type: 'date' };
  if (TIMESTAMP.test(base)) return { type: 'timestamp' };
  return { type: 'string', notProfiled: `${raw} is not a type datagate profiles: counted only` };
}

/** The catalog query for a table's columns, for clients without result metadata. Rows: `column_name`, `data_type`. */
export function catalogSql(dialect: Dialect, table: string): string {
  const parts = tableParts(table);
  const name = dialect.literal(parts[parts.length - 1]);
  if (dialect.engine === 'bigquery') {
    // `project.dataset.table`: the dataset's INFORMATION_SCHEMA, as `project.dataset`.INFORMATION_SCHEMA.COLUMNS.
    const dataset = parts.length > 1 ? dialect.quoteIdent(parts.slice(0, -1).join('.')) : '';
    return `SELECT column_name, data_type FROM ${dataset ? `${dataset}.` : ''}INFORMATION_SCHEMA.COLUMNS WHERE table_name = ${name} ORDER BY ordinal_position`;
  }
  const catalog = parts.length >= 3 ? `${dialect.quoteIdent(parts[parts.length - 3])}.` : '';
  const schema = parts.length >= 2 ? dialect.literal(parts[parts.length - 2]) : 'current_schema()';
  return `SELECT column_name, data_type FROM ${catalog}information_schema.columns WHERE table_schema = ${schema} AND table_name = ${name} ORDER BY ordinal_position`;
}

export class CatalogError extends Error {}

/** The columns of a source: result metadata where the client has it, else the catalog (tables only). */
export async function sourceColumns(client: SqlClient, dialect: Dialect, source: TableSource, relation: string): Promise<{ columns: SqlColumn[]; queries: number }> {
  let described: { name: string; type: string }[];
  if (client.describe) {
    described = await client.describe(`SELECT * FROM ${relation}`);
  } else if (source.table !== undefined) {
    const rows = await client.query(catalogSql(dialect, source.table));
    described = rows.map((row) => ({ name: String(row.column_name ?? row.COLUMN_NAME), type: String(row.data_type ?? row.DATA_TYPE) }));
    if (described.length === 0) throw new CatalogError(`table ${source.table} not found (or it has no columns) in the catalog of connection ${source.connection}`);
  } else {
    throw new CatalogError(`connection ${source.connection}: the ${dialect.engine} client cannot describe a query's columns; use a table`);
  }
  const columns = described.map(({ name, type }) => {
    const mapped = columnTypeOf(type);
    const column: SqlColumn = { name, type: mapped.type, engineType: type };
    if (mapped.notProfiled !== undefined) column.notProfiled = mapped.notProfiled;
    return column;
  });
  return { columns, queries: 1 };
}
