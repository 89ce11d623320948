// The SQL expressions a contract rule needs, per dialect: a value's text, its kind as the file
// path would classify that text, its number or time, null tests, regex search. Pure string
// building; every name goes through `quoteIdent` and every value through `literal`.

import { finiteNumber } from './finite.js';
import type { ColumnType } from '../profile/types.js';
import { translatePattern } from './regexSql.js';
import type { Dialect, EngineName } from './types.js';

/**
 * What a column's catalog type says about its values: `text` (a text column) and `unknown` (a
 * query's column, of a type not known here) are classified by their text, as a file's cells are.
 */
export type CatalogKind = 'integer' | 'number' | 'boolean' | 'date' | 'timestamp' | 'list' | 'struct' | 'map' | 'text' | 'unknown';

interface Functions {
  text(expr: string): string;
  length(expr: string): string;
  /** Whether the (already translated) regex literal is found anywhere in `expr`, as RegExp#test. */
  search(expr: string, regex: string): string;
  /** Milliseconds since the epoch of a date or timestamp, a timestamp without zone read as UTC. */
  epochMs(expr: string, kind: 'date' | 'timestamp'): string;
  /** A text already known to spell a number, as a number. */
  number(expr: string): string;
  /** A text already known to spell an ISO date or zoneless timestamp, as a timestamp. */
  timestamp(expr: string): string;
}

const postgresLike = (textType: string): Functions => ({
  text: (expr) => `CAST(${expr} AS ${textType})`,
  length: (expr) => `CHAR_LENGTH(${expr})`,
  search: (expr, regex) => `(${expr} ~ ${regex})`,
  epochMs: (expr) => `(EXTRACT(EPOCH FROM ${expr}) * 1000)`,
  // NUMERIC: a text like 1e999 is a number to JavaScript (Infinity) and would overflow a double.
  number: (expr) => `CAST(${expr} AS NUMERIC)`,
  timestamp: (expr) => `CAST(${expr} AS TIMESTAMP)`,
});

const functions: Record<EngineName, Functions> = {
  postgres: postgresLike('TEXT'),
  redshift: postgresLike('VARCHAR'),
  duckdb: {
    text: (expr) => `CAST(${expr} AS VARCHAR)`,
    length: (expr) => `LENGTH(${expr})`,
    search: (expr, regex) => `REGEXP_MATCHES(${expr}, ${regex})`,
    epochMs: (expr, kind) => kind === 'date' ? `EPOCH_MS(CAST(${expr} AS TIMESTAMP))` : `EPOCH_MS(${expr})`,
    number: (expr) => `TRY_CAST(${expr} AS DOUBLE)`,
    timestamp: (expr) => `TRY_CAST(${expr} AS TIMESTAMP)`,
  },
  bigquery: {
    text: (expr) => `CAST(${expr} AS STRING)`,
    length: (expr) => `CHAR_LENGTH(${expr})`,
    search: (expr, regex) => `REGEXP_CONTAINS(${expr}, ${regex})`,
    epochMs: (expr) => `UNIX_MILLIS(TIMESTAMP(${expr}))`,
    number: (expr) => `SAFE_CAST(${expr} AS FLOAT64)`,
    timestamp: (expr) => `SAFE_CAST(${expr} AS DATETIME)`,
  },
  snowflake: {
    text: (expr) => `CAST(${expr} AS VARCHAR)`,
    length: (expr) => `LENGTH(${expr})`,
    // REGEXP_LIKE matches the whole text; REGEXP_INSTR searches, as RegExp#test does.
    search: (expr, regex) => `(REGEXP_INSTR(${expr}, ${regex}) > 0)`,
    epochMs: (expr) => `DATE_PART(EPOCH_MILLISECOND, ${expr})`,
    number: (expr) => `TRY_CAST(${expr} AS DOUBLE)`,
    timestamp: (expr) => `TRY_CAST(${expr} AS TIMESTAMP_NTZ)`,
  },
  trino: {
    text: (expr) => `CAST(${expr} AS VARCHAR)`,
    length: (expr) => `LENGTH(${expr})`,
    search: (expr, regex) => `REGEXP_LIKE(${expr}, ${regex})`,
    epochMs: (expr) => `(TO_UNIXTIME(WITH_TIMEZONE(CAST(${expr} AS TIMESTAMP), 'UTC')) * 1000)`,
    number: (expr) => `TRY_CAST(${expr} AS DOUBLE)`,
    timestamp: (expr) => `TRY_CAST(${expr} AS TIMESTAMP)`,
  },
  databricks: {
    text: (expr) => `CAST(${expr} AS STRING)`,
    length: (expr) => `CHAR_LENGTH(${expr})`,
    search: (expr, regex) => `(${expr} RLIKE ${regex})`,
    epochMs: (expr) => `UNIX_MILLIS(CAST(${expr} AS TIMESTAMP))`,
    // The text is known to spell a number; Hive's grammar (the stand-in parser for tests) has no TRY_CAST.
    number: (expr) => `CAST(${expr} AS DOUBLE)`,
    timestamp: (expr) => `TRY_CAST(${expr} AS TIMESTAMP)`,
  },
};

