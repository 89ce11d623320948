import { afterEach, describe, expect, it } from '@jest/globals';
import { generateKeyPairSync, verify } from 'node:crypto';
import { openBigQuery } from '../../../src/warehouse/clients/bigquery.js';
import { closedPort, fakeServer, json, type FakeServer, type Recorded } from './fakeHttp.js';

let server: FakeServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

// A service account key of our own: the fake server checks the self-signed JWT with its public half.
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const serviceAccount = {
  type: 'service_account',
  project_id: 'acme-analytics',
  private_key_id: 'k1',
  private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  client_email: 'datagate@acme-analytics.iam.gserviceaccount.com',
  client_id: '1',
  token_uri: 'https://oauth2.googleapis.com/token',
};
const credentials = JSON.stringify(serviceAccount);

/** The claims of a bearer JWT signed by our key, or null. */
function signedClaims(request: Recorded): Record<string, unknown> | null {
  const token = /^Bearer (.+)$/.exec(String(request.headers.authorization ?? ''))?.[1];
  if (!token) return null;
  const [header, payload, signature] = token.split('.');
  const ok = verify('RSA-SHA256', Buffer.from(`${header}.${payload}`), publicKey, Buffer.from(signature!, 'base64url'));
  return ok ? (JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<string, unknown>) : null;
}

const schema = { fields: [
  { name: 'n', type: 'INTEGER' }, { name: 'big', type: 'INTEGER' }, { name: 'amount', type: 'NUMERIC' }, { name: 'share', type: 'FLOAT' },
  { name: 'city', type: 'STRING' }, { name: 'day', type: 'DATE' }, { name: 'active', type: 'BOOLEAN' }, { name: 'at', type: 'TIMESTAMP' },
] };
const rows = [
  { f: [{ v: '3' }, { v: '9007199254740993' }, { v: '12.50' }, { v: '0.25' }, { v: 'Oslo' }, { v: '2026-01-31' }, { v: 'true' }, { v: '1769817600000000' }] },
  { f: [{ v: null }, { v: '1' }, { v: null }, { v: null }, { v: null }, { v: null }, { v: null }, { v: null }] },
];
const expected = [
  { n: 3, big: 9007199254740993n, amount: '12.5', share: 0.25, city: 'Oslo', day: '2026-01-31', active: true, at: '2026-01-31T00:00:00.000Z' },
  { n: null, big: 1, amount: null, share: null, city: null, day: null, active: null, at: null },
];

