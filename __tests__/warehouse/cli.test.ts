// `datagate check` over warehouse tables as a real process (the bundled CLI, as the other CLI
// tests run it): the report with its cost line, and each failure exit 2 with no secret anywhere
// and no report file half-written.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { freshPostgres, stopPostgres } from './engines.js';
import { customersDuckDb, customersPostgres, customersWorkspace, writeConfig } from './customers.js';
import { closedPort } from './clients/fakeHttp.js';

const cli = path.resolve('dist/cli/index.js');
const node = process.env.DATAGATE_CLI_NODE || process.env.DATAGATE_NODE24 || process.execPath;
const READER_PASSWORD = 'reader-password-never-shown';
// Roles belong to the whole cluster, which CI shares between test files: one of this file's own.
const READER = `reader_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
const WRONG_PASSWORD = 'wrong-password-never-shown';

function datagate(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(node, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let pgUrl: string | null = null;
beforeAll(async () => {
  if (!existsSync(cli)) throw new Error('dist/cli/index.js is missing: run `npm run build` first');
  const fresh = await freshPostgres();
  if (!fresh) return; // no PostgreSQL here and not CI (engines.ts throws under CI)
  try {
    await customersPostgres(fresh.client);
    await fresh.client.query(`create role ${READER} login password '${READER_PASSWORD}'`);
    await fresh.client.query(`grant usage on schema analytics to ${READER}`);
    await fresh.client.query('create table analytics.private (id int)');
  } finally { await fresh.client.close(); }
  pgUrl = fresh.url;
});
afterAll(stopPostgres);

describe('datagate check over tables, through the CLI', () => {
  it('checks a DuckDB table against a CSV baseline: the text report ends with the cost line, the JSON has cost and source', async () => {
    const dir = customersWorkspace();
    await customersDuckDb(dir);
    writeConfig(dir, 'datagate.yml', { connections: ['wh: { engine: duckdb, path: wh.duckdb }'], current: '{ connection: wh, table: analytics.customers }', baseline: 'customers_baseline.csv' });
    const { code, stdout, stderr } = datagate(['check', '--json', 'report.json', '--now', '2026-12-01T00:00:00Z', '--workspace', '.'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines.at(-3)).toMatch(/^customers \(wh: analytics\.customers\): \d+ queries, [\d,]+ rows scanned, \d+\.\d\d s$/);
    expect(lines.at(-1)).toBe('Full report: report.json');
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
    expect(report.datasets[0]).toMatchObject({ source: 'wh: analytics.customers', rows: { baseline: 2000, current: 2000 }, baseline: { source: 'customers_baseline.csv' } });
    expect(Object.keys(report.datasets[0].cost)).toEqual(['queries', 'rowsScanned', 'ms']);
  });

  const failures: [string, (url: string) => Promise<{ url: string; current: string; timeout?: string }>, RegExp][] = [
    ['a wrong password', async (url) => ({ url: url.replace(/\/\/[^@]*@/, `//datagate:${WRONG_PASSWORD}@`), current: '{ connection: pg, table: analytics.customers }' }),
      /table analytics\.customers: login refused: wrong user or password/],
    ['a closed port', async (url) => ({ url: url.replace(/:\d+\//, `:${await closedPort()}/`), current: '{ connection: pg, table: analytics.customers }' }),
      /table analytics\.customers: the server refused the connection/],
    ['a missing table', async (url) => ({ url, current: '{ connection: pg, table: analytics.orders }' }), /table analytics\.orders: the table does not exist/],
    ['a missing column', async (url) => ({ url, current: '{ connection: pg, query: "select revenue from analytics.customers" }' }), /query: a column does not exist \(column "revenue" does not exist\)/],
    ['a role without SELECT', async (url) => ({ url: url.replace(/\/\/[^@]*@/, `//${READER}:${READER_PASSWORD}@`), current: '{ connection: pg, table: analytics.private }' }),
      /table analytics\.private: permission denied/],
    ['a timeout', async (url) => ({ url, current: '{ connection: pg, query: "select pg_sleep(5) as slept" }', timeout: '1s' }), /query: the query timed out \(timeout: 1s\)/],
  ];

  it.each(failures)('%s: exit 2, a message naming connection and table, no secret printed, no report written', async (_name, make, expected) => {
    if (!pgUrl) return;
    const { url, current, timeout } = await make(pgUrl);
    const dir = customersWorkspace();
    writeConfig(dir, 'datagate.yml', { connections: [`pg: { engine: postgres, url: env:PG_URL${timeout ? `, timeout: ${timeout}` : ''} }`], current, extra: [] });
    const { code, stdout, stderr } = datagate(['check', '--json', 'report.json', '--markdown', 'report.md'], dir, { PG_URL: url });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^datagate: datagate\.yml: dataset customers: connection pg \(postgres\), /);
    expect(stderr).toMatch(expected);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    for (const secret of [decodeURIComponent(new URL(pgUrl).password), READER_PASSWORD, WRONG_PASSWORD]) expect(stdout + stderr).not.toContain(secret);
    expect(existsSync(path.join(dir, 'report.json'))).toBe(false);
    expect(existsSync(path.join(dir, 'report.md'))).toBe(false);
  });

  it('refuses a password written in the config: exit 2, the field named, the value not echoed', () => {
    const dir = customersWorkspace();
    writeConfig(dir, 'datagate.yml', { connections: ['pg: { engine: postgres, url: "postgres://ci:hunter2-in-the-file@db/prod" }'], current: '{ connection: pg, table: analytics.customers }' });
    const { code, stdout, stderr } = datagate(['check'], dir);
    expect(code).toBe(2);
    expect(stderr).toBe('datagate: datagate.yml:2: connections.pg.url: url holds a password: write env:NAME and put the URL in that environment variable (the value written here is not shown)\n');
    expect(stdout + stderr).not.toContain('hunter2');
  });
});
