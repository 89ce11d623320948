// What `npm publish` and `npx github:OWNER/datagate` install: the packed package, with the bundled
// CLI and no dependencies, run from a folder outside this repository.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let work: string;
let files: string[];
let bin: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'datagate-pack-'));
  const pack = spawnSync(npm, ['pack', '--json', '--pack-destination', work], { encoding: 'utf8' });
  expect(pack.status).toBe(0);
  const [packed] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  files = packed.files.map((file) => file.path);
  const prefix = path.join(work, 'prefix');
  // --offline: a package without dependencies needs nothing from the registry.
  const install = spawnSync(npm, ['install', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, path.join(work, packed.filename)], { encoding: 'utf8' });
  expect(install.stderr).not.toMatch(/EBADENGINE/);
  expect(install.status).toBe(0);
  bin = path.join(prefix, 'node_modules', '.bin', 'datagate');
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the published package', () => {
  it('holds the bundled CLI and its worker, the config schema, README and LICENSE, and no sources', () => {
    expect(files).toEqual(expect.arrayContaining(['dist/cli/index.js', 'dist/cli/worker/index.js', 'datagate.schema.json', 'README.md', 'LICENSE', 'package.json']));
    expect(files.filter((file) => /^(src|__tests__|examples|bench|scripts)\//.test(file) || file === 'dist/index.js')).toEqual([]);
  });

  it('declares a bin, a Node floor, provenance, and no dependencies to install (everything is bundled)', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(pkg.bin).toEqual({ datagate: 'dist/cli/index.js' });
    expect(pkg.engines).toEqual({ node: '>=20' });
    expect(pkg.publishConfig).toEqual({ access: 'public', provenance: true });
    expect(pkg.dependencies).toBeUndefined();
    expect(pkg.private).toBeUndefined();
    expect(pkg.scripts.prepare).toBeUndefined();
    expect(readFileSync('dist/cli/index.js', 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it("runs README's first five minutes from the installed bin: init, then check", () => {
    const folder = mkdtempSync(path.join(work, 'project-'));
    copyFileSync('examples/data/customers_baseline.csv', path.join(folder, 'customers.csv'));
    const run = (args: string[]) => spawnSync(bin, args, { cwd: folder, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(run(['--version']).stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    const init = run(['init', 'customers.csv', '--out', 'datagate.yml']);
    expect(init.stderr).toBe('wrote datagate.yml: review it, then run `datagate check --config datagate.yml`\n');
    expect(init.status).toBe(0);
    const check = run(['check', '--config', 'datagate.yml']);
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/^datagate: PASS — /);
    writeFileSync(path.join(folder, 'customers.csv'), readFileSync(path.join(folder, 'customers.csv'), 'utf8').replace('\n2,', '\n1,'));
    const failed = run(['check', '--config', 'datagate.yml']);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toContain('✗ customers.contract.customer_id.unique');
  });
});