/**
 * The kinds `classifyText` (src/profile/values.ts) gives a text, as patterns: integer, number,
 * boolean, ISO date, ISO timestamp (with and without a zone). Checked in this order, as it does.
 */
const DATE = '[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])';
const TIME = '[T ](([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?|24:00(:00(\\.(0|00|000[0-9]*))?)?)';
/**
 * Calendar dates an engine's cast accepts: day 29–31 only where the month has it (leap years by the
 * Gregorian rule), no year 0. JavaScript rolls 2023-02-31 over to March; SQL reads no time from it
 * rather than failing the whole query on a cast.
 */
const YEAR = '([0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)';
const LEAP_YEAR = '([0-9]{2}(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)';
const CALENDAR_DATE = `(${YEAR}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])|${YEAR}-(0[13-9]|1[0-2])-(29|30)|${YEAR}-(0[13578]|1[02])-31|${LEAP_YEAR}-02-29)`;
const CASTABLE_TIME = '[T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?';

const TEXT_KINDS = {
  integer: '^[+-]?[0-9]+$',
  number: '^[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?$',
  boolean: '^(true|True|TRUE|false|False|FALSE)$',
  date: `^${DATE}$`,
  castableDate: `^${CALENDAR_DATE}$`,
  castableTimestamp: `^${CALENDAR_DATE}${CASTABLE_TIME}$`,
  timestamp: `^${DATE}${TIME}(Z|[+-][0-9]{2}:?[0-9]{2})?$`,
} as const;

/** The SQL of one column: its value, text, kind, null test, number and time, as the file path reads them. */
export class ColumnSql {
  readonly ref: string;
  private readonly fns: Functions;

  constructor(private readonly dialect: Dialect, name: string, readonly kind: CatalogKind, private readonly nullTokens: readonly string[]) {
    // NaN and ±Infinity read as null, as the profile reads them (finite.ts).
    this.ref = kind === 'number' ? `(${finiteNumber(dialect.quoteIdent(name))})` : dialect.quoteIdent(name);
    this.fns = functions[dialect.engine];
  }

  /** The value as text: what `pattern`, lengths, `allowed` and examples see. */
  get text(): string {
    return this.kind === 'text' ? this.ref : this.fns.text(this.ref);
  }

  /** Whether values are classified by their text rather than by the catalog's type. */
  get textual(): boolean {
    return this.kind === 'text' || this.kind === 'unknown';
  }

  /** Null as the file path reads it: SQL NULL, and for text the empty string and `null_values`. */
  get isNull(): string {
    if (!this.textual) return `${this.ref} IS NULL`;
    const tokens = ['', ...this.nullTokens].map((token) => this.dialect.literal(token));
    return `(${this.ref} IS NULL OR ${this.text} IN (${[...new Set(tokens)].join(', ')}))`;
  }

  get notNull(): string {
    return `NOT ${this.isNull}`;
  }

  /** A SQL boolean: the JavaScript `pattern` is found in `expr`. */
  search(expr: string, pattern: string): string {
    return this.fns.search(expr, this.dialect.literal(translatePattern(pattern, this.dialect.engine)));
  }

  length(expr: string): string {
    return this.fns.length(expr);
  }

