import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createBaselineResolver } from '../../src/baseline/index.js';
import { UserError } from '../../src/errors.js';

// A repository whose first commit has the baseline, and a shallow clone of its latest commit,
// as actions/checkout leaves it.
let root: string;
let origin: string;
let shallow: string;
let baseSha: string;
const binary = Buffer.from([0x50, 0x41, 0x52, 0x31, 0x00, 0xff, 0x0d, 0x0a, 0x1a, 0x00, 0x80]);

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' }).trim();

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'datagate-git-test-'));
  origin = path.join(root, 'origin');
  await mkdir(path.join(origin, 'ml', 'data'), { recursive: true });
  git(origin, 'init', '-q');
  await writeFile(path.join(origin, 'ml', 'data', 'train.csv'), 'age\n30\n40\n');
  await writeFile(path.join(origin, 'ml', 'data', 'blob.parquet'), binary);
  git(origin, 'add', '.');
  git(origin, 'commit', '-q', '-m', 'base');
  baseSha = git(origin, 'rev-parse', 'HEAD');
  await writeFile(path.join(origin, 'ml', 'data', 'train.csv'), 'age\n31\n41\n');
  await writeFile(path.join(origin, 'ml', 'data', 'new.csv'), 'x\n1\n');
  git(origin, 'add', '.');
  git(origin, 'commit', '-q', '-m', 'change');
  shallow = path.join(root, 'shallow');
  git(root, 'clone', '-q', '--depth=1', `file://${origin}`, shallow);
});
afterAll(async () => { await rm(root, { recursive: true, force: true }); });

