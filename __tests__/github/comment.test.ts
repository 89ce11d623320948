import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { upsertComment } from '../../src/github/comment.js';
import { ownLogin } from '../../src/github/identity.js';
import { createOctokit, isPermissionDenied, type Octokit } from '../../src/github/octokit.js';
import { FakeGitHub, PAT_LOGIN, READ_ONLY_PREFIX } from './fakeGitHub.js';

const marker = '<!-- datagate:abc123 -->';
const target = { owner: 'o', repo: 'r', number: 7 };
const bot = 'github-actions[bot]';
const noWait = { wait: async () => undefined };

let github: FakeGitHub;
let url: string;
const client = (token = 'ghs_token'): Octokit => createOctokit(token, { baseUrl: url, retry: { scale: 0.001 } });

beforeAll(async () => {
  github = new FakeGitHub();
  url = await github.start();
});
afterAll(async () => { await github.stop(); });
beforeEach(() => {
  github.comments = [];
  github.requests = [];
  github.faults = [];
});

describe('upsertComment', () => {
  it('creates one comment on the first run', async () => {
    const result = await upsertComment(client(), target, `${marker}\nfirst`, { marker, author: bot, ...noWait });
    expect(result.action).toBe('created');
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]).toMatchObject({ issue: 7, body: `${marker}\nfirst`, user: { login: bot } });
    expect(result.url).toBe(github.comments[0].html_url);
  });

  it('edits the same comment on the next run instead of adding one', async () => {
    await upsertComment(client(), target, `${marker}\nfirst`, { marker, author: bot, ...noWait });
    const second = await upsertComment(client(), target, `${marker}\nsecond`, { marker, author: bot, ...noWait });
    expect(second.action).toBe('updated');
    expect(github.comments.map((comment) => comment.body)).toEqual([`${marker}\nsecond`]);
  });

  it('sends no PATCH when the body is unchanged', async () => {
    await upsertComment(client(), target, `${marker}\nsame`, { marker, author: bot, ...noWait });
    github.requests = [];
    const again = await upsertComment(client(), target, `${marker}\nsame`, { marker, author: bot, ...noWait });
    expect(again.action).toBe('unchanged');
    expect(github.writes()).toEqual([]);
  });

  it('finds its comment on the third page of 250 comments', async () => {
    for (let i = 0; i < 230; i++) github.addComment(7, `chatter ${i}`, 'someone');
    const ours = github.addComment(7, `${marker}\nold`, bot);
    for (let i = 0; i < 19; i++) github.addComment(7, `more ${i}`, 'someone');
    const result = await upsertComment(client(), target, `${marker}\nnew`, { marker, author: bot, ...noWait });
    expect(result).toMatchObject({ action: 'updated', id: ours.id });
    const pages = github.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/comments')).map((r) => [r.query.get('per_page'), r.query.get('page') ?? '1']);
    expect(pages).toEqual([['100', '1'], ['100', '2'], ['100', '3']]);
    expect(github.comments).toHaveLength(250);
  });

  it('never edits a user comment that quotes the marker', async () => {
    const quoted = github.addComment(7, `> ${marker}\nwhy did this fail?`, 'reviewer');
    const result = await upsertComment(client(), target, `${marker}\nreport`, { marker, author: bot, ...noWait });
    expect(result.action).toBe('created');
    expect(github.comments.find((comment) => comment.id === quoted.id)?.body).toBe(`> ${marker}\nwhy did this fail?`);
  });

  it('ignores the marker of another config', async () => {
    github.addComment(7, '<!-- datagate:other -->\nother config', bot);
    const result = await upsertComment(client(), target, `${marker}\nreport`, { marker, author: bot, ...noWait });
    expect(result.action).toBe('created');
    expect(github.comments).toHaveLength(2);
  });

  it('keeps editing the oldest when two runs raced and both created one', async () => {
    const oldest = github.addComment(7, `${marker}\nrun A`, bot);
    const newer = github.addComment(7, `${marker}\nrun B`, bot);
    await upsertComment(client(), target, `${marker}\nrun C`, { marker, author: bot, ...noWait });
    expect(github.comments.find((c) => c.id === oldest.id)?.body).toBe(`${marker}\nrun C`);
    expect(github.comments.find((c) => c.id === newer.id)?.body).toBe(`${marker}\nrun B`);
  });

  it('does not duplicate when GitHub created the comment but answered 502', async () => {
    github.fail({ method: 'POST', path: /\/comments$/, status: 502, times: 1, afterHandling: true });
    const result = await upsertComment(client(), target, `${marker}\nreport`, { marker, author: bot, ...noWait });
    expect(result.action).toBe('unchanged');
    expect(github.comments).toHaveLength(1);
  });

  it('creates again when a 502 really lost the comment', async () => {
    github.fail({ method: 'POST', path: /\/comments$/, status: 502, times: 1 });
    const result = await upsertComment(client(), target, `${marker}\nreport`, { marker, author: bot, ...noWait });
    expect(result.action).toBe('created');
    expect(github.comments).toHaveLength(1);
  });
});

describe('the client retries', () => {
  it('a 5xx on a read, with backoff', async () => {
    github.fail({ method: 'GET', path: /\/comments$/, status: 503, times: 2 });
    const result = await upsertComment(client(), target, `${marker}\nx`, { marker, author: bot, ...noWait });
    expect(result.action).toBe('created');
    expect(github.requests.filter((r) => r.method === 'GET')).toHaveLength(3);
  });

  it('a primary rate limit (403, x-ratelimit-remaining: 0) until it resets', async () => {
    const reset = String(Math.ceil(Date.now() / 1000) + 2);
    github.fail({ path: /\/comments$/, method: 'POST', status: 403, times: 1, message: 'API rate limit exceeded', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } });
    const result = await upsertComment(client(), target, `${marker}\nx`, { marker, author: bot, ...noWait });
    expect(result.action).toBe('created');
    expect(github.comments).toHaveLength(1);
  });

  it('a 429 after its retry-after', async () => {
    github.fail({ path: /\/comments\/\d+$/, method: 'PATCH', status: 429, times: 2, headers: { 'retry-after': '3' } });
    github.addComment(7, `${marker}\nold`, bot);
    const waits: number[] = [];
    const octokit = createOctokit('ghs_token', { baseUrl: url, retry: { scale: 0.001 }, sleep: async (ms) => { waits.push(ms); } });
    const result = await upsertComment(octokit, target, `${marker}\nnew`, { marker, author: bot, ...noWait });
    expect(result.action).toBe('updated');
    expect(waits).toEqual([3, 3]);
  });

  it('not a read-only token: its 403 reaches the caller as permission denied', async () => {
    let caught: unknown;
    try {
      await upsertComment(client(`${READ_ONLY_PREFIX}_fork`), target, `${marker}\nx`, { marker, author: bot, ...noWait });
    } catch (error) {
      caught = error;
    }
    expect(isPermissionDenied(caught)).toBe(true);
    expect(github.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });
});

describe('ownLogin', () => {
  it('is github-actions[bot] for GITHUB_TOKEN, which may not read /user', async () => {
    expect(await ownLogin(client('ghs_token'))).toBe(bot);
  });

  it('is the user of a personal access token', async () => {
    expect(await ownLogin(client('ghp_personal'))).toBe(PAT_LOGIN);
  });
});
