import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { upsertIssue, type UpsertIssueOptions } from '../../src/github/issue.js';
import type { Octokit } from '../../src/github/octokit.js';
import type { FakeGitHub } from './fakeGitHub.js';
import { startFakeGitHub } from './startFake.js';

const marker = '<!-- datagate:abc123 -->';
const bot = 'github-actions[bot]';
const repo = { owner: 'o', repo: 'r' };
const options = (fields: Partial<UpsertIssueOptions>): UpsertIssueOptions => ({
  marker, author: bot, title: 'datagate: gates failing (datagate.yml)', body: `${marker}\ndrift in age`,
  failing: true, passingMessage: 'Passing again. Closing.', wait: async () => undefined, ...fields,
});

let github: FakeGitHub;
let octokit: Octokit;

beforeAll(async () => {
  ({ github, octokit } = await startFakeGitHub());
});
afterAll(async () => { await github.stop(); });
beforeEach(() => {
  github.issues = [];
  github.comments = [];
  github.requests = [];
});

describe('upsertIssue', () => {
  it('opens one labelled issue when gates fail', async () => {
    const outcome = await upsertIssue(octokit, repo, options({}));
    expect(outcome.action).toBe('created');
    expect(github.issues).toHaveLength(1);
    expect(github.issues[0]).toMatchObject({ state: 'open', labels: [{ name: 'datagate' }], body: `${marker}\ndrift in age`, user: { login: bot } });
  });

  it('updates the open issue on the next failing run', async () => {
    await upsertIssue(octokit, repo, options({}));
    const outcome = await upsertIssue(octokit, repo, options({ body: `${marker}\ndrift in age and income` }));
    expect(outcome.action).toBe('updated');
    expect(github.issues.map((issue) => issue.body)).toEqual([`${marker}\ndrift in age and income`]);
  });

  it('leaves the issue alone when nothing changed', async () => {
    await upsertIssue(octokit, repo, options({}));
    github.requests = [];
    expect((await upsertIssue(octokit, repo, options({}))).action).toBe('unchanged');
    expect(github.writes()).toEqual([]);
  });

  it('says so and closes the issue when gates pass again', async () => {
    const opened = await upsertIssue(octokit, repo, options({}));
    const outcome = await upsertIssue(octokit, repo, options({ failing: false }));
    expect(outcome).toMatchObject({ action: 'closed', number: opened.number });
    expect(github.issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(github.comments.map((comment) => [comment.issue, comment.body])).toEqual([[opened.number, 'Passing again. Closing.']]);
  });

  it('does nothing on a passing run with no open issue', async () => {
    expect((await upsertIssue(octokit, repo, options({ failing: false }))).action).toBe('none');
    expect(github.writes()).toEqual([]);
  });

  it('opens a new issue after the last one was closed', async () => {
    await upsertIssue(octokit, repo, options({}));
    await upsertIssue(octokit, repo, options({ failing: false }));
    await upsertIssue(octokit, repo, options({}));
    expect(github.issues.map((issue) => issue.state)).toEqual(['closed', 'open']);
  });

  it('skips pull requests and issues by others that carry the label and marker', async () => {
    github.addIssue({ title: 'PR', body: marker, login: bot, labels: [{ name: 'datagate' }], pull_request: {} });
    github.addIssue({ title: 'quoted', body: `> ${marker}`, login: 'someone', labels: [{ name: 'datagate' }] });
    expect((await upsertIssue(octokit, repo, options({}))).action).toBe('created');
    expect(github.issues).toHaveLength(3);
  });
});
