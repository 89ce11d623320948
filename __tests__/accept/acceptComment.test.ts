// `/datagate accept` in a PR comment, against a fake GitHub over HTTP and a real git checkout.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { handleAcceptComment, readAcceptComment } from '../../src/github/acceptComment.js';
import { createOctokit, type Octokit } from '../../src/github/octokit.js';
import { FakeRepoApi } from './fakeRepoApi.js';

let api: FakeRepoApi;
let octokit: Octokit;
let workspace: string;
let head: string;
let config: string;

beforeAll(async () => {
  api = new FakeRepoApi();
  octokit = createOctokit('ghs_token', { baseUrl: await api.start(), retry: { scale: 0.001 } });
  workspace = mkdtempSync(path.join(tmpdir(), 'datagate-accept-pr-'));
  cpSync(path.resolve('examples'), workspace, { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: workspace, encoding: 'utf8' }).trim();
  git('init', '-q');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'snapshot');
  head = git('rev-parse', 'HEAD');
  config = readFileSync(path.join(workspace, 'datagate.yml'), 'utf8');
});
afterAll(async () => { await api.stop(); });
beforeEach(() => {
  api.requests = [];
  api.comments = [];
  api.pulls = [{ number: 12, state: 'open', headRef: 'new-countries', headSha: head, headRepo: 'o/r', baseSha: head }];
  api.permissions = new Map([['maya', { permission: 'write', role_name: 'write' }], ['rita', { permission: 'read', role_name: 'triage' }]]);
  api.files = new Map([['new-countries:datagate.yml', config]]);
});

const options = () => ({ octokit, repository: { owner: 'o', repo: 'r' }, workspace, configPath: 'datagate.yml', now: new Date('2026-01-01T00:00:00Z') });
const event = (login: string, gates: string[] = []) => ({ issue: 12, commenter: login, commentUrl: 'https://github.com/o/r/pull/12#issuecomment-1', gates });

describe('/datagate accept in a pull request comment', () => {
  it('commits the config change to the PR branch for a user with write access and replies with the commit', async () => {
    const outcome = await handleAcceptComment(event('maya'), options());
    expect(outcome.status).toBe('committed');
    expect(outcome.commit).toBe('c0ffee0000000000000000000000000000000001');
    expect(api.writes()).toEqual(['PUT /repos/o/r/contents/datagate.yml', 'POST /repos/o/r/issues/12/comments']);
    const put = api.requests.find((request) => request.method === 'PUT')?.body as Record<string, string>;
    expect(put.branch).toBe('new-countries');
    expect(put.message).toBe('datagate accept: customers.contract.age.min, customers.contract.country.allowed\n\nRequested by @maya in https://github.com/o/r/pull/12#issuecomment-1.');
    expect(api.files.get('new-countries:datagate.yml')).toBe(config.replace('min: 0, max: 120', 'min: -1, max: 120').replace('[US, DE, FR, GB]', '[US, DE, FR, GB, BR]'));
    const reply = api.comments[0].body;
    expect(reply).toMatch(/^✅ Accepted in c0ffee000000 on `new-countries`, as requested by `@maya`:\n\n```diff\n--- a\/datagate.yml\n/);
    expect(reply).toContain('- `churn-model.metric.accuracy`: compared with the baseline: accepted by the baseline moving when the PR merges');
    // The workspace itself is not changed: the commit goes through the API.
    expect(readFileSync(path.join(workspace, 'datagate.yml'), 'utf8')).toBe(config);
  });

  it('never commits on a pull request from a fork', async () => {
    api.pulls[0].headRepo = 'someone/r';
    const outcome = await handleAcceptComment(event('maya'), options());
    expect(outcome.status).toBe('refused');
    expect(api.writes()).toEqual(['POST /repos/o/r/issues/12/comments']);
    expect(api.comments[0].body).toBe('🚫 `/datagate accept` from `@maya`: not on pull requests from forks; run `npx datagate accept` on the branch and push the change.');
  });

  it('refuses users without write access, and users who are not collaborators', async () => {
    for (const login of ['rita', 'stranger']) {
      api.requests = [];
      const outcome = await handleAcceptComment(event(login), options());
      expect(outcome.status).toBe('refused');
      expect(api.writes()).toEqual(['POST /repos/o/r/issues/12/comments']);
      expect(api.requests.some((request) => request.path === `/repos/o/r/collaborators/${login}/permission`)).toBe(true);
    }
    expect(api.comments.map((comment) => comment.body)).toEqual([
      '🚫 `/datagate accept` from `@rita`: only users with write access to this repository can accept changes.',
      '🚫 `/datagate accept` from `@stranger`: only users with write access to this repository can accept changes.',
    ]);
  });

  it('refuses when the workspace is not the PR head, or the branch moved', async () => {
    api.pulls[0].headSha = 'f'.repeat(40);
    expect((await handleAcceptComment(event('maya'), options())).reply).toContain("not the pull request's head `ffffffffffff`: check out `refs/pull/12/head`");
    api.pulls[0].headSha = head;
    api.files.set('new-countries:datagate.yml', config + '# a later push\n');
    expect((await handleAcceptComment(event('maya'), options())).reply).toBe('🚫 `/datagate accept` from `@maya`: `datagate.yml` on `new-countries` changed since this run checked it out: comment again.');
    expect(api.writes()).toEqual(['POST /repos/o/r/issues/12/comments', 'POST /repos/o/r/issues/12/comments']);
  });

  it('replies with the refusal of a gate that no longer exists', async () => {
    const outcome = await handleAcceptComment(event('maya', ['customers.contract.zip.min']), options());
    expect(outcome.status).toBe('refused');
    expect(outcome.reply).toContain('no gate "customers.contract.zip.min" in this check');
    expect(api.writes()).toEqual(['POST /repos/o/r/issues/12/comments']);
  });
});

describe('readAcceptComment', () => {
  const payload = (body: string, extra: Record<string, unknown> = {}) => ({
    action: 'created', issue: { number: 12, pull_request: { url: 'x' } }, comment: { body, user: { login: 'maya' }, html_url: 'u' }, ...extra,
  });

  it('reads the command and the gates named after it', () => {
    expect(readAcceptComment('issue_comment', payload('  /datagate accept a.contract.x.min  b.rows.min\nthanks'))).toEqual({ issue: 12, commenter: 'maya', commentUrl: 'u', gates: ['a.contract.x.min', 'b.rows.min'] });
    expect(readAcceptComment('issue_comment', payload('/datagate accept'))?.gates).toEqual([]);
  });

  it('ignores other comments, edits, issues that are not pull requests and other events', () => {
    expect(readAcceptComment('issue_comment', payload('please /datagate accept'))).toBeNull();
    expect(readAcceptComment('issue_comment', payload('/datagate accepted'))).toBeNull();
    expect(readAcceptComment('issue_comment', payload('/datagate accept', { action: 'edited' }))).toBeNull();
    expect(readAcceptComment('issue_comment', { ...payload('/datagate accept'), issue: { number: 3 } })).toBeNull();
    expect(readAcceptComment('pull_request', payload('/datagate accept'))).toBeNull();
    expect(readAcceptComment('issue_comment', { nonsense: true })).toBeNull();
  });
});