describe('{ git: base }', () => {
  it('reads the file at the base commit, fetching it into a shallow clone', async () => {
    expect(() => git(shallow, 'cat-file', '-e', `${baseSha}^{commit}`)).toThrow();
    const resolve = createBaselineResolver({ tempDir: root, cwd: path.join(shallow, 'ml'), baseRef: baseSha });
    const file = await resolve({ git: 'base' }, 'data/train.csv');
    expect(file).toEqual({ path: expect.stringMatching(/train\.csv$/), source: `git base (${baseSha.slice(0, 7)})`, ref: baseSha });
    expect(await readFile(file?.path ?? '', 'utf8')).toBe('age\n30\n40\n');
  });

  it('copies binary files byte for byte', async () => {
    const resolve = createBaselineResolver({ tempDir: root, cwd: path.join(origin, 'ml'), baseRef: baseSha });
    const file = await resolve({ git: 'base' }, 'data/blob.parquet');
    expect(await readFile(file?.path ?? '')).toEqual(binary);
  });

  it('reads another path at the ref when `path` is given', async () => {
    const resolve = createBaselineResolver({ tempDir: root, cwd: path.join(origin, 'ml'), baseRef: baseSha });
    const file = await resolve({ git: 'base', path: 'data/train.csv' }, 'data/other.csv');
    expect(await readFile(file?.path ?? '', 'utf8')).toBe('age\n30\n40\n');
  });

  it('is null with a notice for a dataset that is new in this PR', async () => {
    const notices: string[] = [];
    const resolve = createBaselineResolver({ tempDir: root, cwd: path.join(origin, 'ml'), baseRef: baseSha, notice: (m) => notices.push(m) });
    expect(await resolve({ git: 'base' }, 'data/new.csv')).toBeNull();
    expect(notices).toEqual([`No baseline for data/new.csv: it does not exist at base (${baseSha.slice(0, 7)}); comparisons are skipped, contract gates still run.`]);
  });

  it('is null with a notice outside a pull request', async () => {
    const notices: string[] = [];
    const resolve = createBaselineResolver({ tempDir: root, cwd: origin, notice: (m) => notices.push(m) });
    expect(await resolve({ git: 'base' }, 'ml/data/train.csv')).toBeNull();
    expect(notices[0]).toMatch(/^No baseline for ml\/data\/train.csv: `git: base` needs a pull request/);
  });

  it('fails clearly when the commit cannot be fetched', async () => {
    const resolve = createBaselineResolver({ tempDir: root, cwd: shallow, baseRef: 'f'.repeat(40) });
    await expect(resolve({ git: 'base' }, 'ml/data/train.csv')).rejects.toThrow(UserError);
    await expect(resolve({ git: 'base' }, 'ml/data/train.csv')).rejects.toThrow(/commit f{40} is not in this checkout and `git fetch origin f{40}` failed: .*fetch-depth: 0/);
  });

  it('fails clearly outside a git checkout', async () => {
    const resolve = createBaselineResolver({ tempDir: root, cwd: os.tmpdir(), baseRef: baseSha });
    await expect(resolve({ git: 'base' }, 'x.csv')).rejects.toThrow(/is not inside a git checkout/);
  });

  it('asks for `path` when the current data is a glob', async () => {
    const resolve = createBaselineResolver({ tempDir: root, cwd: origin, baseRef: baseSha });
    await expect(resolve({ git: 'base' }, 'ml/data/*.csv')).rejects.toThrow(/a glob has no single file at a commit; set the baseline's `path`/);
  });
});

describe('{ git: <ref> }', () => {
  it('reads a named ref', async () => {
    git(origin, 'tag', 'v1', baseSha);
    const resolve = createBaselineResolver({ tempDir: root, cwd: origin });
    const file = await resolve({ git: 'v1' }, 'ml/data/train.csv');
    expect(file?.source).toBe(`git v1 (${baseSha.slice(0, 7)})`);
    expect(await readFile(file?.path ?? '', 'utf8')).toBe('age\n30\n40\n');
  });
});

describe('a path baseline', () => {
  it('is the file relative to the config folder', async () => {
    const resolve = createBaselineResolver({ tempDir: root, cwd: path.join(origin, 'ml') });
    expect(await resolve('data/train.csv', 'data/new.csv')).toEqual({ path: path.join(origin, 'ml', 'data', 'train.csv'), source: 'data/train.csv' });
  });

  it('is a user error when missing', async () => {
    const resolve = createBaselineResolver({ tempDir: root, cwd: origin });
    await expect(resolve('nope.csv', 'x.csv')).rejects.toThrow('nope.csv: baseline file not found');
  });
});

describe('a ref that is an option (git option injection)', () => {
  // A plain-path remote, as a self-hosted runner's checkout may have: git runs --upload-pack there.
  let local: string;
  beforeAll(() => {
    local = path.join(root, 'local-clone');
    git(root, 'clone', '-q', '--depth=1', `file://${origin}`, local);
    git(local, 'remote', 'set-url', 'origin', origin);
  });

  it('is an attack that runs a command when git reads it as an option (the control)', () => {
    const marker = path.join(root, 'control-marker');
    try { git(local, 'fetch', 'origin', `--upload-pack=touch ${marker};`); } catch { /* git fails after running it */ }
    expect(existsSync(marker)).toBe(true);
  });

  it('is refused from a config\'s { git: … }, naming the ref, and the command never runs', async () => {
    const marker = path.join(root, 'config-marker');
    const resolve = createBaselineResolver({ tempDir: root, cwd: local });
    const attack = resolve({ git: `--upload-pack=touch ${marker};` }, 'ml/data/train.csv');
    await expect(attack).rejects.toThrow(UserError);
    await expect(resolve({ git: `--upload-pack=touch ${marker};` }, 'ml/data/train.csv')).rejects.toThrow(
      `baseline { git }: "--upload-pack=touch ${marker};" is not a git ref name or commit id (it starts with "-", so git would read it as an option); refused`);
    expect(existsSync(marker)).toBe(false);
  });

  it('is refused as the base commit (`--base`, or an event\'s base sha), and the command never runs', async () => {
    const marker = path.join(root, 'base-marker');
    const resolve = createBaselineResolver({ tempDir: root, cwd: local, baseRef: `--upload-pack=touch ${marker};` });
    await expect(resolve({ git: 'base' }, 'ml/data/train.csv')).rejects.toThrow(/^baseline \{ git: base \}: "--upload-pack=.*" is not a git ref name or commit id/);
    expect(existsSync(marker)).toBe(false);
  });

  it('is refused in every form git would read as something else', async () => {
    const resolve = createBaselineResolver({ tempDir: root, cwd: local });
    for (const ref of ['-c', 'main..evil', 'HEAD@{1}', 'a:b', 'x\ny', 'refs/heads/../x', '.hidden', 'main.lock', 'a b']) {
      await expect(resolve({ git: ref }, 'ml/data/train.csv')).rejects.toThrow(/is not a git ref name or commit id/);
    }
  });

  it('still reads a plain branch name after the checks', async () => {
    git(origin, 'branch', '-f', 'release/v1', baseSha);
    const resolve = createBaselineResolver({ tempDir: root, cwd: origin });
    const file = await resolve({ git: 'release/v1' }, 'ml/data/train.csv');
    expect(await readFile(file?.path ?? '', 'utf8')).toBe('age\n30\n40\n');
  });
});

describe('a bare repository committed as the config\'s folder', () => {
  it('is not used: git never runs its core.sshCommand', async () => {
    // What a pull request can commit under ml/: HEAD, refs/, objects/ and a config of its choosing.
    const checkout = path.join(root, 'bare-attack');
    git(root, 'init', '-q', checkout);
    const folder = path.join(checkout, 'ml');
    git(checkout, 'init', '-q', '--bare', folder);
    const marker = path.join(root, 'bare-marker');
    git(folder, 'config', 'core.sshCommand', `touch ${marker}; false`);
    git(folder, 'config', 'remote.origin.url', 'ssh://example.invalid/x');
    const resolve = createBaselineResolver({ tempDir: root, cwd: folder });
    await expect(resolve({ git: 'main' }, 'data/train.csv')).rejects.toThrow(/^baseline \{ git: main \}: .* is not inside a git checkout/);
    expect(existsSync(marker)).toBe(false);
  });
});