  /** The kind of a non-null value (one of ColumnType's scalar names), as `cellType` gives it. */
  get valueKind(): string {
    const quoted = (type: ColumnType) => this.dialect.literal(type);
    switch (this.kind) {
      case 'text': case 'unknown': {
        const text = this.text;
        const when = (pattern: string, type: ColumnType) => `WHEN ${this.search(text, pattern)} THEN ${quoted(type)}`;
        return `CASE ${when(TEXT_KINDS.integer, 'integer')} ${when(TEXT_KINDS.number, 'number')} ${when(TEXT_KINDS.boolean, 'boolean')} ` +
          `${when(TEXT_KINDS.date, 'date')} ${when(TEXT_KINDS.timestamp, 'timestamp')} ELSE ${quoted('string')} END`;
      }
      // A double holding a whole number is an integer to `cellType`, as a decoded Parquet value is.
      case 'number': return `CASE WHEN ${this.ref} = FLOOR(${this.ref}) THEN ${quoted('integer')} ELSE ${quoted('number')} END`;
      default: return quoted(this.kind);
    }
  }

  /** The value as a number where the file path reads one (`cellNumber`), else NULL. */
  get number(): string | undefined {
    if (this.kind === 'integer' || this.kind === 'number') return this.ref;
    if (!this.textual) return undefined;
    return `CASE WHEN ${this.search(this.text, TEXT_KINDS.number)} THEN ${this.fns.number(this.text)} END`;
  }

  /** The value as milliseconds since the epoch where the file path reads a time, else NULL. */
  get epochMs(): string | undefined {
    if (this.kind === 'date' || this.kind === 'timestamp') return this.fns.epochMs(this.ref, this.kind);
    if (!this.textual) return undefined;
    // ISO dates and zoneless timestamps of real calendar days; a text with a zone offset, or at
    // 24:00, is not read as a time here.
    const guard = `${this.search(this.text, TEXT_KINDS.castableDate)} OR ${this.search(this.text, TEXT_KINDS.castableTimestamp)}`;
    return `CASE WHEN ${guard} THEN ${this.fns.epochMs(this.fns.timestamp(this.text), 'timestamp')} END`;
  }

  /**
   * Non-null values `typeAccepts(declared, …)` refuses, by the kind the file path would report:
   * SQL booleans per kind (empty when every value is accepted).
   */
  typeViolations(declared: ColumnType): { kind: ColumnType; condition: string }[] {
    if (declared === 'string') return [];
    const possible: ColumnType[] = this.textual ? ['integer', 'number', 'boolean', 'date', 'timestamp', 'string']
      : this.kind === 'number' ? ['integer', 'number'] : [this.kind as ColumnType];
    const kindExpr = this.valueKind;
    const out: { kind: ColumnType; condition: string }[] = [];
    for (const kind of possible) {
      const ofKind = possible.length === 1 ? this.notNull : `${this.notNull} AND ${kindExpr} = ${this.dialect.literal(kind)}`;
      const refused = this.refusal(declared, kind);
      if (refused === false) continue;
      out.push({ kind, condition: refused === true ? `(${ofKind})` : `(${ofKind} AND ${refused})` });
    }
    return out;
  }

  /** Whether `declared` refuses a value of `kind`: always (true), never (false), or when a SQL condition holds. */
  private refusal(declared: ColumnType, kind: ColumnType): boolean | string {
    switch (declared) {
      case 'integer': return kind !== 'integer';
      case 'number': return kind !== 'integer' && kind !== 'number';
      case 'boolean':
        if (kind === 'boolean') return false;
        if (kind !== 'integer') return true;
        // A 0/1 flag is a boolean to a contract.
        return this.textual ? `${this.text} NOT IN ('0', '1')` : `${this.ref} NOT IN (0, 1)`;
      case 'date':
        if (kind === 'date') return false;
        // A decoded timestamp at midnight UTC is a date (not a text one, which is a timestamp by its spelling).
        if (kind === 'timestamp' && this.kind === 'timestamp') return `MOD(${this.fns.epochMs(this.ref, 'timestamp')}, 86400000) <> 0`;
        return true;
      case 'timestamp': return kind !== 'timestamp' && kind !== 'date';
      default: return kind !== declared;
    }
  }
}

/** A number from the config as SQL (finite; the config schema has no NaN). */
export function numberSql(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return String(value);
}
