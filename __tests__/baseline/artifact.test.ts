import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FakeGitHub } from '../github/fakeGitHub.js';

// @actions/artifact's `findBy` client reads GITHUB_API_URL when @actions/github is first
// imported, so the fake must be up and the environment set before any import of our code.
let github: FakeGitHub;
let tempDir: string;
let createBaselineResolver: typeof import('../../src/baseline/index.js').createBaselineResolver;
let createOctokit: typeof import('../../src/github/octokit.js').createOctokit;
const saved = { api: process.env.GITHUB_API_URL, server: process.env.GITHUB_SERVER_URL, workspace: process.env.GITHUB_WORKSPACE };

const profile = (rows: number) => JSON.stringify({ version: 1, rows, columns: [] });

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'datagate-artifact-test-'));
  github = new FakeGitHub();
  process.env.GITHUB_API_URL = await github.start();
  delete process.env.GITHUB_SERVER_URL;
  process.env.GITHUB_WORKSPACE = process.cwd();
  ({ createBaselineResolver } = await import('../../src/baseline/index.js'));
  ({ createOctokit } = await import('../../src/github/octokit.js'));
});
afterAll(async () => {
  await github.stop();
  await rm(tempDir, { recursive: true, force: true });
  for (const [key, name] of [['api', 'GITHUB_API_URL'], ['server', 'GITHUB_SERVER_URL'], ['workspace', 'GITHUB_WORKSPACE']] as const) {
    if (saved[key] === undefined) delete process.env[name];
    else process.env[name] = saved[key];
  }
});
beforeEach(() => {
  github.requests = [];
  github.faults = [];
  github.runs = [
    { id: 11, workflow: 'ci.yml', branch: 'main', conclusion: 'success', head_sha: 'aaaaaaa1111' },
    { id: 12, workflow: 'ci.yml', branch: 'main', conclusion: 'success', head_sha: 'bbbbbbb2222' },
    { id: 13, workflow: 'ci.yml', branch: 'main', conclusion: 'failure', head_sha: 'ccccccc3333' },
    { id: 14, workflow: 'ci.yml', branch: 'feature', conclusion: 'success', head_sha: 'ddddddd4444' },
  ];
  github.artifacts = [
    { id: 501, runId: 11, name: 'datagate-profiles', files: { 'train.profile.json': profile(1) } },
    { id: 502, runId: 12, name: 'datagate-profiles', files: {
      'train.profile.json': profile(1000), 'holdout.profile.json': profile(200),
      'classifier.metrics.json': '{"accuracy": 0.91}', 'classifier.predictions.csv': 'label,prediction\n1,1\n',
      'datagate-manifest.json': JSON.stringify({
        version: 1,
        datasets: [{ name: 'train', current: 'data/train.csv', profile: 'train.profile.json' }, { name: 'holdout', current: 'data/holdout.csv', profile: 'holdout.profile.json' }],
        models: [{ name: 'classifier', files: [
          { kind: 'metrics', current: 'metrics/metrics.json', file: 'classifier.metrics.json', bytes: 18 },
          { kind: 'predictions', current: 'preds/current.csv', file: 'classifier.predictions.csv', bytes: 21 },
        ] }],
      }),
    } },
  ];
});

const resolver = (notices: string[] = []) => createBaselineResolver({
  cwd: process.cwd(),
  tempDir,
  artifact: { token: 'ghs_token', owner: 'o', repo: 'r', workflow: 'ci.yml', octokit: createOctokit('ghs_token', { baseUrl: github.url, retry: { scale: 0.001 } }) },
  notice: (message) => notices.push(message),
});

