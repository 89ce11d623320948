import { describe, expect, it } from '@jest/globals';
import { datasetSchema } from '../../src/config/schema.js';
import { contractGatesOfTable } from '../../src/warehouse/contract.js';
import { dialectOf } from '../../src/warehouse/dialect.js';
import type { EngineName, SqlClient, SqlRow } from '../../src/warehouse/types.js';
import { parseAs } from './parse.js';

/**
 * Every contract rule, on the kinds of columns a catalog reports. Names are tame here: node-sql-parser's
 * Trino and Redshift grammars refuse a doubled quote inside a quoted identifier, Hive's a doubled
 * backtick, BigQuery's an escaped backtick, all of which the engines accept; hostile names run live
 * on PostgreSQL and DuckDB (contract.test.ts) and their quoting is checked below.
 */
const DATASET = datasetSchema.parse({
  name: 'orders', current: 'x', key: 'id', null_values: ['NA'],
  schema: {
    allow_extra_columns: false,
    required: ['ghost'],
    columns: {
      id: { type: 'integer', nullable: false, unique: true },
      amount: { type: 'number', min: 0, max: 1e6, max_null_fraction: 0.1 },
      status: { type: 'string', allowed: ['new', "it's", 'back\\slash', 3], pattern: '^[a-z]+\\d?$', min_length: 2, max_length: 20 },
      created: { type: 'timestamp', min: '2020-01-01', max: '2030-01-01T00:00:00Z' },
      day: { type: 'date', min: '2020-01-01' },
      flag: { type: 'boolean' },
      odd_name: { type: 'integer', min: 1, unique: true },
    },
  },
  unique: [['id', 'day']],
  freshness: { column: 'created', max_age: '2d' },
});

const CATALOG = [
  { name: 'id', type: 'BIGINT', scale: 0 }, { name: 'amount', type: 'DOUBLE', scale: null }, { name: 'status', type: 'VARCHAR', scale: null },
  { name: 'created', type: 'TIMESTAMP', scale: null }, { name: 'day', type: 'DATE', scale: null }, { name: 'flag', type: 'VARCHAR', scale: null },
  { name: 'odd_name', type: 'VARCHAR', scale: null },
];

/** Answers like an engine where every rule fails, so every query datagate would send is sent. */
function recordingClient(engine: EngineName): { client: SqlClient; sent: string[] } {
  const sent: string[] = [];
  const failing = new Proxy({}, {
    get: (_target, alias) => typeof alias !== 'string' ? undefined
      : alias.endsWith('_keys') ? 1 : alias.endsWith('_rows') ? 3 : Number(alias.slice(1)) + 1,
  }) as SqlRow;
  const client: SqlClient = {
    engine,
    query: (sql) => {
      sent.push(sql);
      if (sent.length === 1) return Promise.resolve(CATALOG);
      if (sent.length === 2) return Promise.resolve([failing]);
      return Promise.resolve([]);
    },
    close: () => Promise.resolve(),
  };
  return { client, sent };
}

describe('the contract SQL for engines CI cannot run live', () => {
  it.each(['bigquery', 'snowflake', 'trino', 'databricks', 'redshift'] as const)('%s: every query parses in the dialect\'s grammar', async (engine) => {
    const { client, sent } = recordingClient(engine);
    await contractGatesOfTable(client, dialectOf(engine), { connection: 'wh', table: 'analytics.orders' }, DATASET, {
      current: { version: 1, rows: 3, columns: [] }, baseline: null, now: new Date('2024-06-10T00:00:00Z'),
    });
    // The catalog, the aggregate, examples for every failing rule, the disallowed values.
    expect(sent.length).toBeGreaterThan(15);
    const refused: string[] = [];
    for (const sql of sent) {
      try {
        parseAs(engine, sql);
      } catch (error) {
        // Where the grammar stopped, to tell a weak grammar from wrong SQL.
        const at = (error as { location?: { start: { offset: number } } }).location?.start.offset ?? 0;
        refused.push(`${sql.slice(Math.max(0, at - 80), at)} <<here>> ${sql.slice(at, at + 40)}`);
      }
    }
    expect(refused).toEqual([]);
  });

  it.each([
    ['postgres', '"a""b`c\\d"', "'it''s \\ x'"],
    ['duckdb', '"a""b`c\\d"', "'it''s \\ x'"],
    ['trino', '"a""b`c\\d"', "'it''s \\ x'"],
    ['redshift', '"a""b`c\\d"', "'it''s \\\\ x'"],
    ['snowflake', '"a""b`c\\d"', "'it\\'s \\\\ x'"],
    ['bigquery', '`a"b\\`c\\\\d`', "'it\\'s \\\\ x'"],
    ['databricks', '`a"b``c\\d`', "'it\\'s \\\\ x'"],
  ] as const)('%s quotes a hostile name and value so that neither can end its quotes', (engine, name, value) => {
    const dialect = dialectOf(engine);
    expect(dialect.quoteIdent('a"b`c\\d')).toBe(name);
    expect(dialect.literal("it's \\ x")).toBe(value);
  });
});