describe('BigQuery client (REST jobs.query against a local fake server)', () => {
  it('runs standard SQL through jobs.query, signed by the service account, and reads typed rows', async () => {
    server = await fakeServer((request, response) => {
      if (!signedClaims(request)) return json(response, 401, { error: { code: 401, message: 'bad token', status: 'UNAUTHENTICATED' } });
      json(response, 200, { kind: 'bigquery#queryResponse', jobReference: { projectId: 'acme-analytics', jobId: 'job1', location: 'EU' }, jobComplete: true, schema, rows, totalRows: '2' });
    });
    const bigquery = await openBigQuery({ project: 'acme-analytics', location: 'EU', credentials, apiEndpoint: server.url });
    expect(await bigquery.query('select 1')).toEqual(expected);
    expect(server.requests.map((r) => `${r.method} ${r.path.replace(/\?.*/, '')}`)).toEqual(['POST /bigquery/v2/projects/acme-analytics/queries']);
    const body = JSON.parse(server.requests[0]!.body) as Record<string, unknown>;
    expect(body).toMatchObject({ query: 'select 1', useLegacySql: false, location: 'EU', labels: { tool: 'datagate' } });
    const claims = signedClaims(server.requests[0]!)!;
    expect(claims.iss).toBe(serviceAccount.client_email);
    expect(String(claims.scope)).toContain('https://www.googleapis.com/auth/bigquery');
    await bigquery.close();
  });

  it('polls getQueryResults while the job is not complete', async () => {
    let polls = 0;
    server = await fakeServer((request, response) => {
      if (request.method === 'POST') return json(response, 200, { jobReference: { projectId: 'acme-analytics', jobId: 'job2', location: 'EU' }, jobComplete: false });
      polls++;
      if (polls < 2) return json(response, 200, { jobReference: { projectId: 'acme-analytics', jobId: 'job2', location: 'EU' }, jobComplete: false });
      json(response, 200, { jobReference: { projectId: 'acme-analytics', jobId: 'job2', location: 'EU' }, jobComplete: true, schema, rows, totalRows: '2' });
    });
    const bigquery = await openBigQuery({ project: 'acme-analytics', location: 'EU', credentials, apiEndpoint: server.url });
    expect(await bigquery.query('select 1')).toEqual(expected);
    expect(server.requests.map((r) => `${r.method} ${r.path.replace(/\?.*/, '')}`)).toEqual([
      'POST /bigquery/v2/projects/acme-analytics/queries',
      'GET /bigquery/v2/projects/acme-analytics/queries/job2',
      'GET /bigquery/v2/projects/acme-analytics/queries/job2',
    ]);
  });

  it('a rejected credential (HTTP 401) says authentication failed and never echoes the key', async () => {
    server = await fakeServer((_request, response) => json(response, 401, { error: { code: 401, message: 'Request had invalid authentication credentials.', status: 'UNAUTHENTICATED' } }));
    const bigquery = await openBigQuery({ project: 'acme-analytics', credentials, apiEndpoint: server.url });
    const error = (await bigquery.query('select 1').catch((e: unknown) => e)) as Error;
    expect(error.name).toBe('UserError');
    expect(error.message).toBe('BigQuery project acme-analytics: authentication failed (HTTP 401): check the credentials in the environment');
    expect(JSON.stringify(error) + String(error.stack)).not.toContain('PRIVATE KEY');
  });

  it('a missing table (HTTP 404) keeps BigQuery\'s own message', async () => {
    server = await fakeServer((_request, response) => json(response, 404, { error: { code: 404, message: 'Not found: Table acme-analytics:analytics.nope was not found in location EU', status: 'NOT_FOUND' } }));
    const bigquery = await openBigQuery({ project: 'acme-analytics', credentials, apiEndpoint: server.url });
    await expect(bigquery.query('select * from analytics.nope')).rejects.toThrow('BigQuery project acme-analytics: not found (HTTP 404): check the server address: Not found: Table acme-analytics:analytics.nope was not found in location EU');
  });

  it('a query that outlives the timeout is a user error', async () => {
    let answered!: () => void;
    const answer = new Promise<void>((resolve) => (answered = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    server = await fakeServer(async (_request, response) => {
      await released; // held until the client has given up
      json(response, 200, { jobReference: { projectId: 'acme-analytics', jobId: 'job3' }, jobComplete: true, schema, rows });
      answered();
    });
    const bigquery = await openBigQuery({ project: 'acme-analytics', credentials, apiEndpoint: server.url, timeoutMs: 200 });
    await expect(bigquery.query('select 1')).rejects.toThrow("BigQuery project acme-analytics: timed out after 200 ms (the connection's timeout)");
    // Let the late answer arrive before the server closes, so the client has nothing left to retry.
    release();
    await answer;
  });

  it('a closed port says BigQuery can\'t be reached', async () => {
    const port = await closedPort();
    const bigquery = await openBigQuery({ project: 'acme-analytics', credentials, apiEndpoint: `http://127.0.0.1:${port}` });
    await expect(bigquery.query('select 1')).rejects.toThrow("BigQuery project acme-analytics: can't connect: connection refused (ECONNREFUSED)");
  });

  it('credentials that are not JSON are a user error that doesn\'t print them', async () => {
    const error = (await openBigQuery({ project: 'p', credentials: 'not-json-secret' }).catch((e: unknown) => e)) as Error;
    expect(error.message).toBe("BigQuery: credentials are not valid JSON (expected a service account key file's contents)");
  });

  it('credentials of another kind point to Application Default Credentials', async () => {
    await expect(openBigQuery({ project: 'p', credentials: JSON.stringify({ type: 'external_account', audience: 'x' }) })).rejects.toThrow(
      'BigQuery: credentials must be a service account key (JSON with type "service_account", client_email and private_key); for Workload Identity Federation leave credentials out',
    );
  });
});
