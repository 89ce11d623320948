// Engine clients that can't live in the action's bundle (native modules, or too heavy) are found
// at run time: in the workspace's node_modules first, else installed once, at a pinned version,
// into a cache folder (the runner's tool cache, or a temp folder) and imported from there.

import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';

export interface RuntimePackage {
  /** The npm name, e.g. `@duckdb/node-api`. */
  name: string;
  /** The exact version to install when the workspace has none (package.json's pin). */
  version: string;
  /** What it is, for messages: `DuckDB's Node client`. */
  label: string;
}

export interface RuntimePackageOptions {
  /** Where to look first; default `GITHUB_WORKSPACE`, else the current directory. */
  workspace?: string;
  /** The cache root; default `$RUNNER_TOOL_CACHE/datagate`, else `<tmp>/datagate`. */
  cacheRoot?: string;
}

const installing = new Map<string, Promise<string>>();

/**
 * The package's exports, loaded with `require` from createRequire (the bundler leaves it alone):
 * the clients are CommonJS, and some of their dependencies are ESM-only packages that Node loads
 * through require(esm) (Node 20.19+, 22.12+; the action runs on 24).
 */
export async function importRuntimePackage(pkg: RuntimePackage, options: RuntimePackageOptions = {}): Promise<Record<string, unknown>> {
  const workspace = options.workspace ?? (process.env.GITHUB_WORKSPACE || process.cwd());
  const file = resolveFrom(workspace, pkg.name) ?? (await installed(pkg, options.cacheRoot ?? defaultCacheRoot()));
  return createRequire(file)(file) as Record<string, unknown>;
}

function defaultCacheRoot(): string {
  return path.join(process.env.RUNNER_TOOL_CACHE || tmpdir(), 'datagate');
}

/** The package's entry file as `require` would find it from `dir`, or null. */
function resolveFrom(dir: string, name: string): string | null {
  try {
    return createRequire(path.join(path.resolve(dir), 'package.json')).resolve(name);
  } catch {
    return null;
  }
}

function installedVersion(prefix: string, name: string): string | null {
  try {
    return (JSON.parse(readFileSync(path.join(prefix, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string }).version ?? null;
  } catch {
    return null;
  }
}

/** Installs `name@version` under the cache root once (per process, and across runs), and resolves it there. */
async function installed(pkg: RuntimePackage, cacheRoot: string): Promise<string> {
  const prefix = path.join(cacheRoot, `${pkg.name.replace('/', '+')}@${pkg.version}`);
  let pending = installing.get(prefix);
  if (!pending) {
    pending = install(pkg, cacheRoot, prefix);
    installing.set(prefix, pending);
    pending.catch(() => installing.delete(prefix));
  }
  return pending;
}

async function install(pkg: RuntimePackage, cacheRoot: string, prefix: string): Promise<string> {
  if (installedVersion(prefix, pkg.name) !== pkg.version) {
    // Into a fresh folder beside the final one, then renamed: a second run (or job) never sees
    // half an install, and whichever rename lands first is used by both.
    mkdirSync(cacheRoot, { recursive: true });
    const staging = mkdtempSync(path.join(cacheRoot, '.install-'));
    try {
      await runNpm(cacheRoot, ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', '--prefix', staging, `${pkg.name}@${pkg.version}`]);
      if (installedVersion(staging, pkg.name) !== pkg.version) throw new Error(`npm finished but ${pkg.name}@${pkg.version} is not in ${staging}`);
      if (existsSync(prefix)) rmSync(prefix, { recursive: true, force: true });
      try {
        renameSync(staging, prefix);
      } catch (error) {
        if (installedVersion(prefix, pkg.name) !== pkg.version) throw error;
      }
    } catch (error) {
      throw new UserError(
        `${pkg.label} (${pkg.name}@${pkg.version}) is not installed in the workspace, and installing it into ${prefix} failed: ${reason(error)}. ` +
          `Install it in a workflow step before datagate (npm install --no-save ${pkg.name}@${pkg.version}).`,
      );
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }
  const file = resolveFrom(prefix, pkg.name);
  if (!file) throw new UserError(`${pkg.label} (${pkg.name}@${pkg.version}) was installed into ${prefix} but can't be resolved there`);
  return file;
}

function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  return lines.slice(-4).join(' / ') || 'unknown error';
}

/**
 * npm without a shell: the npm that came with this Node (`npm-cli.js` beside it), else `npm` on
 * PATH. Fixed arguments only; nothing from a config reaches the command line.
 */
function npmCommand(): [string, string[]] {
  const candidates = [
    process.env.npm_execpath,
    path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
    path.join(path.dirname(process.execPath), 'node_modules', 'npm', 'bin', 'npm-cli.js'),
  ];
  const cli = candidates.find((file) => file && file.endsWith('npm-cli.js') && existsSync(file));
  return cli ? [process.execPath, [cli]] : ['npm', []];
}

/** Run in the cache folder, not the workspace: a pull request's `.npmrc` must not pick the registry. */
function runNpm(cwd: string, args: string[]): Promise<void> {
  const [command, prefixArgs] = npmCommand();
  return new Promise((resolve, reject) => {
    execFile(command, [...prefixArgs, ...args], { cwd, maxBuffer: 16 * 1024 * 1024, timeout: 10 * 60_000, windowsHide: true }, (error, _stdout, stderr) => {
      if (error) reject(new Error(`${stderr || error.message}`));
      else resolve();
    });
  });
}
