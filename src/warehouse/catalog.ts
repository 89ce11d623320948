// A table's columns from the engine's catalog, read once per table in one statement: each
// column's name, the engine's type and its declared nullability (NOT NULL). The profile, the
// contract and the schema diff all read them here. A `query:` source has no catalog entry: its
// columns come from the result's metadata where the client has it. Types are mapped two ways:
// to the profile's types (a type datagate does not have — JSON, arrays, geometry, intervals,
// binary… — is listed, counted and not profiled, with the reason) and to the contract's kinds.

import { UserError } from '../errors.js';
import type { ColumnType } from '../profile/types.js';
import type { CatalogKind } from './contractSql.js';
import { relationSql, sourceLabel, tableParts } from './dialect.js';
import type { SqlColumn } from './profileSql.js';
import type { Dialect, SqlClient, SqlRow, TableSource } from './types.js';

export interface CatalogColumn {
  name: string;
  /** The engine's type name, as the catalog spells it. */
  type: string;
  kind: CatalogKind;
  /** As declared: false for NOT NULL; absent where the engine does not say (a query's result). */
  nullable?: boolean;
}

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

/** A catalog type name (any engine's spelling) as a contract kind; anything unknown is checked by its text. */
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

/**
 * One table's columns in order, in one statement. Rows: `name`, `type`, `nullable` (`YES`/`NO`,
 * or a boolean), `scale`. PostgreSQL reads pg_attribute, whose format_type keeps a type's
 * modifiers and array brackets (information_schema says `numeric` and `ARRAY`) and whose
 * to_regclass follows the search path; the other engines read their information_schema.
 */
export function catalogSql(dialect: Dialect, table: string): string {
  const parts = tableParts(table);
  const name = parts[parts.length - 1]!;
  const schema = parts.length >= 2 ? parts[parts.length - 2]! : undefined;
  const catalog = parts.length >= 3 ? parts[parts.length - 3]! : undefined;
  const alias = (column: string, as: string) => `${column} AS ${dialect.quoteIdent(as)}`;
  if (dialect.engine === 'postgres') {
    const relation = dialect.literal(dialect.quoteTable(table));
    return `SELECT ${alias('attname', 'name')}, ${alias('format_type(atttypid, atttypmod)', 'type')}, ${alias('NOT attnotnull', 'nullable')}, ${alias('NULL', 'scale')}`
      + ` FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass(${relation}) AND attnum > 0 AND NOT attisdropped ORDER BY attnum`;
  }
  const select = `SELECT ${alias('column_name', 'name')}, ${alias('data_type', 'type')}, ${alias('is_nullable', 'nullable')}`;
  if (dialect.engine === 'bigquery') {
    // BigQuery's catalog lives per dataset, which an unqualified name leaves to the job's default.
    // `project.dataset` quoted as one path, as BigQuery's own examples write it.
    const dataset = parts.length > 1 ? dialect.quoteIdent(parts.slice(0, -1).join('.')) : '';
    const from = `${dataset ? `${dataset}.` : ''}INFORMATION_SCHEMA.COLUMNS`;
    return `${select}, ${alias('NULL', 'scale')} FROM ${from} WHERE table_name = ${dialect.literal(name)} ORDER BY ordinal_position`;
  }
  const currentSchema = dialect.engine === 'trino' ? 'current_schema' : 'current_schema()';
  // DuckDB lists every attached database's tables: an unqualified name is the current one's.
  const currentCatalog = dialect.engine === 'duckdb' ? 'current_database()' : undefined;
  const where = [
    `table_name = ${dialect.literal(name)}`,
    `table_schema = ${schema === undefined ? currentSchema : dialect.literal(schema)}`,
    ...(catalog !== undefined ? [`table_catalog = ${dialect.literal(catalog)}`] : currentCatalog !== undefined ? [`table_catalog = ${currentCatalog}`] : []),
  ];
  return `${select}, ${alias('numeric_scale', 'scale')} FROM information_schema.columns WHERE ${where.join(' AND ')} ORDER BY ordinal_position`;
}

/** `YES`/`NO` (information_schema), a boolean (pg_attribute), anything else unknown. */
function nullableOf(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const text = typeof value === 'string' ? value.trim().toUpperCase() : '';
  if (text === 'YES' || text === 'TRUE') return true;
  if (text === 'NO' || text === 'FALSE') return false;
  return undefined;
}

/** A catalog row, whatever case the engine gives its column names in (Snowflake: upper). */
function field(row: SqlRow, name: string): unknown {
  return row[name] ?? row[name.toUpperCase()];
}

/**
 * The columns of a source, in order: a table's from the catalog (one statement; a table the
 * catalog does not know is the user's mistake, exit 2), a query's from the result's metadata
 * (DuckDB and PostgreSQL describe it without reading a row) or, where the client cannot describe,
 * from one row's names, each then checked by its text as a file's would be.
 */
export async function catalogColumns(client: SqlClient, dialect: Dialect, source: TableSource): Promise<CatalogColumn[]> {
  if (source.table === undefined) return queryColumns(client, dialect, source);
  const rows = await client.query(catalogSql(dialect, source.table));
  if (rows.length === 0) {
    // Not in the catalog: let the engine say why in its own words (no such table, no such
    // schema, no permission), which the run's connection turns into the user's message. Only a
    // table it can read and not see in the catalog gets ours.
    const missing = `${sourceLabel(source)}: no such table (or no permission to see its columns)`;
    try {
      await client.query(`SELECT * FROM ${relationSql(dialect, source)} WHERE 1 = 0`);
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw new UserError(`${missing} (${(error as Error).message.split('\n')[0]})`);
    }
    throw new UserError(missing);
  }
  return rows.map((row) => {
    const type = String(field(row, 'type'));
    const rawScale = field(row, 'scale');
    const scale = rawScale === null || rawScale === undefined ? null : Number(rawScale);
    const column: CatalogColumn = { name: String(field(row, 'name')), type, kind: kindOfCatalogType(type, scale) };
    const nullable = nullableOf(field(row, 'nullable'));
    if (nullable !== undefined) column.nullable = nullable;
    return column;
  });
}

async function queryColumns(client: SqlClient, dialect: Dialect, source: TableSource): Promise<CatalogColumn[]> {
  const relation = relationSql(dialect, source);
  if (client.describe) {
    const described = await client.describe(`SELECT * FROM ${relation}`);
    return described.map(({ name, type }) => ({ name, type, kind: kindOfCatalogType(type) }));
  }
  const [first] = await client.query(`SELECT * FROM ${relation} LIMIT 1`);
  return Object.keys(first ?? {}).map((name) => ({ name, type: 'unknown', kind: 'unknown' as const }));
}

/** A catalog column as the profile reads it: datagate's type, or why it is not profiled. */
export function sqlColumnOf(column: CatalogColumn): SqlColumn {
  const mapped = columnTypeOf(column.type);
  const sql: SqlColumn = { name: column.name, type: mapped.type, engineType: column.type };
  if (mapped.notProfiled !== undefined) sql.notProfiled = mapped.notProfiled;
  return sql;
}
