import { describe, expect, it } from '@jest/globals';
import { dialectOf } from '../../src/warehouse/dialect.js';
import { informationSchemaSql } from '../../src/warehouse/diffColumns.js';
import { duplicatesSql, rowsSql, segmentsSql, statsSql } from '../../src/warehouse/diffChecksum.js';
import { joinCountsSql, joinExamplesSql } from '../../src/warehouse/diffJoin.js';
import { planDiff, type TableSide } from '../../src/warehouse/diffPlan.js';
import { kindOfType, type TableColumn } from '../../src/warehouse/diffSql.js';
import type { EngineName, SqlClient } from '../../src/warehouse/types.js';
import { parseAs } from './parse.js';

const engines: EngineName[] = ['bigquery', 'snowflake', 'trino', 'databricks', 'redshift', 'postgres'];
const column = (name: string, type: string): TableColumn => ({ name, type, kind: kindOfType(type) });
const baselineColumns = [column('order_id', 'BIGINT'), column('region', 'VARCHAR'), column('amount', 'DOUBLE'), column('qty', 'INTEGER'),
  column('ordered_on', 'DATE'), column('updated_at', 'TIMESTAMP'), column('returned', 'BOOLEAN')];
const currentColumns = [...baselineColumns.slice(0, 3), column('qty', 'DOUBLE'), ...baselineColumns.slice(4)];

function statements(engine: EngineName): [string, string][] {
  const client = { engine } as SqlClient;
  const side = (table: string): TableSide => ({ client, dialect: dialectOf(engine), source: { connection: 'wh', table } });
  const baseline = side('analytics.orders');
  const current = side('ci.orders');
  const plan = planDiff(
    { key: ['order_id', 'region'], columns: { amount: { absolute: 0.01 }, updated_at: { unitMs: 1000, absolute: 2000 } } },
    { baseline: baseline.source, current: current.source }, { baseline: baselineColumns, current: currentColumns },
  );
  return [
    ['counts', joinCountsSql(baseline, current, plan)],
    ['examples', joinExamplesSql(baseline, current, plan)],
    ['stats', statsSql(baseline, plan)],
    ['duplicates', duplicatesSql(baseline, 'baseline', plan)],
    ['segments', segmentsSql(baseline, 'baseline', plan, 2, null)],
    ['segments within', segmentsSql(current, 'current', plan, 3, ['0a', 'f1'])],
    ['rows', rowsSql(current, 'current', plan, ['0a1', 'f'])],
    // node-sql-parser's Hive grammar knows no three-part names (Databricks' `catalog.schema.table`).
    ['columns', informationSchemaSql(dialectOf(engine), engine === 'databricks' ? 'analytics.orders' : 'proj.analytics.orders')],
  ];
}

describe('the table diff SQL of engines not run live here', () => {
  for (const engine of engines) {
    it(`${engine}: every statement is accepted by its dialect's parser`, () => {
      const rejected: string[] = [];
      for (const [name, sql] of statements(engine)) {
        try { parseAs(engine, sql); } catch (error) { rejected.push(`${name}: ${(error as Error).message.slice(0, 300)}`); }
      }
      expect(rejected).toEqual([]);
    });
  }
});

describe('the catalog query', () => {
  it('names BigQuery\'s dataset view as one quoted path, others by schema', () => {
    expect(informationSchemaSql(dialectOf('bigquery'), 'proj.analytics.orders')).toBe(
      "SELECT column_name AS name, data_type AS type FROM `proj.analytics.INFORMATION_SCHEMA.COLUMNS` WHERE table_name = 'orders' ORDER BY ordinal_position");
    expect(informationSchemaSql(dialectOf('snowflake'), 'DB."we""ird".orders')).toBe(
      `SELECT column_name AS name, data_type AS type FROM "DB".information_schema.columns WHERE table_name = 'orders' AND table_schema = 'we"ird' ORDER BY ordinal_position`);
  });
});

describe('kindOfType', () => {
  it('reads the catalogs\' type names: decimals without a scale are integers, arrays and JSON are text', () => {
    const kinds = Object.fromEntries(['bigint', 'INTEGER', 'numeric(12,0)', 'NUMBER(38,0)', 'numeric(12,4)', 'numeric', 'double precision', 'FLOAT64', 'DECIMAL(10,2)',
      'boolean', 'date', 'timestamp(3) without time zone', 'TIMESTAMP WITH TIME ZONE', 'TIMESTAMP_NS', 'DATETIME', 'character varying(20)', 'uuid',
      'integer[]', 'INTEGER[]', 'ARRAY<INT64>', 'STRUCT(a INTEGER)', 'json', 'time without time zone', 'interval'].map((type) => [type, kindOfType(type)]));
    expect(kinds).toEqual({
      bigint: 'integer', INTEGER: 'integer', 'numeric(12,0)': 'integer', 'NUMBER(38,0)': 'integer', 'numeric(12,4)': 'number', numeric: 'number',
      'double precision': 'number', FLOAT64: 'number', 'DECIMAL(10,2)': 'number', boolean: 'boolean', date: 'date',
      'timestamp(3) without time zone': 'timestamp', 'TIMESTAMP WITH TIME ZONE': 'timestamp', TIMESTAMP_NS: 'timestamp', DATETIME: 'timestamp',
      'character varying(20)': 'text', uuid: 'text', 'integer[]': 'text', 'INTEGER[]': 'text', 'ARRAY<INT64>': 'text', 'STRUCT(a INTEGER)': 'text',
      json: 'text', 'time without time zone': 'text', interval: 'text',
    });
  });
});
