// Workspace confinement: what a pull request's config may name in the action (and in the CLI
// with --workspace). Each attack from issue #15 is set up for real (files outside, committed
// symlinks, .git/config) and must end in a UserError naming the path and the rule.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createBaselineResolver } from '../../src/baseline/index.js';
import { UserError } from '../../src/errors.js';
import { runCheck } from '../../src/run/check.js';
import { confinedRead, confinedWrite, mayRead, workspaceAt, type Workspace } from '../../src/workspace/index.js';

// root/ws is the workspace; root/outside holds a "secret"; root/temp plays RUNNER_TEMP.
let root: string;
let ws: string;
let outside: string;
let workspace: Workspace;
const SECRET = 'user,token\nroot,ghp_SECRET_never_in_a_report\n';

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'datagate-ws-'));
  ws = path.join(root, 'ws');
  outside = path.join(root, 'outside');
  for (const folder of [ws, outside, path.join(root, 'temp'), path.join(ws, 'data'), path.join(ws, '.git'), path.join(ws, 'parts'), path.join(ws, 'metrics')]) mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(outside, 'secret.csv'), SECRET);
  writeFileSync(path.join(outside, 'metrics.json'), '{"accuracy": 0.99}');
  writeFileSync(path.join(ws, 'data', 'train.csv'), 'id,age\n1,30\n2,40\n');
  writeFileSync(path.join(ws, 'metrics', 'metrics.json'), '{"accuracy": 0.9}');
  writeFileSync(path.join(ws, '.git', 'config'), '[remote "origin"]\nurl = https://x-access-token:ghs_SECRET@github.com/o/r\n');
  // What a pull request can commit: symlinks to files and folders outside.
  symlinkSync(path.join(outside, 'secret.csv'), path.join(ws, 'data', 'link.csv'));
  symlinkSync(outside, path.join(ws, 'linkdir'));
  writeFileSync(path.join(ws, 'parts', 'a.csv'), 'user,token\nx,y\n');
  symlinkSync(path.join(outside, 'secret.csv'), path.join(ws, 'parts', 'b.csv'));
  workspace = workspaceAt(ws, { outputRoots: [path.join(root, 'temp')], rule: 'GITHUB_WORKSPACE' });
});
afterAll(() => { rmSync(root, { recursive: true, force: true }); });

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
  throw new Error('not refused');
}

describe('confinedRead', () => {
  it('lets a file inside the workspace through, as given', () => {
    const file = path.join(ws, 'data', 'train.csv');
    expect(confinedRead(workspace, file, 'data/train.csv')).toBe(file);
  });

  it('refuses an absolute path outside, naming it and the rule', () => {
    expect(refusal(() => confinedRead(workspace, '/etc/passwd', '/etc/passwd')))
      .toBe(`/etc/passwd: is outside GITHUB_WORKSPACE: only files inside ${ws} are read here`);
  });

  it('refuses ../ out of the workspace', () => {
    expect(refusal(() => confinedRead(workspace, path.join(ws, '..', 'outside', 'secret.csv'), '../outside/secret.csv')))
      .toMatch(/^\.\.\/outside\/secret\.csv: is outside GITHUB_WORKSPACE/);
  });

  it('follows a committed symlink to a file outside, and says where it leads', () => {
    expect(refusal(() => confinedRead(workspace, path.join(ws, 'data', 'link.csv'), 'data/link.csv')))
      .toBe(`data/link.csv: is outside GITHUB_WORKSPACE (it resolves to ${path.join(outside, 'secret.csv')}): only files inside ${ws} are read here`);
  });

  it('follows a symlinked folder, and `link/..` the way the system opens it', () => {
    expect(refusal(() => confinedRead(workspace, path.join(ws, 'linkdir', 'secret.csv'), 'linkdir/secret.csv'))).toMatch(/is outside GITHUB_WORKSPACE/);
    // Lexically this is ws/data/train.csv; through the link it is root/data/train.csv.
    expect(refusal(() => confinedRead(workspace, `${ws}/linkdir/../data/train.csv`, 'linkdir/../data/train.csv'))).toMatch(/is outside GITHUB_WORKSPACE/);
  });

  it('never reads .git as data, in any case', () => {
    expect(refusal(() => confinedRead(workspace, path.join(ws, '.git', 'config'), '.git/config')))
      .toBe('.git/config: is inside a .git folder: git\'s own files (config, credentials, hooks) are never read as data or reports');
    expect(refusal(() => confinedRead(workspace, path.join(ws, '.GIT', 'config'), '.GIT/config'))).toMatch(/is inside a \.git folder/);
  });

  it('does not let outputs-only folders (RUNNER_TEMP) be read from', () => {
    expect(refusal(() => confinedRead(workspace, path.join(root, 'temp', 'x.csv'), 'x.csv'))).toMatch(/is outside GITHUB_WORKSPACE/);
  });

  it('answers yes or no for callers that skip a file (a model file bundled into the artifact)', () => {
    expect(mayRead(workspace, path.join(ws, 'metrics', 'metrics.json'))).toBe(true);
    expect(mayRead(workspace, path.join(outside, 'metrics.json'))).toBe(false);
    expect(mayRead(workspace, path.join(ws, '.git', 'config'))).toBe(false);
  });

  it('checks nothing without a workspace (the CLI without --workspace)', () => {
    expect(confinedRead(undefined, '/etc/passwd')).toBe('/etc/passwd');
  });
});

