import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RUNTIME_PACKAGES } from '../../src/warehouse/load.js';
import { importRuntimePackage } from '../../src/warehouse/runtimePackage.js';

const temps: string[] = [];
const temp = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('clients found or installed at run time', () => {
  it('the pinned versions are package.json\'s', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> };
    // Databricks alone is pinned in load.ts only: its lock entry could not pass `npm ci` (load.ts).
    for (const runtime of Object.values(RUNTIME_PACKAGES).filter((each) => each.name !== '@databricks/sql')) {
      expect(`${runtime.name}@${pkg.devDependencies[runtime.name]}`).toBe(`${runtime.name}@${runtime.version}`);
    }
    expect(pkg.devDependencies['@databricks/sql']).toBeUndefined();
  });

  it('a package in the workspace\'s node_modules is used as it is, nothing installed', async () => {
    const cacheRoot = temp('datagate-cache-');
    const duckdb = await importRuntimePackage(RUNTIME_PACKAGES.duckdb, { workspace: process.cwd(), cacheRoot });
    expect(typeof duckdb.DuckDBInstance).toBe('function');
    expect(readdirSync(cacheRoot)).toEqual([]);
  });

  it('an install that fails is a user error naming the package, the folder and what to do, and leaves nothing half-written', async () => {
    const cacheRoot = temp('datagate-cache-');
    const workspace = temp('datagate-workspace-');
    const saved = process.env.npm_config_offline;
    process.env.npm_config_offline = 'true'; // nothing fetched: the version below is in no cache
    try {
      const error = (await importRuntimePackage({ ...RUNTIME_PACKAGES.duckdb, version: '0.0.0-not-published' }, { workspace, cacheRoot }).catch((e: unknown) => e)) as Error;
      expect(error.name).toBe('UserError');
      const prefix = path.join(cacheRoot, '@duckdb+node-api@0.0.0-not-published');
      expect(error.message).toContain(`DuckDB's Node client (@duckdb/node-api@0.0.0-not-published) is not installed in the workspace, and installing it into ${prefix} failed: `);
      expect(error.message).toContain('Install it in a workflow step before datagate (npm install --no-save @duckdb/node-api@0.0.0-not-published).');
      expect(existsSync(prefix)).toBe(false);
      expect(readdirSync(cacheRoot)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.npm_config_offline;
      else process.env.npm_config_offline = saved;
    }
  });
});
