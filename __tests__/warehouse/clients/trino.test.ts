import { afterEach, describe, expect, it } from '@jest/globals';
import { openTrino } from '../../../src/warehouse/clients/trino.js';
import { closedPort, fakeServer, json, type FakeServer } from './fakeHttp.js';

let server: FakeServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const columns = [{ name: 'n', type: 'bigint' }, { name: 'city', type: 'varchar' }];

/** Trino's protocol: the POST only queues the query; rows come on the pages behind `nextUri`. */
function trinoLike(pages: { data?: unknown[][]; error?: unknown }[]) {
  return fakeServer((request, response, base) => {
    const page = request.method === 'POST' ? 0 : Number(/\/page\/(\d+)$/.exec(request.path)?.[1]);
    if (request.method === 'DELETE') return json(response, 204, {});
    const next = page < pages.length ? `${base}/v1/statement/executing/q1/page/${page + 1}` : undefined;
    const body = page === 0 ? { id: 'q1', stats: { state: 'QUEUED' } } : { id: 'q1', columns, ...pages[page - 1] };
    json(response, 200, { ...body, ...(next ? { nextUri: next } : {}) });
  });
}

describe('Trino client (HTTP protocol against a local fake server)', () => {
  it('posts the SQL to /v1/statement with user, catalog and schema, and follows nextUri across pages', async () => {
    server = await trinoLike([{}, { data: [[3, 'Oslo']] }, { data: [[4, 'Lima'], [5, null]] }]);
    const trino = await openTrino({ server: server.url, user: 'ci', catalog: 'hive', schema: 'analytics' });
    const rows = await trino.query('select n, city from orders');
    expect(rows).toEqual([{ n: 3, city: 'Oslo' }, { n: 4, city: 'Lima' }, { n: 5, city: null }]);
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /v1/statement',
      'GET /v1/statement/executing/q1/page/1',
      'GET /v1/statement/executing/q1/page/2',
      'GET /v1/statement/executing/q1/page/3',
    ]);
    const post = server.requests[0]!;
    expect(post.body).toBe('select n, city from orders');
    expect(post.headers['x-trino-user']).toBe('ci');
    expect(post.headers['x-trino-catalog']).toBe('hive');
    expect(post.headers['x-trino-schema']).toBe('analytics');
    expect(post.headers['x-trino-source']).toBe('datagate');
    expect(post.headers.authorization).toBeUndefined();
    await trino.close();
  });

  it('sends user and password as basic auth when a password is given', async () => {
    server = await trinoLike([{ data: [[1, 'x']] }]);
    const trino = await openTrino({ server: server.url, user: 'ci', password: 's3cret' });
    await trino.query('select 1');
    expect(server.requests[0]!.headers.authorization).toBe(`Basic ${Buffer.from('ci:s3cret').toString('base64')}`);
  });

  it('a failed query is a user error with Trino\'s error name and message', async () => {
    server = await trinoLike([{ error: { message: "line 1:15: Table 'hive.analytics.nope' does not exist", errorName: 'TABLE_NOT_FOUND', errorType: 'USER_ERROR' } }]);
    const trino = await openTrino({ server: server.url });
    await expect(trino.query('select * from nope')).rejects.toThrow(`Trino at ${server.url}: TABLE_NOT_FOUND: line 1:15: Table 'hive.analytics.nope' does not exist`);
  });

  it('a query that fails in its first response is reported too', async () => {
    server = await fakeServer((_request, response) => json(response, 200, { id: 'q2', error: { message: 'syntax error', errorName: 'SYNTAX_ERROR' } }));
    const trino = await openTrino({ server: server.url });
    await expect(trino.query('selec 1')).rejects.toThrow('SYNTAX_ERROR: syntax error');
  });

  it('a wrong password (HTTP 401) says authentication failed and never echoes the password', async () => {
    server = await fakeServer((_request, response) => json(response, 401, { message: 'Unauthorized' }));
    const trino = await openTrino({ server: server.url, user: 'ci', password: 'hunter2-secret' });
    const error = (await trino.query('select 1').catch((e: unknown) => e)) as Error;
    expect(error.name).toBe('UserError');
    expect(error.message).toBe(`Trino at ${server.url}: authentication failed (HTTP 401): check the credentials in the environment`);
    expect(JSON.stringify(error) + String(error.stack)).not.toContain('hunter2');
  });

  it('a query that outlives the timeout is a user error, and the server is told the limit too', async () => {
    server = await fakeServer((request, response, base) => {
      if (request.method === 'POST') return json(response, 200, { id: 'slow', nextUri: `${base}/v1/statement/executing/slow/1` });
      if (request.method === 'DELETE') return json(response, 204, {});
      setTimeout(() => json(response, 200, { id: 'slow', nextUri: `${base}/v1/statement/executing/slow/1` }), 50);
    });
    const trino = await openTrino({ server: server.url, timeoutMs: 300 });
    await expect(trino.query('select sleep()')).rejects.toThrow(`Trino at ${server.url}: timed out after 300 ms (the connection's timeout)`);
    expect(server.requests[0]!.headers['x-trino-session']).toBe('query_max_run_time=300ms');
  });

  it('a closed port says the server can\'t be reached', async () => {
    const port = await closedPort();
    const trino = await openTrino({ server: `http://user:pw@127.0.0.1:${port}` });
    await expect(trino.query('select 1')).rejects.toThrow(`Trino at http://127.0.0.1:${port}: can't connect: connection refused (ECONNREFUSED)`);
  });

  it('a server that is not a URL is a user error', async () => {
    await expect(openTrino({ server: 'trino.example.com' })).rejects.toThrow('Trino: server is not a URL');
  });
});
