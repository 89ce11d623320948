import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readRunContext, workflowFile } from '../../src/github/context.js';

let folder: string;
beforeAll(async () => { folder = await mkdtemp(path.join(os.tmpdir(), 'datagate-context-')); });
afterAll(async () => { await rm(folder, { recursive: true, force: true }); });

const repo = (owner: string, name: string) => ({ name, full_name: `${owner}/${name}`, owner: { login: owner } });

async function contextFor(eventName: string, payload: unknown) {
  const file = path.join(folder, `${eventName}.json`);
  await writeFile(file, JSON.stringify(payload));
  return readRunContext({
    GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: file, GITHUB_REPOSITORY: 'octo/data', GITHUB_RUN_ID: '42',
    GITHUB_SHA: 'f00d', GITHUB_WORKSPACE: '/work', GITHUB_WORKFLOW_REF: 'octo/data/.github/workflows/datagate.yml@refs/pull/7/merge',
  });
}

describe('readRunContext', () => {
  it('reads a pull request: number, base commit, base repository', async () => {
    const context = await contextFor('pull_request', {
      pull_request: { number: 7, base: { sha: 'base1', repo: repo('octo', 'data') }, head: { sha: 'head1', repo: repo('octo', 'data') } },
      repository: repo('octo', 'data'),
    });
    expect(context).toEqual({
      eventName: 'pull_request', repository: { owner: 'octo', repo: 'data' },
      pullRequest: { number: 7, baseSha: 'base1', headSha: 'head1', fork: false }, baseSha: 'base1', sha: 'f00d',
      runUrl: 'https://github.com/octo/data/actions/runs/42', workflowFile: 'datagate.yml', workspace: '/work',
    });
  });

  it('knows a fork PR and still posts to the base repository', async () => {
    const context = await contextFor('pull_request', {
      pull_request: { number: 8, base: { sha: 'b', repo: repo('octo', 'data') }, head: { sha: 'h', repo: repo('stranger', 'data') } },
      repository: repo('octo', 'data'),
    });
    expect(context.repository).toEqual({ owner: 'octo', repo: 'data' });
    expect(context.pullRequest?.fork).toBe(true);
  });

  it('has no pull request and no base on a schedule', async () => {
    const context = await contextFor('schedule', { schedule: '0 6 * * 1', repository: repo('octo', 'data') });
    expect(context.pullRequest).toBeUndefined();
    expect(context.baseSha).toBeUndefined();
  });
});

describe('workflowFile', () => {
  it('takes the file name from GITHUB_WORKFLOW_REF', () => {
    expect(workflowFile('octo/data/.github/workflows/ci.yml@refs/heads/main')).toBe('ci.yml');
    expect(workflowFile(undefined)).toBeUndefined();
  });
});
