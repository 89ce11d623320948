// The SQL pieces of the table diff, per dialect: a column's kind from its engine type, and the
// canonical text of a value. The canonical text is what the cross-engine checksums hash, so it
// must come out identical on every engine for equal values: integers as digits, other numbers
// as the double in 17 significant digits (`n1.5000000000000000e+00`), dates and times as epoch
// milliseconds, booleans as b0/b1, text length-prefixed (`s5:hello`, so no value can forge a
// separator) and NULL as nothing at all (distinct from `s0:`).

import { finiteNumber } from './finite.js';
import type { Dialect, EngineName } from './types.js';

export type ColumnKind = 'integer' | 'number' | 'boolean' | 'date' | 'timestamp' | 'text';

/** A column of a side: its name and its engine type, as the catalog spells it. */
export interface TableColumn { name: string; type: string; kind: ColumnKind }

export function kindOfType(type: string): ColumnKind {
  const t = type.trim().toLowerCase();
  // Arrays, structs, maps, JSON: compared as their text.
  if (t.includes('[') || /^(?:array|struct|map|list|union|row|variant|object|json)\b/.test(t)) return 'text';
  const decimal = /^(?:numeric|decimal|number|bignumeric)\s*\(\s*\d+\s*(?:,\s*(\d+)\s*)?\)/.exec(t);
  if (decimal) return decimal[1] === undefined || Number(decimal[1]) === 0 ? 'integer' : 'number';
  if (/^(?:tinyint|smallint|integer|int|bigint|hugeint|uhugeint|ubigint|uinteger|usmallint|utinyint|int2|int4|int8|int16|int32|int64|long|short|byte|serial|bigserial)\b/.test(t)) return 'integer';
  if (/^(?:real|double|float|numeric|decimal|number|float4|float8|float32|float64|bignumeric)\b/.test(t)) return 'number';
  if (/^(?:boolean|bool)\b/.test(t)) return 'boolean';
  if (t === 'date') return 'date';
  if (/^(?:timestamp|datetime)/.test(t)) return 'timestamp';
  return 'text';
}

const TEXT_TYPE: Record<EngineName, string> = {
  postgres: 'TEXT', redshift: 'VARCHAR', duckdb: 'VARCHAR', bigquery: 'STRING', snowflake: 'VARCHAR', trino: 'VARCHAR', databricks: 'STRING',
};
const DOUBLE_TYPE: Record<EngineName, string> = {
  postgres: 'DOUBLE PRECISION', redshift: 'DOUBLE PRECISION', duckdb: 'DOUBLE', bigquery: 'FLOAT64', snowflake: 'DOUBLE', trino: 'DOUBLE', databricks: 'DOUBLE',
};
const WIDE_INTEGER: Record<EngineName, string> = {
  postgres: 'NUMERIC', redshift: 'DECIMAL(38,0)', duckdb: 'DECIMAL(38,0)', bigquery: 'NUMERIC', snowflake: 'NUMBER(38,0)', trino: 'DECIMAL(38,0)', databricks: 'DECIMAL(38,0)',
};

export function asText(dialect: Dialect, expression: string): string {
  return `CAST(${expression} AS ${TEXT_TYPE[dialect.engine]})`;
}

export function asDouble(dialect: Dialect, expression: string): string {
  return `CAST(${expression} AS ${DOUBLE_TYPE[dialect.engine]})`;
}

/** A double in 17 significant digits, `d.dddddddddddddddde±XX`; `+ 0.0` turns −0 into 0. */
function scientific(dialect: Dialect, expression: string): string {
  const value = `(${asDouble(dialect, expression)} + 0.0)`;
  switch (dialect.engine) {
    case 'postgres':
    case 'redshift':
    case 'snowflake':
      return `LTRIM(TO_CHAR(${value}, '9.9999999999999999EEEE'))`;
    case 'duckdb': return `format('{:.16e}', ${value})`;
    case 'bigquery': return `FORMAT('%.16e', ${value})`;
    case 'trino': return `format('%.16e', ${value})`;
    case 'databricks': return `format_string('%.16e', ${value})`;
  }
}

