// The bundled action end to end under Node 24, against a fake GitHub API over HTTP.
// Needs dist/index.js (`npm run build`); CI runs it against the committed bundle.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FakeGitHub, READ_ONLY_PREFIX } from '../github/fakeGitHub.js';
import { bundleExists, nodeBinary, removeRunnerTemps, runAction, type ActionRun } from './runner.js';

const describeBundle = bundleExists() || process.env.CI ? describe : describe.skip;

const TOKEN = 'ghs_e2e_token_never_printed';
const ages = (n: number, odd?: number) => Array.from({ length: n }, (_, i) => `${i + 1},${odd !== undefined && i === 3 ? odd : 20 + (i % 50)}`);
const PASSING = ['id,age', ...ages(200)].join('\n') + '\n';
const FAILING = ['id,age', ...ages(200, 130)].join('\n') + '\n';
const CONFIG = `datasets:
  - name: train
    current: data/train.csv
    baseline: data/baseline.csv
    schema:
      columns:
        id: { type: integer, unique: true }
        age: { type: integer, min: 0, max: 120 }
`;

const repo = { name: 'data', full_name: 'octo/data', owner: { login: 'octo' } };
const forkRepo = { name: 'data', full_name: 'stranger/data', owner: { login: 'stranger' } };
const pullRequest = (number: number, baseSha = 'b'.repeat(40), fork = false) => ({
  action: 'synchronize', number, repository: repo,
  pull_request: { number, base: { sha: baseSha, repo }, head: { sha: 'h'.repeat(40), repo: fork ? forkRepo : repo } },
});

let github: FakeGitHub;
let workspace: string;
const created: string[] = [];

async function makeWorkspace(data: string, config = CONFIG): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'datagate-e2e-'));
  created.push(folder);
  await mkdir(path.join(folder, 'data'));
  await writeFile(path.join(folder, 'data', 'baseline.csv'), PASSING);
  await writeFile(path.join(folder, 'data', 'train.csv'), data);
  await writeFile(path.join(folder, 'datagate.yml'), config);
  return folder;
}

function run(event: string, payload: unknown, inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    workspace, apiUrl: github.url, event, payload, env,
    inputs: { config: 'datagate.yml', 'github-token': TOKEN, comment: 'auto', issue: 'auto', 'fail-on': 'error', 'artifact-name': 'datagate-profiles', ...inputs },
  });
}

const prComments = (number: number) => github.comments.filter((comment) => comment.issue === number);

beforeAll(async () => {
  github = new FakeGitHub();
  await github.start();
  if (bundleExists()) await nodeBinary();
}, 120_000);
afterAll(async () => {
  await github.stop();
  for (const folder of created) await rm(folder, { recursive: true, force: true });
  await removeRunnerTemps();
});
beforeEach(async () => {
  github.comments = [];
  github.issues = [];
  github.requests = [];
  github.faults = [];
  workspace = await makeWorkspace(FAILING);
});

