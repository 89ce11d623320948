// The profile's SQL for the engines CI cannot run (BigQuery, Snowflake, Trino, Databricks,
// Redshift) is accepted by a parser of that dialect. node-sql-parser's grammars lack three valid
// constructs, so the test checks those by their text and parses the rest:
//   - GROUPING SETS, in every grammar (ROLLUP they have): parsed with ROLLUP over the same keys;
//   - Redshift's APPROXIMATE PERCENTILE_DISC: parsed as PERCENTILE_DISC;
//   - the sampling clauses (TABLESAMPLE … PERCENT, Snowflake's SAMPLE … SEED, Databricks'
//     TABLESAMPLE … REPEATABLE): compared as text, the statement parsed without them;
//   - a quote inside a quoted identifier (`""`, `\``, ` `` `), in every grammar but Snowflake's:
//     hostile names are parsed without their dialect's quote character (the live engines run
//     them with it), and the escapes are compared as text;
//   - Hive's grammar (for Databricks) has no three-part names (catalog.schema.table).

import { describe, expect, it } from '@jest/globals';
import { dialectOf } from '../../src/warehouse/dialect.js';
import { catalogSql } from '../../src/warehouse/catalog.js';
import { aggregatesSql, categoriesSql, quantilesSql, readRanks, sampledRelation, valuesSql, type SqlColumn } from '../../src/warehouse/profileSql.js';
import { neededRanks } from '../../src/warehouse/profileRows.js';
import type { EngineName } from '../../src/warehouse/types.js';
import { parseAs } from './parse.js';

const COLUMNS: SqlColumn[] = [
  { name: 'amount', type: 'number', engineType: 'double' },
  { name: 'qty', type: 'integer', engineType: 'bigint' },
  { name: 'country', type: 'string', engineType: 'varchar' },
  { name: 'ok', type: 'boolean', engineType: 'boolean' },
  { name: 'day', type: 'date', engineType: 'date' },
  { name: 'at', type: 'timestamp', engineType: 'timestamp' },
  { name: 'instant', type: 'timestamp', engineType: 'timestamp with time zone' },
  { name: 'doc', type: 'string', engineType: 'json', notProfiled: 'json' },
];

function statements(engine: EngineName): Record<string, string> {
  const d = dialectOf(engine);
  const relation = d.quoteTable('analytics.orders');
  return {
    aggregates: aggregatesSql(d, relation, COLUMNS),
    categories: categoriesSql(d, relation, COLUMNS, [0, 1, 2, 3, 4, 5, 6], 10_000, 1024),
    values: valuesSql(d, relation, COLUMNS, [0, 1]),
    quantiles: quantilesSql(d, relation, COLUMNS, [{ index: 0, n: 1_000_000, ranks: neededRanks(1_000_000) }, { index: 1, n: 5000, ranks: neededRanks(5000) }]),
    catalog: catalogSql(d, 'analytics.orders'),
    ...(engine === 'databricks' ? {} : { 'catalog, three parts': catalogSql(d, 'prod.analytics.orders') }),
    'query source': aggregatesSql(d, '(SELECT * FROM orders WHERE day > \'2024-01-01\') AS datagate_source', COLUMNS),
  };
}

/** The constructs node-sql-parser's grammars lack, replaced by ones of the same shape they have. */
function weaken(engine: EngineName, sql: string): string {
  let text = sql.replace(/GROUPING SETS \(((?:\(k\d+\)(?:, )?)+)\)/, (_match, sets: string) => `ROLLUP (${sets.replace(/[()]/g, '')})`);
  if (engine === 'redshift') text = text.replaceAll('APPROXIMATE PERCENTILE_DISC', 'PERCENTILE_DISC');
  return text;
}

const SAMPLES: Record<string, [string, string]> = {
  bigquery: ['`analytics`.`orders` TABLESAMPLE SYSTEM (1 PERCENT)', '`analytics`.`orders` TABLESAMPLE SYSTEM (0.5 PERCENT)'],
  snowflake: ['(SELECT * FROM "analytics"."orders" SAMPLE BERNOULLI (1) SEED (42)) AS datagate_sample', '(SELECT * FROM "analytics"."orders" SAMPLE (5000 ROWS)) AS datagate_sample'],
  trino: ['"analytics"."orders" TABLESAMPLE BERNOULLI (1)', '"analytics"."orders" TABLESAMPLE BERNOULLI (0.5)'],
  databricks: ['`analytics`.`orders` TABLESAMPLE (1 PERCENT) REPEATABLE (42)', '`analytics`.`orders` TABLESAMPLE (5000 ROWS) REPEATABLE (42)'],
  redshift: ['(SELECT * FROM "analytics"."orders" WHERE random() < 0.01) AS datagate_sample', '(SELECT * FROM "analytics"."orders" WHERE random() < 0.005) AS datagate_sample'],
};