/** Epoch milliseconds of a date or time, as an integer expression. */
export function epochMs(dialect: Dialect, kind: ColumnKind, expression: string): string {
  switch (dialect.engine) {
    case 'postgres':
    case 'redshift':
      return `CAST(FLOOR(EXTRACT(EPOCH FROM ${expression}) * 1000) AS BIGINT)`;
    case 'duckdb': return kind === 'date' ? `epoch_ms(CAST(${expression} AS TIMESTAMP))` : `epoch_ms(${expression})`;
    case 'bigquery': return `UNIX_MILLIS(TIMESTAMP(${expression}))`;
    case 'snowflake': return `DATE_PART(epoch_millisecond, ${expression})`;
    case 'trino': return `CAST(FLOOR(to_unixtime(CAST(${expression} AS TIMESTAMP)) * 1000) AS BIGINT)`;
    case 'databricks': return `unix_millis(CAST(${expression} AS TIMESTAMP))`;
  }
}

/** The canonical text of one value (NULL for a NULL). */
export function canonicalField(dialect: Dialect, kind: ColumnKind, expression: string): string {
  switch (kind) {
    case 'integer': return `'i' || ${asText(dialect, expression)}`;
    // NaN and ±Infinity as NULL, as the profile and the contract read them (finite.ts).
    case 'number': return `'n' || ${scientific(dialect, finiteNumber(expression))}`;
    case 'date':
    case 'timestamp':
      return `'t' || ${asText(dialect, epochMs(dialect, kind, expression))}`;
    case 'boolean': return `CASE WHEN ${expression} IS NULL THEN NULL WHEN ${expression} THEN 'b1' ELSE 'b0' END`;
    case 'text': {
      const text = asText(dialect, expression);
      return `'s' || ${asText(dialect, `LENGTH(${text})`)} || ':' || ${text}`;
    }
  }
}

/** Fields joined by `|`, a NULL as nothing (text is length-prefixed, so this parses back unambiguously). */
export function canonicalRow(dialect: Dialect, fields: { kind: ColumnKind; expression: string }[]): string {
  if (fields.length === 0) return `''`;
  return fields.map((field) => `COALESCE(${canonicalField(dialect, field.kind, field.expression)}, '')`).join(` || '|' || `);
}

export function md5Hex(dialect: Dialect, text: string): string {
  switch (dialect.engine) {
    case 'bigquery': return `TO_HEX(MD5(${text}))`;
    case 'trino': return `lower(to_hex(md5(to_utf8(${text}))))`;
    default: return `md5(${text})`;
  }
}

/** The first 12 hex digits (48 bits) of an md5 as an integer, as data-diff's checksums do. */
export function hex48(dialect: Dialect, hex: string): string {
  const digits = `substr(${hex}, 1, 12)`;
  switch (dialect.engine) {
    case 'postgres': return `CAST(CAST('x' || ${digits} AS BIT(48)) AS BIGINT)`;
    case 'redshift': return `STRTOL(${digits}, 16)`;
    case 'duckdb': return `CAST('0x' || ${digits} AS BIGINT)`;
    case 'bigquery': return `CAST(CONCAT('0x', ${digits}) AS INT64)`;
    case 'snowflake': return `TO_NUMBER(${digits}, 'XXXXXXXXXXXX')`;
    case 'trino': return `from_base(${digits}, 16)`;
    case 'databricks': return `CAST(conv(${digits}, 16, 10) AS BIGINT)`;
  }
}

/** A sum of 48-bit integers that cannot overflow, returned as text (exact in JavaScript). */
export function wideSumText(dialect: Dialect, expression: string): string {
  return asText(dialect, `SUM(CAST(${expression} AS ${WIDE_INTEGER[dialect.engine]}))`);
}

/** Kinds both sides hash a column by: an integer column facing a non-integer number hashes as a number on both sides. */
export function sharedKinds(baseline: ColumnKind, current: ColumnKind): [ColumnKind, ColumnKind] {
  const numeric = (kind: ColumnKind) => kind === 'integer' || kind === 'number';
  if (baseline !== current && numeric(baseline) && numeric(current)) return ['number', 'number'];
  return [baseline, current];
}

export function isNumeric(kind: ColumnKind): boolean {
  return kind === 'integer' || kind === 'number';
}

export function isTime(kind: ColumnKind): boolean {
  return kind === 'date' || kind === 'timestamp';
}