describe('confinedWrite', () => {
  it('allows the workspace, new folders in it, and RUNNER_TEMP', () => {
    expect(confinedWrite(workspace, path.join(ws, 'out', 'new', 'report.json'), 'out/new/report.json')).toBe(path.join(ws, 'out', 'new', 'report.json'));
    expect(confinedWrite(workspace, path.join(root, 'temp', 'report.json'))).toBe(path.join(root, 'temp', 'report.json'));
  });

  it('refuses ../../outside and absolute paths, before any folder is made', () => {
    const target = path.join(ws, '..', '..', 'made-by-datagate', 'report.json');
    expect(refusal(() => confinedWrite(workspace, target, '../../made-by-datagate/report.json')))
      .toBe(`../../made-by-datagate/report.json: is outside GITHUB_WORKSPACE: only files inside ${ws} or ${path.join(root, 'temp')} are written here`);
    expect(existsSync(path.dirname(target))).toBe(false);
    expect(refusal(() => confinedWrite(workspace, '/abs/path/report.html', '/abs/path/report.html'))).toMatch(/^\/abs\/path\/report\.html: is outside GITHUB_WORKSPACE/);
  });

  it('refuses writing through a symlink out, and into .git (hooks would run later)', () => {
    expect(refusal(() => confinedWrite(workspace, path.join(ws, 'linkdir', 'report.json'), 'linkdir/report.json'))).toMatch(/is outside GITHUB_WORKSPACE/);
    expect(refusal(() => confinedWrite(workspace, path.join(ws, '.git', 'hooks', 'post-checkout'), '.git/hooks/post-checkout'))).toMatch(/is inside a \.git folder/);
  });
});