describe.each(['bigquery', 'snowflake', 'trino', 'databricks', 'redshift'] as EngineName[])('%s', (engine) => {
  it('every statement of the profile parses', () => {
    const failures: string[] = [];
    for (const [name, sql] of Object.entries(statements(engine))) {
      try {
        parseAs(engine, weaken(engine, sql));
      } catch (error) {
        failures.push(`${name}: ${(error as Error).message.slice(0, 200)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('samples with the engine\'s own clause: by percent, and by rows', () => {
    const d = dialectOf(engine);
    const relation = d.quoteTable('analytics.orders');
    // A row sample on an engine that samples by percent only takes the share of the row count.
    expect([sampledRelation(d, relation, true, { percent: 1 }), sampledRelation(d, relation, true, { rows: 5000 }, 1_000_000)]).toEqual(SAMPLES[engine]);
    // The statement around the clause parses.
    parseAs(engine, `SELECT count(*) AS n FROM ${sampledRelation(d, relation, false, { percent: 1 }).replace(/ (TABLESAMPLE|SAMPLE) .*\)( AS datagate_sample)?$/, (_m, _k, alias: string | undefined) => (alias ? `)${alias}` : ''))}`);
  });

  it('samples a query (and on Trino and Redshift, a table whose columns are known) by a seeded hash of the row: repeatable', () => {
    const d = dialectOf(engine);
    const columns = [d.quoteIdent('id'), d.quoteIdent("it's")];
    const query = '(SELECT id FROM orders) AS datagate_source';
    const sampled = [sampledRelation(d, query, false, { percent: 1 }, undefined, columns), sampledRelation(d, d.quoteTable('analytics.orders'), true, { percent: 1 }, undefined, columns)];
    // BigQuery's TABLESAMPLE SYSTEM (blocks, a table only) takes no seed: the one sampling left unrepeatable.
    const hashed = engine === 'trino' || engine === 'redshift' ? [true, true] : [engine === 'bigquery', false];
    sampled.forEach((sql, i) => {
      expect(/\b(random|rand)\(\)/i.test(sql)).toBe(false);
      expect(sql.includes("'42:'")).toBe(hashed[i]);
    });
    // 1 % of 2^32 hash values.
    if (hashed[0]) expect(sampled[0]).toContain('< 42949673)');
    // node-sql-parser's grammars lack Trino's CAST(ROW(…) AS JSON) and Snowflake's SAMPLE (checked as text above).
    if (engine !== 'trino' && engine !== 'snowflake') parseAs(engine, `SELECT count(*) AS n FROM ${sampled[0]}`);
  });

  it('names every column only quoted, and its aliases by position', () => {
    const d = dialectOf(engine);
    const hostile: SqlColumn[] = [
      { name: 'x; DROP TABLE t; --', type: 'number', engineType: 'double' }, { name: 'a.b c', type: 'string', engineType: 'string' },
      { name: 'ünï ✓', type: 'integer', engineType: 'bigint' }, { name: "it's", type: 'date', engineType: 'date' },
    ];
    const all = [0, 1, 2, 3];
    for (const sql of [aggregatesSql(d, d.quoteTable('t'), hostile), weaken(engine, categoriesSql(d, d.quoteTable('t'), hostile, all, 10, 5))]) {
      for (const column of hostile) expect(sql).toContain(d.quoteIdent(column.name));
      parseAs(engine, sql);
    }
    parseAs(engine, valuesSql(d, d.quoteTable('t'), hostile, [0, 2]));
    const quote = { bigquery: '`a\\`b`', databricks: '`a``b`' }[engine as string] ?? '"a""b"';
    expect(d.quoteIdent(engine === 'bigquery' || engine === 'databricks' ? 'a`b' : 'a"b')).toBe(quote);
  });
});

describe('reading the order statistics back', () => {
  const request = { index: 0, n: 1001, ranks: [0, 500, 1000] };

  it('exact engines: the values at the ranks asked for, in order', () => {
    expect(readRanks(dialectOf('postgres'), { q0: [1, '2.5', 3n] }, [request])).toEqual([[1, 2.5, 3]]);
  });

  it('BigQuery: linear between the points of its 1,025-point grid', () => {
    const grid = Array.from({ length: 1025 }, (_, i) => i * 2);
    const [values] = readRanks(dialectOf('bigquery'), { q0: grid }, [request]);
    // rank r of 1,001 is probability (r + ½) / 1001, position that × 1024 on the grid.
    expect(values).toEqual([0.5 / 1001, 500.5 / 1001, 1000.5 / 1001].map((p) => p * 1024 * 2));
  });

  it('Snowflake and Redshift: one column per grid point, q{j}_{p}', () => {
    const row = Object.fromEntries(Array.from({ length: 101 }, (_, p) => [`q0_${p}`, p * 10]));
    for (const engine of ['snowflake', 'redshift'] as EngineName[]) {
      const [values] = readRanks(dialectOf(engine), row, [request]);
      expect(values.map((value) => Math.round(value * 1e9) / 1e9)).toEqual([0.5 / 1001, 500.5 / 1001, 1000.5 / 1001].map((p) => Math.round(p * 100 * 10 * 1e9) / 1e9));
    }
  });

  it('Trino and Databricks: their approximate percentiles at (rank + ½) / n', () => {
    for (const engine of ['trino', 'databricks'] as EngineName[]) {
      const sql = quantilesSql(dialectOf(engine), 't', COLUMNS, [request]);
      expect(sql).toContain([0.5 / 1001, 500.5 / 1001, 1000.5 / 1001].map(String).join(', '));
      expect(readRanks(dialectOf(engine), { q0: [1, 2, 3] }, [request])).toEqual([[1, 2, 3]]);
    }
  });
});
