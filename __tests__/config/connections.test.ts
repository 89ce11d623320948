import { describe, it, expect } from '@jest/globals';
import { parseConfig } from '../../src/config/load.js';
import { UserError } from '../../src/errors.js';
import { urlHasPassword } from '../../src/config/connections.js';

function problemsOf(text: string) {
  try {
    parseConfig(text, 'datagate.yml');
  } catch (error) {
    if (error instanceof UserError) return error.problems;
    throw error;
  }
  throw new Error('expected a UserError');
}

const dataset = ['datasets:', '  - name: orders', '    current: { connection: pg, table: analytics_ci.orders }'];

describe('connections in the config', () => {
  it('reads named connections of every engine, with a 5m timeout by default', () => {
    const config = parseConfig([
      'connections:',
      '  pg: { engine: postgres, url: env:DATABASE_URL, timeout: 30s }',
      '  rs: { engine: redshift, url: env:REDSHIFT_URL }',
      '  wh: { engine: duckdb, path: warehouse.duckdb }',
      '  mem: { engine: duckdb, path: ":memory:" }',
      '  bq: { engine: bigquery, project: acme, location: EU, credentials: env:GOOGLE_CREDENTIALS }',
      '  sf: { engine: snowflake, account: acme-x1, user: ci, private_key: env:SF_KEY, warehouse: ci_wh, database: prod, schema: analytics, role: reader }',
      '  db: { engine: databricks, host: acme.cloud.databricks.com, path: /sql/1.0/warehouses/abc, token: env:DATABRICKS_TOKEN }',
      '  tr: { engine: trino, server: "https://trino.acme:8443", user: ci, password: env:TRINO_PASSWORD, catalog: hive, schema: analytics }',
      ...dataset,
      '    baseline: { connection: pg, query: "select * from analytics.orders where day < current_date" }',
      '    sample: { percent: 1 }',
    ].join('\n'), 'datagate.yml');
    expect(config.connections?.pg).toEqual({ engine: 'postgres', url: 'env:DATABASE_URL', timeout: '30s' });
    expect(config.connections?.wh).toEqual({ engine: 'duckdb', path: 'warehouse.duckdb', timeout: '5m' });
    expect(config.datasets[0].current).toEqual({ connection: 'pg', table: 'analytics_ci.orders' });
    expect(config.datasets[0].sample).toEqual({ percent: 1 });
  });

  it('refuses a credential written in the file, naming the field and never echoing the value', () => {
    const problems = problemsOf([
      'connections:',
      '  pg: { engine: postgres, url: "postgres://ci:hunter2-very-secret@db:5432/prod" }',
      '  tr: { engine: trino, server: "https://t", password: "hunter3-very-secret" }',
      '  db: { engine: databricks, host: h, path: /p, token: dapi0123456789abcdef }',
      ...dataset,
    ].join('\n'));
    expect(problems.map((problem) => [problem.path, problem.line])).toEqual([
      ['connections.pg.url', 2], ['connections.tr.password', 3], ['connections.db.token', 4],
    ]);
    expect(problems[0].message).toBe('url holds a password: write env:NAME and put the URL in that environment variable (the value written here is not shown)');
    expect(problems[1].message).toBe('password must come from the environment: write env:NAME (the value written here is not shown)');
    const text = new UserError(problems).message;
    for (const secret of ['hunter2', 'hunter3', 'dapi0123']) expect(text).not.toContain(secret);
  });

  it('accepts a literal URL without a password (trust or peer authentication in CI)', () => {
    const config = parseConfig(['connections:', '  pg: { engine: postgres, url: "postgres://ci@localhost:5432/ci" }', ...dataset].join('\n'), 'datagate.yml');
    expect(config.connections?.pg).toMatchObject({ url: 'postgres://ci@localhost:5432/ci' });
    expect(urlHasPassword('postgres://ci@localhost/ci')).toBe(false);
    expect(urlHasPassword('postgres://ci:pw@localhost/ci')).toBe(true);
    expect(urlHasPassword('postgres://localhost/ci?user=ci&password=pw')).toBe(true);
  });

  it('refuses a dataset naming a connection that is not there, with the names that are', () => {
    const problems = problemsOf(['connections:', '  pg: { engine: postgres, url: env:DATABASE_URL }', ...dataset.slice(0, 2),
      '    current: { connection: pgg, table: orders }', '    baseline: { connection: constructor, table: orders }'].join('\n'));
    expect(problems.map((problem) => `${problem.line}: ${problem.path}: ${problem.message}`)).toEqual([
      '5: datasets[0].current.connection: no connection named "pgg" (connections: pg)',
      '6: datasets[0].baseline.connection: no connection named "constructor" (connections: pg)',
    ]);
  });

  it('refuses sides that cannot go together: a table baseline for a file, a git baseline without a path, a sample of a file', () => {
    const problems = problemsOf(['connections:', '  pg: { engine: postgres, url: env:DATABASE_URL }', 'datasets:',
      '  - name: a', '    current: a.csv', '    baseline: { connection: pg, table: t }', '    sample: { rows: 1000 }',
      '  - name: b', '    current: { connection: pg, table: t }', '    baseline: { git: base }'].join('\n'));
    expect(problems.map((problem) => problem.path)).toEqual(['datasets[0].baseline', 'datasets[0].sample', 'datasets[1].baseline.path']);
  });

  it('refuses a table with a query as well, an unknown engine and a bad timeout', () => {
    const problems = problemsOf(['connections:', '  x: { engine: oracle, url: env:X }', '  pg: { engine: postgres, url: env:U, timeout: soon }', 'datasets:',
      '  - name: a', '    current: { connection: pg, table: t, query: "select 1" }'].join('\n'));
    expect(problems.map((problem) => problem.path)).toEqual(['connections.x.engine', 'connections.pg.timeout', 'datasets[0].current']);
  });
});