describe('runCheck in a workspace', () => {
  const noBaseline = () => Promise.resolve(null);
  const check = (name: string, config: string) => {
    writeFileSync(path.join(ws, name), config);
    return runCheck({ configPath: name, cwd: ws, workspace, baselineResolver: noBaseline });
  };

  it('refuses `current: /etc/passwd` before reading it', async () => {
    await expect(check('abs.yml', 'datasets:\n  - name: d\n    current: /etc/passwd\n')).rejects.toThrow(`/etc/passwd: is outside GITHUB_WORKSPACE: only files inside ${ws} are read here`);
  });

  it('refuses ../ and a committed symlink, and no value of the file reaches the report', async () => {
    await expect(check('up.yml', 'datasets:\n  - name: d\n    current: ../outside/secret.csv\n')).rejects.toThrow(/^\.\.\/outside\/secret\.csv: is outside GITHUB_WORKSPACE/);
    const refused = check('link.yml', 'datasets:\n  - name: d\n    current: data/link.csv\n    schema: { columns: { token: { max_length: 1 } } }\n');
    await expect(refused).rejects.toThrow(UserError);
    await expect(check('link.yml', 'datasets:\n  - name: d\n    current: data/link.csv\n')).rejects.not.toThrow(/ghp_SECRET/);
  });

  it('checks a glob\'s folder before listing it, and each file a glob or folder matches', async () => {
    await expect(check('glob.yml', 'datasets:\n  - name: d\n    current: "linkdir/*.csv"\n')).rejects.toThrow(/^linkdir\/\*\.csv: is outside GITHUB_WORKSPACE/);
    // Inside the workspace the glob's folder passes; a glob, like a folder walk, never matches a symlink.
    const glob = await check('glob2.yml', 'datasets:\n  - name: d\n    current: "data/*.csv"\n');
    expect(glob.report.datasets[0].files).toEqual(['data/train.csv']);
    // A folder of parts skips symlinks when it walks; a glob whose base is a symlinked folder does not.
    const parts = await check('parts.yml', 'datasets:\n  - name: d\n    current: parts\n');
    expect(parts.report.datasets[0].files).toEqual(['parts/a.csv']);
  });

  it('refuses .git/config as data', async () => {
    await expect(check('git.yml', 'datasets:\n  - name: d\n    current: .git/config\n    format: csv\n')).rejects.toThrow('.git/config: is inside a .git folder');
  });

  it('refuses a model\'s metrics, segments, latency and predictions outside', async () => {
    await expect(check('m1.yml', `models:\n  - name: m\n    current: ${path.join(outside, 'metrics.json')}\n    metrics: { accuracy: { min: 0.5 } }\n`)).rejects.toThrow(/metrics\.json: is outside GITHUB_WORKSPACE/);
    await expect(check('m2.yml', 'models:\n  - name: m\n    current: metrics/metrics.json\n    metrics: { accuracy: { min: 0.5 } }\n    latency: { current: ../outside/secret.csv, column: token, p95: 10 }\n')).rejects.toThrow(/^\.\.\/outside\/secret\.csv: is outside GITHUB_WORKSPACE/);
    await expect(check('m4.yml', 'models:\n  - name: m\n    current: metrics/metrics.json\n    metrics: { accuracy: { min: 0.5 } }\n    segments: { current: linkdir/metrics.json, metric: recall, min: 0.7 }\n')).rejects.toThrow(/^linkdir\/metrics\.json: is outside GITHUB_WORKSPACE/);
    await expect(check('m3.yml', 'models:\n  - name: m\n    predictions: { current: linkdir/secret.csv, label: user, prediction: token }\n    metrics: { accuracy: { min: 0.5 } }\n')).rejects.toThrow(/^linkdir\/secret\.csv: is outside GITHUB_WORKSPACE/);
  });

  it('refuses a config file outside', async () => {
    await expect(runCheck({ configPath: '../outside/secret.csv', cwd: ws, workspace, baselineResolver: noBaseline })).rejects.toThrow(/^\.\.\/outside\/secret\.csv: is outside GITHUB_WORKSPACE/);
  });

  it('reads a dataset inside as before', async () => {
    const result = await check('ok.yml', 'datasets:\n  - name: d\n    current: data/train.csv\n');
    expect(result.report.datasets[0].rows.current).toBe(2);
  });
});

describe('a path baseline in a workspace', () => {
  it('is refused outside, and a symlink out', async () => {
    const resolve = createBaselineResolver({ cwd: ws, workspace });
    await expect(resolve('../outside/secret.csv', 'data/train.csv')).rejects.toThrow(/^\.\.\/outside\/secret\.csv: is outside GITHUB_WORKSPACE/);
    await expect(resolve('data/link.csv', 'data/train.csv')).rejects.toThrow(/^data\/link\.csv: is outside GITHUB_WORKSPACE \(it resolves to/);
    await expect(resolve('.git/config', 'data/train.csv')).rejects.toThrow(/is inside a \.git folder/);
    expect((await resolve('data/train.csv', 'data/x.csv'))?.path).toBe(path.join(ws, 'data', 'train.csv'));
  });
});