describeBundle('on a pull request', () => {
  it('posts one comment, writes the summary and outputs, and fails once by the gates', async () => {
    const result = await run('pull_request', pullRequest(7));
    expect(result.code).toBe(1);
    expect(prComments(7)).toHaveLength(1);
    const [comment] = prComments(7);
    expect(comment.user.login).toBe('github-actions[bot]');
    expect(comment.body).toMatch(/^<!-- datagate:[0-9a-f]{12} -->/);
    expect(comment.body).toContain('age');
    expect(result.outputs).toMatchObject({
      status: 'fail', 'comment-url': comment.html_url, 'gates-failed': '1', report: path.join(workspace, 'datagate-report.json'),
    });
    expect(JSON.parse(await readFile(result.outputs.report, 'utf8')).status).toBe('fail');
    expect(result.summary).toContain('train');
    const failures = result.stdout.split('\n').filter((line) => line.startsWith('::error::'));
    expect(failures).toEqual([expect.stringMatching(/^::error::1 of \d+ gates failed: train\.contract\.age\.max/)]);
    expect(result.stdout).toContain('::error title=datagate train.contract.age.max,file=data/train.csv,line=5::');
    expect(result.stdout + result.stderr).not.toContain(TOKEN);
  });

  it('points annotations at the data file in the workspace when the config sits in a subfolder', async () => {
    await mkdir(path.join(workspace, 'checks'));
    await writeFile(path.join(workspace, 'checks', 'datagate.yml'), CONFIG.replace(/data\//g, '../data/'));
    const result = await run('push', { repository: repo }, { config: 'checks/datagate.yml', 'github-token': '' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error title=datagate train.contract.age.max,file=data/train.csv,line=5::');
  });

  it('edits the comment on the next push instead of adding one, and skips an unchanged edit', async () => {
    await run('pull_request', pullRequest(7));
    const first = { ...prComments(7)[0] };
    await writeFile(path.join(workspace, 'data', 'train.csv'), PASSING);
    const second = await run('pull_request', pullRequest(7));
    expect(second.code).toBe(0);
    expect(prComments(7)).toHaveLength(1);
    expect(prComments(7)[0].id).toBe(first.id);
    expect(prComments(7)[0].body).not.toBe(first.body);
    github.requests = [];
    await run('pull_request', pullRequest(7));
    expect(github.writes()).toEqual([]);
    expect(prComments(7)).toHaveLength(1);
  });

  it('keeps one comment per config when two datagate steps run', async () => {
    await writeFile(path.join(workspace, 'other.yml'), CONFIG);
    await run('pull_request', pullRequest(7));
    await run('pull_request', pullRequest(7), { config: 'other.yml' });
    await run('pull_request', pullRequest(7));
    expect(prComments(7)).toHaveLength(2);
  });

  it('retries 5xx answers and still ends with one comment', async () => {
    github.fail({ method: 'GET', path: /\/comments$/, status: 502, times: 2 });
    github.fail({ method: 'POST', path: /\/comments$/, status: 500, times: 1 });
    const result = await run('pull_request', pullRequest(7));
    expect(prComments(7)).toHaveLength(1);
    expect(result.outputs['comment-url']).toBe(prComments(7)[0].html_url);
  });

  it('waits out a 403 rate limit, then comments', async () => {
    const reset = String(Math.ceil(Date.now() / 1000) + 1);
    github.fail({ method: 'GET', path: /\/comments$/, status: 403, times: 1, message: 'API rate limit exceeded', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } });
    await run('pull_request', pullRequest(7));
    expect(prComments(7)).toHaveLength(1);
  });

  it('honours a 429 retry-after, then comments', async () => {
    github.fail({ method: 'POST', path: /\/comments$/, status: 429, times: 2, headers: { 'retry-after': '2' } });
    const result = await run('pull_request', pullRequest(7));
    expect(prComments(7)).toHaveLength(1);
    expect(result.stdout).toMatch(/429, retrying in 2 ms/);
  });

  it('on a fork with a read-only token: warns, writes the summary, and lets the gates decide', async () => {
    await writeFile(path.join(workspace, 'data', 'train.csv'), PASSING);
    const result = await run('pull_request', pullRequest(8, undefined, true), { 'github-token': `${READ_ONLY_PREFIX}_fork` });
    expect(result.code).toBe(0);
    expect(prComments(8)).toHaveLength(0);
    expect(result.stdout).toMatch(/::warning::datagate could not comment on the pull request: the token is read-only \(Resource not accessible by integration/);
    expect(result.summary).toContain('train');
    expect(result.outputs.status).toBe('pass');
  });

  it('without a token: summary and outputs only, no API call', async () => {
    const result = await run('pull_request', pullRequest(7), { 'github-token': '' });
    expect(result.code).toBe(1);
    expect(github.requests).toEqual([]);
    expect(result.outputs.status).toBe('fail');
    expect(result.summary).toContain('train');
    expect(result.stdout).toContain('::notice::datagate: no github-token');
  });

  it('keeps the comment under 65,536 characters however big the report', async () => {
    const columns = Array.from({ length: 400 }, (_, i) => `a_rather_long_column_name_for_testing_comment_size_${String(i).padStart(3, '0')}`);
    const rows = Array.from({ length: 30 }, (_, r) => columns.map((_, c) => String(r + c + 1000)).join(','));
    const config = `datasets:\n  - name: wide\n    current: data/train.csv\n    schema:\n      columns:\n${columns.map((name) => `        ${name}: { type: integer, max: 10 }`).join('\n')}\n`;
    workspace = await makeWorkspace([columns.join(','), ...rows].join('\n') + '\n', config);
    const result = await run('pull_request', pullRequest(9));
    expect(prComments(9)).toHaveLength(1);
    expect(prComments(9)[0].body.length).toBeLessThanOrEqual(65_536);
    expect(result.summary.length).toBeGreaterThan(65_536);
    expect(result.outputs['gates-failed']).toBe('400');
  });

  it('reads `git: base` from the PR\'s base commit', async () => {
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: workspace, encoding: 'utf8' }).trim();
    await writeFile(path.join(workspace, 'data', 'train.csv'), PASSING);
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    const baseSha = git('rev-parse', 'HEAD');
    await writeFile(path.join(workspace, 'datagate.yml'), CONFIG.replace('baseline: data/baseline.csv', 'baseline: { git: base }'));
    await writeFile(path.join(workspace, 'data', 'train.csv'), FAILING);
    const result = await run('pull_request', pullRequest(7, baseSha));
    const report = JSON.parse(await readFile(result.outputs.report, 'utf8'));
    expect(report.datasets[0].baseline).toEqual({ source: `git base (${baseSha.slice(0, 7)})`, ref: baseSha });
  });
});

describeBundle('comparing a PR with the artifact of main', () => {
  it('uses the profiles the last main run left as the baseline', async () => {
    // The run on main writes its bundle (upload is skipped here: no artifact service)…
    await writeFile(path.join(workspace, 'data', 'train.csv'), PASSING);
    const onMain = await run('push', { ref: 'refs/heads/main', repository: repo });
    expect(onMain.stdout).toContain('::notice::datagate: artifact upload skipped: no artifact service in this runtime (ACTIONS_RUNTIME_TOKEN is not set)');
    const bundleDir = path.join(onMain.runnerTemp, (await readdir(onMain.runnerTemp)).find((name) => name.startsWith('datagate-')) ?? '');
    const files = Object.fromEntries(await Promise.all((await readdir(bundleDir)).map(async (name) => [name, await readFile(path.join(bundleDir, name), 'utf8')])));
    expect(Object.keys(files).sort()).toEqual(['datagate-comment.md', 'datagate-manifest.json', 'datagate-report.html', 'datagate-report.json', 'train.profile.json']);
    // …which the fake serves as that run's artifact.
    github.runs = [{ id: 77, workflow: 'datagate.yml', branch: 'main', conclusion: 'success', head_sha: 'a'.repeat(40) }];
    github.artifacts = [{ id: 9001, runId: 77, name: 'datagate-profiles', files }];
    await writeFile(path.join(workspace, 'datagate.yml'), CONFIG.replace('baseline: data/baseline.csv', 'baseline: { artifact: datagate-profiles, branch: main }'));
    await writeFile(path.join(workspace, 'data', 'train.csv'), FAILING);
    const result = await run('pull_request', pullRequest(7));
    const report = JSON.parse(await readFile(result.outputs.report, 'utf8'));
    expect(report.datasets[0].baseline).toEqual({ source: 'artifact datagate-profiles from main (run 77, aaaaaaa)', ref: 'a'.repeat(40) });
    expect(report.datasets[0].rows).toEqual({ baseline: 200, current: 200 });
  });
});

describeBundle('comparing a model with the artifact of main', () => {
  it('bundles the model\'s metrics on main and compares the PR\'s metrics with them', async () => {
    const config = (baseline: string) => `${CONFIG.replace('baseline: data/baseline.csv', `baseline: ${baseline}`)}models:
  - name: classifier
    current: metrics/metrics.json
    baseline: ${baseline === 'data/baseline.csv' ? 'metrics/none.json' : baseline}
    metrics:
      accuracy: { max_drop: 0.01 }
`;
    await mkdir(path.join(workspace, 'metrics'));
    await writeFile(path.join(workspace, 'metrics', 'none.json'), '{"accuracy": 0.5}');
    await writeFile(path.join(workspace, 'metrics', 'metrics.json'), '{"accuracy": 0.9}');
    await writeFile(path.join(workspace, 'data', 'train.csv'), PASSING);
    await writeFile(path.join(workspace, 'datagate.yml'), config('data/baseline.csv'));
    const onMain = await run('push', { ref: 'refs/heads/main', repository: repo });
    const bundleDir = path.join(onMain.runnerTemp, (await readdir(onMain.runnerTemp)).find((name) => name.startsWith('datagate-')) ?? '');
    const files = Object.fromEntries(await Promise.all((await readdir(bundleDir)).map(async (name) => [name, await readFile(path.join(bundleDir, name), 'utf8')])));
    expect(files['classifier.metrics.json']).toBe('{"accuracy": 0.9}');
    expect(JSON.parse(files['datagate-manifest.json']).models).toEqual([
      { name: 'classifier', files: [{ kind: 'metrics', current: 'metrics/metrics.json', file: 'classifier.metrics.json', bytes: 17 }] },
    ]);
    github.runs = [{ id: 78, workflow: 'datagate.yml', branch: 'main', conclusion: 'success', head_sha: 'a'.repeat(40) }];
    github.artifacts = [{ id: 9002, runId: 78, name: 'datagate-profiles', files }];
    await writeFile(path.join(workspace, 'datagate.yml'), config('{ artifact: datagate-profiles, branch: main }'));
    await writeFile(path.join(workspace, 'metrics', 'metrics.json'), '{"accuracy": 0.85}');
    const result = await run('pull_request', pullRequest(8));
    const report = JSON.parse(await readFile(result.outputs.report, 'utf8'));
    expect(report.models[0].metrics[0]).toMatchObject({ name: 'accuracy', baseline: 0.9, current: 0.85, status: 'fail' });
    expect(report.models[0].metrics[0].delta).toBeCloseTo(-0.05, 12);
    expect(report.datasets[0].rows).toEqual({ baseline: 200, current: 200 });
    expect(prComments(8)[0].body).toContain('0.9');
    expect(result.code).toBe(1);
  });
});

describeBundle('on a schedule', () => {
  it('opens one issue while gates fail, updates it, and closes it when they pass', async () => {
    const failing = await run('schedule', { schedule: '0 6 * * 1', repository: repo });
    expect(failing.code).toBe(1);
    expect(github.issues).toHaveLength(1);
    expect(github.issues[0]).toMatchObject({ state: 'open', labels: [{ name: 'datagate' }], title: 'datagate: gates failing (datagate.yml)' });
    expect(failing.outputs['issue-url']).toBe(github.issues[0].html_url);
    expect(github.comments).toHaveLength(0);

    await run('schedule', { schedule: '0 6 * * 1', repository: repo });
    expect(github.issues).toHaveLength(1);

    await writeFile(path.join(workspace, 'data', 'train.csv'), PASSING);
    const passing = await run('schedule', { schedule: '0 6 * * 1', repository: repo });
    expect(passing.code).toBe(0);
    expect(github.issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(github.comments.map((comment) => comment.issue)).toEqual([github.issues[0].number]);
    expect(github.comments[0].body).toContain('Passing again in [this run](https://github.com/octo/data/actions/runs/4242)');
  });
});

describeBundle('mistakes', () => {
  it('a bad config fails with its message and no stack', async () => {
    await writeFile(path.join(workspace, 'datagate.yml'), 'datasets:\n  - name: train\n    curent: x.csv\n');
    const result = await run('pull_request', pullRequest(7));
    expect(result.code).toBe(2);
    const errors = result.stdout.split('\n').filter((line) => line.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBe('::error::datagate.yml:2: datasets[0].current: required%0Adatagate.yml:3: datasets[0]: unknown key "curent" (did you mean "current"?)');
    expect(errors[0]).not.toMatch(/ at .*\.js:\d+/);
  });

  it('names a missing GITHUB_OUTPUT or GITHUB_STEP_SUMMARY file, without a stack or "internal error"', async () => {
    const gone = path.join(workspace, 'no-such-dir');
    const result = await run('pull_request', pullRequest(7), {}, { GITHUB_OUTPUT: path.join(gone, 'output'), GITHUB_STEP_SUMMARY: path.join(gone, 'summary.md') });
    expect(result.code).toBe(2);
    const errors = result.stdout.split('\n').filter((line) => line.startsWith('::error::'));
    expect(errors).toEqual([`::error::GITHUB_OUTPUT names ${path.join(gone, 'output')}, which does not exist: datagate writes the step outputs `
      + '(status, report, comment-url) there. A runner creates this file for every step; outside one, create it or unset GITHUB_OUTPUT.'
      + `%0AGITHUB_STEP_SUMMARY names ${path.join(gone, 'summary.md')}, which does not exist: datagate writes the job summary there. `
      + 'A runner creates this file for every step; outside one, create it or unset GITHUB_STEP_SUMMARY.']);
    expect(result.stdout + result.stderr).not.toMatch(/internal error| at .*\.js:\d+/);
    expect(github.requests).toEqual([]);
  });

  it('a bad fail-on is a user error', async () => {
    const result = await run('pull_request', pullRequest(7), { 'fail-on': 'sometimes' });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('::error::input fail-on must be one of error, warning, never; got "sometimes"');
  });
});

describeBundle('a pull request\'s config cannot reach outside the workspace', () => {
  const SECRET = 'ghp_SECRET_on_the_runner_disk';
  let outside: string;
  beforeEach(async () => {
    outside = await mkdtemp(path.join(os.tmpdir(), 'datagate-e2e-outside-'));
    created.push(outside);
    await writeFile(path.join(outside, 'secret.csv'), `id,age\n1,${SECRET}\n`);
  });
  const leaked = (result: ActionRun) => [result.stdout, result.stderr, result.summary, ...github.comments.map((c) => c.body)].some((text) => text.includes(SECRET));

  it('refuses a dataset outside (an absolute path, or a committed symlink): exit 2 naming the path and the rule, nothing of it shown', async () => {
    await writeFile(path.join(workspace, 'datagate.yml'), CONFIG.replace('current: data/train.csv', `current: ${path.join(outside, 'secret.csv')}`));
    const absolute = await run('pull_request', pullRequest(7));
    expect(absolute.code).toBe(2);
    expect(absolute.stdout).toContain(`::error::${path.join(outside, 'secret.csv')}: is outside GITHUB_WORKSPACE: only files inside`);
    expect(leaked(absolute)).toBe(false);

    await symlink(path.join(outside, 'secret.csv'), path.join(workspace, 'data', 'link.csv'));
    await writeFile(path.join(workspace, 'datagate.yml'), CONFIG.replace('current: data/train.csv', 'current: data/link.csv'));
    const linked = await run('pull_request', pullRequest(7));
    expect(linked.code).toBe(2);
    expect(linked.stdout).toContain('::error::data/link.csv: is outside GITHUB_WORKSPACE (it resolves to');
    expect(leaked(linked)).toBe(false);
    expect(github.comments).toHaveLength(0);
  });

  it('refuses .git/config as data', async () => {
    await mkdir(path.join(workspace, '.git'));
    await writeFile(path.join(workspace, '.git', 'config'), `[http]\nextraheader = AUTHORIZATION: basic ${SECRET}\n`);
    await writeFile(path.join(workspace, 'datagate.yml'), CONFIG.replace('current: data/train.csv', 'current: .git/config\n    format: csv'));
    const result = await run('pull_request', pullRequest(7));
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('::error::.git/config: is inside a .git folder');
    expect(leaked(result)).toBe(false);
  });

  it('refuses a report outside before creating any folder', async () => {
    await writeFile(path.join(workspace, 'datagate.yml'), `${CONFIG}report: { json: ../${path.basename(outside)}/made/report.json, html: /abs/datagate/report.html }\n`);
    const result = await run('pull_request', pullRequest(7));
    expect(result.code).toBe(2);
    // Both refusals in one message.
    expect(result.stdout).toMatch(new RegExp(`::error::\\.\\./${path.basename(outside)}/made/report\\.json: is outside GITHUB_WORKSPACE.*%0A/abs/datagate/report\\.html: is outside GITHUB_WORKSPACE`));
    expect(existsSync(path.join(outside, 'made'))).toBe(false);
  });

  it('refuses a baseline ref that git would read as an option, and the command never runs', async () => {
    const marker = path.join(outside, 'marker');
    await writeFile(path.join(workspace, 'datagate.yml'), CONFIG.replace('baseline: data/baseline.csv', `baseline: { git: "--upload-pack=touch ${marker};" }`));
    const result = await run('pull_request', pullRequest(7));
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(`::error::baseline { git }: "--upload-pack=touch ${marker};" is not a git ref name or commit id`);
    expect(existsSync(marker)).toBe(false);
  });

  it('skips the artifact comparison with a notice when GitHub keeps failing, and the gates still decide', async () => {
    github.runs = [{ id: 79, workflow: 'datagate.yml', branch: 'main', conclusion: 'success', head_sha: 'a'.repeat(40) }];
    github.fail({ path: /\/runs$/, status: 502, times: 1000 });
    await writeFile(path.join(workspace, 'datagate.yml'), CONFIG.replace('baseline: data/baseline.csv', 'baseline: { artifact: datagate-profiles, branch: main }'));
    const result = await run('pull_request', pullRequest(7));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::notice::No baseline from artifact datagate-profiles from main: GitHub\'s API failed while listing workflow runs (502, after retries); comparisons are skipped');
    expect(result.stdout).not.toContain(TOKEN);
    expect(prComments(7)).toHaveLength(1);
  });
});
