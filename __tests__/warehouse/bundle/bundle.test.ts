// The engine clients as the action ships them: bundled by ncc (the build's flags) and run under
// Node 24, the action's runtime. DuckDB is installed for real into an empty tool cache (npm's
// cache is warm: --prefer-offline), Snowflake and Databricks come from the workspace.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RUNTIME_PACKAGES } from '../../../src/warehouse/load.js';
import { closedPort } from '../clients/fakeHttp.js';

const root = process.cwd();
let work = '';
let bundle = '';
let node24 = '';

beforeAll(() => {
  node24 = process.env.DATAGATE_NODE24 || execFileSync('npx', ['-y', 'node@24', '-p', 'process.execPath'], { encoding: 'utf8' }).trim();
  work = mkdtempSync(path.join(tmpdir(), 'datagate-bundle-'));
  bundle = path.join(work, 'dist');
  execFileSync(process.execPath, [path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', path.join(root, '__tests__/warehouse/bundle/entry.ts'), '-o', bundle, '--minify', '--no-source-map-register', '--quiet', '--transpile-only', '--target', 'es2022'], { cwd: root, stdio: 'inherit' });
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Outcome { rows?: unknown[]; error?: { name: string; message: string } }

function run(dir: string, args: string[], env: Record<string, string>, cwd: string): Outcome {
  const output = execFileSync(node24, [path.join(dir, 'index.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(output.trim().split('\n').pop()!) as Outcome;
}

const chunks = (dir: string) => readdirSync(dir).filter((name) => /^\d+\.index\.js$/.test(name));

describe('engine clients in the ncc bundle, under Node 24', () => {
  it('the bundle has no native file and none of DuckDB, Snowflake or Databricks; pg, Trino and BigQuery are chunks of their own', () => {
    const files = readdirSync(bundle);
    expect(files.filter((name) => name.endsWith('.node') || name.endsWith('.so'))).toEqual([]);
    const text = (name: string) => readFileSync(path.join(bundle, name), 'utf8');
    const holding = (marker: string) => files.filter((name) => name.endsWith('.js') && text(name).includes(marker));
    // Strings from inside each library (not just its name, which load.ts holds).
    expect(holding('@duckdb/node-bindings')).toEqual([]);
    expect(holding('snowflakecomputing')).toEqual([]);
    expect(holding('TCLIService')).toEqual([]);
    expect(holding('PGPASSFILE').every((name) => chunks(bundle).includes(name))).toBe(true);
    expect(holding('PGPASSFILE')).toHaveLength(1);
    expect(holding('X-Trino-User').every((name) => chunks(bundle).includes(name))).toBe(true);
    expect(holding('bigquery#').every((name) => chunks(bundle).includes(name))).toBe(true);
    expect(text('index.js').length).toBeLessThan(64 * 1024);
  });

  it('a run that opens no engine loads none of the clients\' chunks', () => {
    const bare = path.join(work, 'bare');
    cpSync(bundle, bare, { recursive: true });
    for (const chunk of chunks(bare)) unlinkSync(path.join(bare, chunk));
    expect(run(bare, ['none'], {}, work)).toEqual({ rows: [] });
  });

  it('DuckDB missing from the workspace is installed into the tool cache at the pinned version, then queried', () => {
    const workspace = mkdtempSync(path.join(work, 'workspace-'));
    const toolCache = mkdtempSync(path.join(work, 'toolcache-'));
    const env = { GITHUB_WORKSPACE: workspace, RUNNER_TOOL_CACHE: toolCache };
    expect(run(bundle, ['duckdb'], env, workspace)).toEqual({ rows: [{ answer: 42 }] });
    const installed = path.join(toolCache, 'datagate', `@duckdb+node-api@${RUNTIME_PACKAGES.duckdb.version}`, 'node_modules', '@duckdb', 'node-api', 'package.json');
    expect((JSON.parse(readFileSync(installed, 'utf8')) as { version: string }).version).toBe(RUNTIME_PACKAGES.duckdb.version);
    expect(readdirSync(path.join(toolCache, 'datagate'))).toEqual([`@duckdb+node-api@${RUNTIME_PACKAGES.duckdb.version}`]);
    // The second run finds it there, and works offline.
    expect(run(bundle, ['duckdb'], { ...env, npm_config_offline: 'true' }, workspace)).toEqual({ rows: [{ answer: 42 }] });
  }, 300_000);

  // Databricks is not a dev dependency (its 2.1.0 names an unpublished native part, so no lock
  // file holding it passes `npm ci`): a run installs it at its pin, which CI does not do per test.
  it('Snowflake from the workspace fails cleanly on a closed port, without its secrets', async () => {
    const port = await closedPort();
    const snowflake = run(bundle, ['snowflake', `http://127.0.0.1:${port}`], { GITHUB_WORKSPACE: root }, root);
    expect(snowflake.error?.name).toBe('UserError');
    expect(snowflake.error?.message).toMatch(/^Snowflake account acme-ci: can't connect/);
    expect(JSON.stringify(snowflake)).not.toContain('entry-secret');
  }, 240_000);

  it('Trino and BigQuery from their chunks fail cleanly on a closed port', async () => {
    const port = await closedPort();
    expect(run(bundle, ['trino', `http://127.0.0.1:${port}`], {}, work).error).toEqual({ name: 'UserError', message: `Trino at http://127.0.0.1:${port}: can't connect: connection refused (ECONNREFUSED)` });
    // No credentials given: Application Default Credentials from a key file the test writes.
    const key = path.join(work, 'adc.json');
    writeFileSync(key, JSON.stringify({ type: 'service_account', client_email: 'ci@p.iam.gserviceaccount.com', private_key: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() }));
    expect(run(bundle, ['bigquery', `http://127.0.0.1:${port}`], { GOOGLE_APPLICATION_CREDENTIALS: key }, work).error).toEqual({ name: 'UserError', message: "BigQuery project p: can't connect: connection refused (ECONNREFUSED)" });
  }, 240_000);
});
