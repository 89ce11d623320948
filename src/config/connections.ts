// `connections:` and table sources in the config: named engines, and dataset sides that live in
// one. Credentials only come from the environment (`env:NAME`): a config is committed and read by
// everyone who can open a pull request, so a secret written in it is refused (without echoing it).

import { z } from 'zod';
import type { Problem } from '../errors.js';
import type { Config } from './schema.js';

/** `env:DATABASE_URL`: the value is read from that environment variable when the connection opens. */
export const envReferencePattern = /^env:([A-Za-z_][A-Za-z0-9_]*)$/;

const fromEnvironment = (what: string) => z.string().min(1).refine((value) => envReferencePattern.test(value), {
  // The value is never part of the message: it may be the secret itself.
  message: `${what} must come from the environment: write env:NAME (the value written here is not shown)`,
}).describe(`${what}, as env:NAME`);

/**
 * A postgres URL may be written literally when it carries no password (a CI database with trust
 * or peer authentication, a socket): refusing those would push people to env: for nothing. A URL
 * with a password, in the user part or as `?password=`, must come from the environment.
 */
export function urlHasPassword(url: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:\/\/[^/@?#]*:[^/@?#]*@/i.test(url)) return true;
  return /[?&]password=/i.test(url);
}

const databaseUrl = z.string().min(1).refine((value) => envReferencePattern.test(value) || !urlHasPassword(value), {
  message: 'url holds a password: write env:NAME and put the URL in that environment variable (the value written here is not shown)',
}).describe('connection URL, as env:NAME (a literal URL only when it has no password)');

// The same durations as schema.ts's (which imports this file, so it cannot be imported back).
const timeout = z.string().regex(/^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d|w)\s*$/, 'expected a duration such as 30s, 5m').default('5m')
  .describe('statement and connect timeout (default 5m)');

const postgresLike = (engine: 'postgres' | 'redshift') => z.strictObject({ engine: z.literal(engine), url: databaseUrl, timeout });

export const connectionSchema = z.discriminatedUnion('engine', [
  postgresLike('postgres'),
  postgresLike('redshift'),
  z.strictObject({
    engine: z.literal('duckdb'),
    path: z.string().min(1).describe('a DuckDB file in the workspace (opened read-only), or :memory:'),
    timeout,
  }),
  z.strictObject({
    engine: z.literal('bigquery'),
    project: z.string().min(1),
    location: z.string().min(1).optional(),
    credentials: fromEnvironment('credentials').optional(),
    timeout,
  }),
  z.strictObject({
    engine: z.literal('snowflake'),
    account: z.string().min(1),
    user: z.string().min(1),
    password: fromEnvironment('password').optional(),
    private_key: fromEnvironment('private_key').optional(),
    warehouse: z.string().min(1).optional(),
    database: z.string().min(1).optional(),
    schema: z.string().min(1).optional(),
    role: z.string().min(1).optional(),
    timeout,
  }),
  z.strictObject({
    engine: z.literal('databricks'),
    host: z.string().min(1),
    path: z.string().min(1).describe('the SQL warehouse\'s HTTP path'),
    token: fromEnvironment('token'),
    timeout,
  }),
  z.strictObject({
    engine: z.literal('trino'),
    server: z.string().min(1),
    user: z.string().min(1).optional(),
    password: fromEnvironment('password').optional(),
    catalog: z.string().min(1).optional(),
    schema: z.string().min(1).optional(),
    timeout,
  }),
]);

export const tableSourceSchema = z.union([
  z.strictObject({
    connection: z.string().min(1).describe('a name under connections:'),
    table: z.string().min(1).describe('schema.table (each part quoted for the engine)'),
  }),
  z.strictObject({
    connection: z.string().min(1).describe('a name under connections:'),
    query: z.string().min(1).describe('a SELECT, read as a subquery'),
  }),
]);

export const sampleSchema = z.union([
  z.strictObject({ rows: z.number().int().positive().describe('about this many rows, by the engine\'s own sampling') }),
  z.strictObject({ percent: z.number().positive().max(100).describe('this share of rows, by the engine\'s own sampling') }),
]).describe('profile a sample of a table instead of all of it (contract counts still cover every row)');

export type ConnectionConfig = z.infer<typeof connectionSchema>;
export type TableSourceConfig = z.infer<typeof tableSourceSchema>;
export type SampleConfig = z.infer<typeof sampleSchema>;

/** The fields of each engine whose value is a credential, read from the environment. */
export const SECRET_FIELDS = ['url', 'password', 'private_key', 'credentials', 'token'] as const;

/** True when a dataset side is a table or query in a connection, not a path. */
export function isTableSource(value: unknown): value is TableSourceConfig {
  return typeof value === 'object' && value !== null && 'connection' in value;
}

/** Datasets naming a connection that is not there, and sides that cannot go together. */
export function connectionProblems(config: Config): Problem[] {
  const problems: Problem[] = [];
  const connections = config.connections ?? {};
  const names = Object.keys(connections);
  const known = names.length ? `connections: ${names.join(', ')}` : 'the config has no connections:';
  config.datasets.forEach((dataset, index) => {
    const at = `datasets[${index}]`;
    for (const side of ['current', 'baseline'] as const) {
      const source = dataset[side];
      if (isTableSource(source) && !Object.hasOwn(connections, source.connection)) {
        problems.push({ path: `${at}.${side}.connection`, message: `no connection named "${source.connection}" (${known})` });
      }
    }
    if (!isTableSource(dataset.current) && isTableSource(dataset.baseline)) {
      problems.push({ path: `${at}.baseline`, message: 'a table baseline needs a table current: give current as { connection, table } or { connection, query }' });
    }
    const baseline = dataset.baseline;
    if (isTableSource(dataset.current) && typeof baseline === 'object' && 'git' in baseline && baseline.path === undefined) {
      problems.push({ path: `${at}.baseline.path`, message: 'a table has no path at a git ref: name the baseline file (a profile or data file) with path:' });
    }
    if (dataset.sample !== undefined && !isTableSource(dataset.current)) {
      problems.push({ path: `${at}.sample`, message: 'sample: applies to a table (current as { connection, table }); a file is always read whole' });
    }
  });
  return problems;
}
