// Warehouse failures on a live PostgreSQL: each is a UserError (exit 2) naming the dataset,
// connection and table, with the credentials never in the message.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createBaselineResolver } from '../../src/baseline/index.js';
import { UserError } from '../../src/errors.js';
import { runCheck } from '../../src/run/check.js';
import { freshPostgres, stopPostgres } from './engines.js';
import { openPostgres } from '../../src/warehouse/clients/postgres.js';
import { customersPostgres, customersWorkspace, writeConfig } from './customers.js';
import { closedPort } from './clients/fakeHttp.js';

const READER_PASSWORD = 'reader-password-never-shown';
// Roles belong to the whole cluster, which CI shares between test files: one of this file's own.
const READER = `reader_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
let pg: { url: string } | null = null;
let dir: string;

beforeAll(async () => {
  const fresh = await freshPostgres();
  if (!fresh) return; // no PostgreSQL here and not CI (engines.ts throws under CI)
  try {
    await customersPostgres(fresh.client);
    await fresh.client.query(`create role ${READER} login password '${READER_PASSWORD}'`);
    await fresh.client.query(`grant usage on schema analytics to ${READER}`);
    await fresh.client.query('create table analytics.private (id int)');
    await fresh.client.query(`grant select on analytics.customers to ${READER}`);
  } finally { await fresh.client.close(); }
  pg = { url: fresh.url };
  dir = customersWorkspace();
});
afterAll(stopPostgres);

/** Runs a one-dataset check on connection `pg` and returns the UserError it must end in. */
async function failure(url: string, current: string, timeout?: string): Promise<UserError> {
  const config = writeConfig(dir, 'fail.yml', {
    connections: [`pg: { engine: postgres, url: env:PG_URL${timeout ? `, timeout: ${timeout}` : ''} }`], current,
  });
  try {
    await runCheck({ configPath: config, env: { PG_URL: url }, baselineResolver: createBaselineResolver({ cwd: dir }) });
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    for (const secret of [serverPassword(), READER_PASSWORD, 'wrong-password-never-shown']) expect(error.message).not.toContain(secret);
    return error;
  }
  throw new Error('expected the check to fail with a UserError');
}

/** The test server's own password (CI's differs from engines.ts's). */
const serverPassword = () => decodeURIComponent(new URL(pg!.url).password);

const withUser = (url: string, user: string, password: string) => url.replace(/\/\/[^@]*@/, `//${user}:${password}@`);

describe('warehouse failures on PostgreSQL', () => {
  it('a wrong password: login refused, naming the connection and table', async () => {
    if (!pg) return;
    const error = await failure(withUser(pg.url, 'datagate', 'wrong-password-never-shown'), '{ connection: pg, table: analytics.customers }');
    expect(error.message).toBe(`${dir}/fail.yml: dataset customers: connection pg (postgres), table analytics.customers: login refused: wrong user or password (password authentication failed for user "datagate")`);
  });

  it('a closed port: the connection is refused', async () => {
    if (!pg) return;
    const url = pg.url.replace(/:\d+\//, `:${await closedPort()}/`);
    const error = await failure(url, '{ connection: pg, table: analytics.customers }');
    expect(error.message).toMatch(/dataset customers: connection pg \(postgres\), table analytics\.customers: the server refused the connection \(nothing listens at that host and port\?\) \(connect ECONNREFUSED 127\.0\.0\.1:\d+\)$/);
  });

  it('a missing table', async () => {
    if (!pg) return;
    const error = await failure(pg.url, '{ connection: pg, table: analytics.orders }');
    expect(error.message).toBe(`${dir}/fail.yml: dataset customers: connection pg (postgres), table analytics.orders: the table does not exist (relation "analytics.orders" does not exist)`);
  });

  it('a missing column', async () => {
    if (!pg) return;
    const error = await failure(pg.url, '{ connection: pg, query: "select customer_id, revenue from analytics.customers" }');
    expect(error.message).toBe(`${dir}/fail.yml: dataset customers: connection pg (postgres), query: a column does not exist (column "revenue" does not exist)`);
  });

  it('a role without SELECT on the table', async () => {
    if (!pg) return;
    const error = await failure(withUser(pg.url, READER, READER_PASSWORD), '{ connection: pg, table: analytics.private }');
    expect(error.message).toBe(`${dir}/fail.yml: dataset customers: connection pg (postgres), table analytics.private: permission denied: the connection's role may not read this (permission denied for table private)`);
  });

  it('a query longer than the connection\'s timeout', async () => {
    if (!pg) return;
    const error = await failure(pg.url, '{ connection: pg, query: "select pg_sleep(5) as slept" }', '1s');
    expect(error.message).toBe(`${dir}/fail.yml: dataset customers: connection pg (postgres), query: the query timed out (timeout: 1s) (canceling statement due to statement timeout)`);
  });

  it('a query that writes: the session is read-only', async () => {
    if (!pg) return;
    const error = await failure(pg.url, '{ connection: pg, query: "select 1 as x) a; create table analytics.taken (x int); select * from (select 1 as x" }');
    // Refused either way: as one statement (the describe prepares it) or by the read-only session.
    expect(error.message).toMatch(new RegExp(`^${dir}/fail.yml: dataset customers: connection pg \\(postgres\\), query: (datagate reads only: the query tried to write|the SQL is not valid)`));
    const client = await openPostgres(pg.url);
    try {
      expect(await client.query(`select to_regclass('analytics.taken') as t`)).toEqual([{ t: null }]);
    } finally { await client.close(); }
  });

  it('an environment variable that is not set, naming the config field', async () => {
    if (!pg) return;
    const config = writeConfig(dir, 'noenv.yml', { connections: ['pg: { engine: postgres, url: env:NOT_SET_ANYWHERE }'], current: '{ connection: pg, table: analytics.customers }' });
    await expect(runCheck({ configPath: config, env: {}, baselineResolver: createBaselineResolver({ cwd: dir }) }))
      .rejects.toThrow(`${config}: connections.pg.url: environment variable NOT_SET_ANYWHERE is not set`);
  });

  it('never opens a connection no dataset reads', async () => {
    if (!pg) return;
    const url = pg.url.replace(/:\d+\//, `:${await closedPort()}/`);
    const config = writeConfig(dir, 'unused.yml', { connections: ['pg: { engine: postgres, url: env:PG_URL }'], current: 'customers.csv' });
    const result = await runCheck({ configPath: config, env: { PG_URL: url }, baselineResolver: createBaselineResolver({ cwd: dir }) });
    expect(result.report.datasets[0].cost).toBeUndefined();
  });
});
