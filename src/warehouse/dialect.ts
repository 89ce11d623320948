// Dialects: quoting and literals per engine. Everything from a config or the data that reaches
// SQL goes through these, never through string concatenation of raw names.

import type { Dialect, EngineName, TableSource } from './types.js';

function doubleQuoted(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function backticked(name: string): string {
  return `\`${name.replaceAll('\\', '\\\\').replaceAll('`', '\\`')}\``;
}

/** Spark SQL (Databricks) escapes a backtick inside a quoted identifier by doubling it. */
function sparkBackticked(name: string): string {
  return `\`${name.replaceAll('`', '``')}\``;
}

function singleQuoted(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** Splits `a.b.c` on dots outside double quotes or backticks (a doubled quote inside is one quote). */
export function tableParts(name: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quote: string | null = null;
  for (let i = 0; i < name.length; i++) {
    const char = name[i]!;
    if (quote) {
      if (char === quote && name[i + 1] === quote) {
        current += char;
        i++;
      } else if (char === quote) quote = null;
      else current += char;
    } else if (char === '"' || char === '`') quote = char;
    else if (char === '.') {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

function dialectWith(engine: EngineName, quote: (name: string) => string, literal = singleQuoted): Dialect {
  return {
    engine,
    quoteIdent: quote,
    quoteTable: (name) => tableParts(name).map(quote).join('.'),
    literal,
  };
}

const dialects: Record<EngineName, Dialect> = {
  postgres: dialectWith('postgres', doubleQuoted),
  redshift: dialectWith('redshift', doubleQuoted),
  duckdb: dialectWith('duckdb', doubleQuoted),
  snowflake: dialectWith('snowflake', doubleQuoted),
  trino: dialectWith('trino', doubleQuoted),
  bigquery: dialectWith('bigquery', backticked, (value) => `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`),
  databricks: dialectWith('databricks', sparkBackticked, (value) => `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`),
};

export function dialectOf(engine: EngineName): Dialect {
  return dialects[engine];
}

/** The relation a dataset side reads: a quoted table, or the query as a subquery. */
export function relationSql(dialect: Dialect, source: TableSource): string {
  if (source.table !== undefined) return dialect.quoteTable(source.table);
  if (source.query !== undefined) return `(${source.query.trim().replace(/;\s*$/, '')}) AS datagate_source`;
  throw new Error('a table source needs `table` or `query`');
}

/** How a side is named in messages: `pg: analytics.orders` or `pg: query`. */
export function sourceLabel(source: TableSource): string {
  return `${source.connection}: ${source.table ?? 'query'}`;
}
