// Warehouse tables as datasets (#14): the engine scans, datagate gets back a few KB per column.
// These are the shapes every part of src/warehouse/ shares; the SQL itself stays per concept
// (profile, contract, diff) and per dialect.

export type EngineName = 'postgres' | 'duckdb' | 'bigquery' | 'snowflake' | 'databricks' | 'trino' | 'redshift';

/** One result row, by column name. Numbers may come back as number, bigint or decimal text. */
export type SqlRow = Record<string, unknown>;

/** An open connection to one engine. Every query datagate runs goes through `query`, so it is counted. */
export interface SqlClient {
  readonly engine: EngineName;
  query(sql: string): Promise<SqlRow[]>;
  /**
   * The columns a query returns and the engine's name of each type, without running it over
   * the data (result metadata). Optional: where absent, a table's columns come from its catalog.
   */
  describe?(sql: string): Promise<{ name: string; type: string }[]>;
  close(): Promise<void>;
}

/** A dataset side that lives in an engine: a table (`schema.table`) or a query. */
export interface TableSource {
  connection: string;
  table?: string;
  query?: string;
}

/** How one engine spells the few things that differ between dialects. */
export interface Dialect {
  readonly engine: EngineName;
  /** One identifier, quoted: a column name from the data is untrusted. */
  quoteIdent(name: string): string;
  /** `schema.table` or `db.schema.table`: each part quoted. */
  quoteTable(name: string): string;
  /** A string literal. */
  literal(value: string): string;
}
