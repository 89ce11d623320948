import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { RunContext } from '../../src/github/context.js';
import { createOctokit, type Octokit } from '../../src/github/octokit.js';
import { commentTarget, publishComment, wantsIssue } from '../../src/github/publish.js';
import { READ_ONLY_PREFIX, type FakeGitHub } from './fakeGitHub.js';
import { startFakeGitHub } from './startFake.js';

const base: RunContext = { eventName: 'push', repository: { owner: 'o', repo: 'r' }, sha: 'abc1234def', workspace: '/w' };
const pr: RunContext = { ...base, eventName: 'pull_request', pullRequest: { number: 7, fork: false } };

let github: FakeGitHub;
let octokit: Octokit;
beforeAll(async () => {
  ({ github, octokit } = await startFakeGitHub());
});
afterAll(async () => { await github.stop(); });
beforeEach(() => {
  github.comments = [];
  github.pulls = [{ number: 3, state: 'closed', head_sha: 'abc1234def' }, { number: 5, state: 'open', head_sha: 'abc1234def' }];
});

describe('commentTarget', () => {
  it('is the pull request of a pull request event, in the base repository', async () => {
    expect(await commentTarget(octokit, pr, 'auto')).toEqual({ owner: 'o', repo: 'r', number: 7 });
  });

  it('is nothing on a push with comment: auto', async () => {
    expect(await commentTarget(octokit, base, 'auto')).toBe('not a pull request event (push)');
  });

  it('is the open PR headed by the pushed commit with comment: always', async () => {
    expect(await commentTarget(octokit, base, 'always')).toEqual({ owner: 'o', repo: 'r', number: 5 });
  });

  it('is nothing with comment: never', async () => {
    expect(await commentTarget(octokit, pr, 'never')).toBe('comment: never');
  });
});

describe('publishComment', () => {
  it('turns a read-only token into one warning that points to the fork workflow', async () => {
    const warnings: string[] = [];
    const log = { info: () => undefined, notice: () => undefined, warning: (m: string) => { warnings.push(m); } };
    const readOnly = createOctokit(`${READ_ONLY_PREFIX}_x`, { baseUrl: github.url });
    const result = await publishComment(readOnly, pr, 'auto', '<!-- m -->\nbody', { marker: '<!-- m -->', artifactName: 'datagate-profiles', log });
    expect(result).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^datagate could not comment on the pull request: the token is read-only \(Resource not accessible by integration.*the full report is in the job summary and the datagate-profiles artifact/);
  });
});

describe('wantsIssue', () => {
  it('is on for schedule and workflow_dispatch with issue: auto', () => {
    expect(['schedule', 'workflow_dispatch', 'push', 'pull_request'].map((eventName) => wantsIssue({ ...base, eventName }, 'auto'))).toEqual([true, true, false, false]);
    expect(wantsIssue(base, 'always')).toBe(true);
    expect(wantsIssue({ ...base, eventName: 'schedule' }, 'never')).toBe(false);
  });
});