describe('{ artifact, branch }', () => {
  it('downloads the profiles of the latest successful run on the branch', async () => {
    const file = await resolver()({ artifact: 'datagate-profiles', branch: 'main' }, 'data/train.csv', { name: 'train' });
    expect(file?.source).toBe('artifact datagate-profiles from main (run 12, bbbbbbb)');
    expect(file?.ref).toBe('bbbbbbb2222');
    expect(JSON.parse(await readFile(file?.path ?? '', 'utf8'))).toEqual({ version: 1, rows: 1000, columns: [] });
    const runsQueries = github.requests.filter((r) => r.path.endsWith('/runs')).map((r) => Object.fromEntries(r.query));
    expect(runsQueries).toEqual(['push', 'schedule', 'workflow_dispatch'].map((event) => ({ branch: 'main', event, status: 'success', per_page: '10' })));
  });

  it('finds a profile by the dataset\'s current path through the manifest, downloading once', async () => {
    const resolve = resolver();
    const holdout = await resolve({ artifact: 'datagate-profiles', branch: 'main' }, 'data/holdout.csv');
    const train = await resolve({ artifact: 'datagate-profiles', branch: 'main' }, './data/train.csv');
    expect(JSON.parse(await readFile(holdout?.path ?? '', 'utf8')).rows).toBe(200);
    expect(JSON.parse(await readFile(train?.path ?? '', 'utf8')).rows).toBe(1000);
    expect(github.requests.filter((r) => r.path.endsWith('/zip'))).toHaveLength(1);
  });

  it('is null with a notice when the branch has no successful run yet', async () => {
    const notices: string[] = [];
    expect(await resolver(notices)({ artifact: 'datagate-profiles', branch: 'release' }, 'data/train.csv')).toBeNull();
    expect(notices).toEqual(['No baseline from artifact datagate-profiles from release: no successful run of ci.yml on release in o/r from push, schedule, workflow_dispatch yet; comparisons are skipped, contract gates still run.']);
  });

  it('is null with a notice when the run has no such artifact (expired)', async () => {
    const notices: string[] = [];
    expect(await resolver(notices)({ artifact: 'gone', branch: 'main' }, 'data/train.csv')).toBeNull();
    expect(notices).toEqual(['No baseline from artifact gone from main: run 12 of ci.yml has no artifact named gone (expired, or not uploaded); comparisons are skipped.']);
  });

  it('is null with a notice when the artifact lacks this dataset', async () => {
    const notices: string[] = [];
    expect(await resolver(notices)({ artifact: 'datagate-profiles', branch: 'main' }, 'data/test.csv', { name: 'test' })).toBeNull();
    expect(notices[0]).toBe('No baseline for dataset test in artifact datagate-profiles from main (run 12, bbbbbbb): it holds holdout.profile.json, train.profile.json; comparisons are skipped.');
  });

  it('hands a model its metrics and predictions files through the manifest, never a profile', async () => {
    const resolve = resolver();
    const spec = { artifact: 'datagate-profiles', branch: 'main' };
    const metrics = await resolve(spec, './metrics/metrics.json', { name: 'classifier', kind: 'model' });
    const predictions = await resolve(spec, 'preds/current.csv', { name: 'classifier', kind: 'model' });
    expect(path.basename(metrics?.path ?? '')).toBe('classifier.metrics.json');
    expect(await readFile(metrics?.path ?? '', 'utf8')).toBe('{"accuracy": 0.91}');
    expect(metrics?.source).toBe('artifact datagate-profiles from main (run 12, bbbbbbb)');
    expect(path.basename(predictions?.path ?? '')).toBe('classifier.predictions.csv');
  });

  it('is null with a notice for a model, or a file of it, that the artifact lacks', async () => {
    const notices: string[] = [];
    const resolve = resolver(notices);
    const spec = { artifact: 'datagate-profiles', branch: 'main' };
    expect(await resolve(spec, 'metrics/by_group.json', { name: 'classifier', kind: 'model' })).toBeNull();
    // A model named like a dataset still never gets the dataset's profile.
    expect(await resolve(spec, 'data/train.csv', { name: 'train', kind: 'model' })).toBeNull();
    expect(notices).toEqual([
      'No baseline for metrics/by_group.json of model classifier in artifact datagate-profiles from main (run 12, bbbbbbb): it holds metrics metrics/metrics.json, predictions preds/current.csv; comparisons are skipped.',
      'No baseline for data/train.csv of model train in artifact datagate-profiles from main (run 12, bbbbbbb): it holds no files of it; comparisons are skipped.',
    ]);
  });

  it('names the missing workflow as a user error', async () => {
    await expect(resolver()({ artifact: 'datagate-profiles', branch: 'main', workflow: 'nightly.yml' }, 'data/train.csv'))
      .rejects.toThrow('baseline { artifact: datagate-profiles }: workflow nightly.yml not found in o/r; set the baseline\'s `workflow`');
  });

  it('is null with a notice without a token (the CLI)', async () => {
    const notices: string[] = [];
    const resolve = createBaselineResolver({ cwd: process.cwd(), notice: (m) => notices.push(m) });
    expect(await resolve({ artifact: 'datagate-profiles', branch: 'main' }, 'data/train.csv')).toBeNull();
    expect(notices[0]).toMatch(/^No baseline from artifact datagate-profiles from main: artifacts need the action's github-token/);
  });
});

describe('{ artifact } baseline poisoning', () => {
  const spec = { artifact: 'datagate-profiles', branch: 'main' };

  it('never takes a run of a pull request, even a newer one from a fork\'s branch named main', async () => {
    // The fork's run is newer, successful, on "main", and uploads a profile of its choosing.
    github.runs.push({ id: 20, workflow: 'ci.yml', branch: 'main', conclusion: 'success', head_sha: 'eeeeeee5555', event: 'pull_request', headRepository: 'mallory/r' });
    github.artifacts.push({ id: 520, runId: 20, name: 'datagate-profiles', files: { 'train.profile.json': profile(666) } });
    const file = await resolver()(spec, 'data/train.csv', { name: 'train' });
    expect(file?.source).toBe('artifact datagate-profiles from main (run 12, bbbbbbb)');
    expect(JSON.parse(await readFile(file?.path ?? '', 'utf8')).rows).toBe(1000);
    expect(github.requests.some((r) => r.path.includes('/runs/20/'))).toBe(false);
  });

  it('never takes a run whose head repository is another one, whatever its event', async () => {
    github.runs.push({ id: 21, workflow: 'ci.yml', branch: 'main', conclusion: 'success', head_sha: 'fffffff6666', event: 'push', headRepository: 'mallory/r' });
    github.artifacts.push({ id: 521, runId: 21, name: 'datagate-profiles', files: { 'train.profile.json': profile(666) } });
    const file = await resolver()(spec, 'data/train.csv', { name: 'train' });
    expect(file?.ref).toBe('bbbbbbb2222');
  });

  it('takes the newest run among push, schedule and workflow_dispatch', async () => {
    github.runs.push({ id: 22, workflow: 'ci.yml', branch: 'main', conclusion: 'success', head_sha: '2222222aaaa', event: 'schedule' });
    github.artifacts.push({ id: 522, runId: 22, name: 'datagate-profiles', files: { 'train.profile.json': profile(22) } });
    const file = await resolver()(spec, 'data/train.csv', { name: 'train' });
    expect(file?.source).toBe('artifact datagate-profiles from main (run 22, 2222222)');
    expect(JSON.parse(await readFile(file?.path ?? '', 'utf8')).rows).toBe(22);
  });

  it('never follows a manifest\'s profile name out of the download folder', async () => {
    github.artifacts[1].files['datagate-manifest.json'] = JSON.stringify({
      version: 1, datasets: [{ name: 'x', current: 'data/x.csv', profile: '../../../../../../etc/hostname' }],
    });
    const notices: string[] = [];
    expect(await resolver(notices)(spec, 'data/x.csv')).toBeNull();
    expect(notices[0]).toMatch(/^No baseline for data\/x\.csv in artifact datagate-profiles/);
  });

  it('sends a config\'s workflow name as one encoded path segment', async () => {
    await expect(resolver()({ ...spec, workflow: '../../../user' }, 'data/train.csv')).rejects.toThrow('workflow ../../../user not found in o/r');
    expect(github.requests.map((r) => r.path)).toEqual(['/repos/o/r/actions/workflows/..%2F..%2F..%2Fuser/runs']);
  });

  it('retries a 5xx while listing runs, then goes on', async () => {
    github.fail({ path: /\/runs$/, status: 502, times: 2 });
    const file = await resolver()(spec, 'data/train.csv', { name: 'train' });
    expect(file?.ref).toBe('bbbbbbb2222');
    expect(github.requests.filter((r) => r.path.endsWith('/runs'))).toHaveLength(5);
  });

  it('skips the comparison with a notice when GitHub keeps failing while listing runs', async () => {
    github.fail({ path: /\/runs$/, status: 503, times: 100 });
    const notices: string[] = [];
    expect(await resolver(notices)(spec, 'data/train.csv', { name: 'train' })).toBeNull();
    expect(notices).toEqual(['No baseline from artifact datagate-profiles from main: GitHub\'s API failed while listing workflow runs (503, after retries); comparisons are skipped, contract gates still run.']);
    // The first attempt and the policy's 4 retries.
    expect(github.requests.filter((r) => r.path.endsWith('/runs'))).toHaveLength(5);
  });

  it('skips the comparison with a notice when GitHub keeps failing while looking up the artifact', async () => {
    github.fail({ path: /\/runs\/12\/artifacts$/, status: 500, times: 100 });
    const notices: string[] = [];
    expect(await resolver(notices)(spec, 'data/train.csv', { name: 'train' })).toBeNull();
    expect(notices).toEqual(['No baseline from artifact datagate-profiles from main: GitHub\'s API failed while looking up the artifact (500, after retries); comparisons are skipped, contract gates still run.']);
    expect(notices.join('')).not.toContain('ghs_token');
  });
});
