// BigQuery through @google-cloud/bigquery: standard SQL over the REST `jobs.query` call (the
// client polls `getQueryResults` while a job runs). Credentials are a service account's JSON key
// text from the environment, or else Application Default Credentials (what
// google-github-actions/auth sets up on a runner, e.g. for Workload Identity Federation).

import { UserError } from '../../errors.js';
import { loadBigQuery } from '../load.js';
import type { SqlClient, SqlRow } from '../types.js';
import { DEFAULT_TIMEOUT_MS, httpProblem, unreachable, withDeadline } from './errors.js';

export interface BigQueryOptions {
  project: string;
  /** `US`, `EU`, `europe-west3`…; the dataset's location when not given. */
  location?: string;
  /** A service account key (JSON text), already read from the environment. */
  credentials?: string;
  timeoutMs?: number;
  /** Another REST endpoint (an emulator; the tests' fake server). */
  apiEndpoint?: string;
}

interface ServiceAccountKey { type?: string; client_email?: string; private_key?: string; private_key_id?: string }

function parseCredentials(text: string): ServiceAccountKey {
  let key: unknown;
  try {
    key = JSON.parse(text);
  } catch {
    // Never the text itself: it is a secret.
    throw new UserError('BigQuery: credentials are not valid JSON (expected a service account key file\'s contents)');
  }
  const account = key as ServiceAccountKey;
  if (!key || typeof key !== 'object' || account.type !== 'service_account' || typeof account.client_email !== 'string' || typeof account.private_key !== 'string') {
    throw new UserError(
      'BigQuery: credentials must be a service account key (JSON with type "service_account", client_email and private_key); ' +
        'for Workload Identity Federation leave credentials out and let google-github-actions/auth set up Application Default Credentials',
    );
  }
  return account;
}

const BIGQUERY_SCOPE = 'https://www.googleapis.com/auth/bigquery';

export async function openBigQuery(options: BigQueryOptions): Promise<SqlClient> {
  const where = `BigQuery project ${options.project}`;
  const credentials = options.credentials !== undefined ? parseCredentials(options.credentials) : undefined;
  const { BigQuery, JWT } = await loadBigQuery();
  let authClient: InstanceType<typeof JWT> | undefined;
  if (credentials) {
    authClient = new JWT({ email: credentials.client_email, key: credentials.private_key, keyId: credentials.private_key_id, scopes: [BIGQUERY_SCOPE] });
    // The service account signs its own JWT for the BigQuery scope instead of trading it at the
    // token endpoint first: one round trip less (Google's client libraries do the same).
    authClient.useJWTAccessWithScope = true;
  }
  const bigquery = new BigQuery({
    projectId: options.project,
    location: options.location,
    ...(authClient ? { authClient } : {}),
    ...(options.apiEndpoint ? { apiEndpoint: options.apiEndpoint } : {}),
    maxRetries: 2,
  });
  // The same for a service account key found through Application Default Credentials.
  bigquery.authClient.useJWTAccessWithScope = true;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return {
    engine: 'bigquery',
    async query(sql: string): Promise<SqlRow[]> {
      try {
        const [rows] = await withDeadline(bigquery.query({ query: sql, location: options.location, useLegacySql: false, wrapIntegers: true, labels: { tool: 'datagate' } }), timeoutMs, where);
        return (rows as Record<string, unknown>[]).map((row) => {
          const plain: SqlRow = {};
          for (const [name, value] of Object.entries(row)) plain[name] = plainValue(value);
          return plain;
        });
      } catch (error) {
        throw bigQueryError(where, error);
      }
    },
    async close() {
      // REST: nothing stays open between queries.
    },
  };
}

/** INT64 as a number (a bigint past 2^53), NUMERIC as decimal text, DATE/TIMESTAMP/… as their text. */
function plainValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(plainValue);
  const name = value.constructor?.name;
  if (name === 'BigQueryInt') {
    const text = (value as { value: string }).value;
    const number = Number(text);
    return Number.isSafeInteger(number) ? number : BigInt(text);
  }
  if (name === 'Big') return (value as { toFixed(): string }).toFixed();
  if (typeof (value as { value?: unknown }).value === 'string' && name?.startsWith('BigQuery')) return (value as { value: string }).value;
  if (value instanceof Buffer || value instanceof Date) return value;
  const plain: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) plain[key] = plainValue(inner);
  return plain;
}

function bigQueryError(where: string, error: unknown): Error {
  if (error instanceof UserError) return error;
  const record = error as { code?: unknown; message?: unknown; errors?: { message?: string }[] };
  if (typeof record.code === 'number' && record.code >= 400) {
    const detail = record.code === 401 ? '' : typeof record.message === 'string' && record.message ? `: ${record.message}` : '';
    return new UserError(`${where}: ${httpProblem(record.code)}${detail}`);
  }
  const network = unreachable(where, error);
  if (network) return new UserError(network);
  const message = error instanceof Error ? error.message : String(error);
  if (/DECODER|PEM|private key|invalid_grant|client_email|Could not load the default credentials/i.test(message)) {
    return new UserError(`${where}: the credentials can't be used (a service account key's JSON, or Application Default Credentials, is needed)`);
  }
  // A new error without the original attached: request errors can carry the request's configuration.
  return new Error(`${where}: ${message}`);
}
