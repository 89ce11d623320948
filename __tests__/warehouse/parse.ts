// SQL for the engines CI can't run live (BigQuery, Snowflake, Databricks, Trino, Redshift) is at
// least accepted by a parser of that dialect (node-sql-parser's grammars; Databricks → Hive's).

import sqlParser from 'node-sql-parser';
import type { EngineName } from '../../src/warehouse/types.js';

const parser = new sqlParser.Parser();
const grammar: Record<EngineName, string> = {
  postgres: 'PostgresQL', redshift: 'Redshift', duckdb: 'PostgresQL', bigquery: 'BigQuery',
  snowflake: 'Snowflake', trino: 'Trino', databricks: 'Hive',
};

/** Throws with the parser's message where the dialect's grammar rejects `sql`. */
export function parseAs(engine: EngineName, sql: string): void {
  parser.astify(sql, { database: grammar[engine] });
}
