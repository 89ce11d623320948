// A fake GitHub REST API on 127.0.0.1: the endpoints datagate calls, with GitHub's behaviours
// that matter here (pagination with Link headers, token identities, read-only tokens, the body
// size limit, artifact redirects) and injectable faults.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { zipStored } from './zip.js';

export interface FakeComment { id: number; issue: number; body: string; user: { login: string }; created_at: string; html_url: string }
export interface FakeIssue {
  number: number; title: string; body: string; state: 'open' | 'closed'; state_reason?: string;
  labels: { name: string }[]; user: { login: string }; created_at: string; html_url: string; pull_request?: unknown;
}
export interface FakeRun {
  id: number; workflow: string; branch: string; conclusion: 'success' | 'failure'; head_sha: string;
  /** Defaults to `push`. */
  event?: string;
  /** `owner/repo` whose code ran; defaults to the repository of the request (a fork's PR names the fork). */
  headRepository?: string;
}
export interface FakeArtifact { id: number; runId: number; name: string; files: Record<string, string> }
export interface LoggedRequest { method: string; path: string; query: URLSearchParams; body: unknown; token: string }

export interface Fault {
  method?: string;
  /** Matched against the path without query. */
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  message?: string;
  /** How many matching requests fail; then they pass. */
  times: number;
  /** Do the work, then answer with the fault: a 502 that hides a created comment. */
  afterHandling?: boolean;
}

export const READ_ONLY_PREFIX = 'ghs_readonly';
export const PAT_LOGIN = 'octocat';

export class FakeGitHub {
  comments: FakeComment[] = [];
  issues: FakeIssue[] = [];
  runs: FakeRun[] = [];
  artifacts: FakeArtifact[] = [];
  pulls: { number: number; state: 'open' | 'closed'; head_sha: string }[] = [];
  requests: LoggedRequest[] = [];
  faults: Fault[] = [];
  private nextId = 1000;
  private clock = Date.parse('2026-01-01T00:00:00Z');
  private server: Server | null = null;
  url = '';

  async start(): Promise<string> {
    this.server = createServer((request, response) => { void this.handle(request, response); });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server ? this.server.close(() => resolve()) : resolve());
  }

  fail(fault: Fault): void {
    this.faults.push({ ...fault });
  }

  /** Requests that changed something, as `METHOD path`. */
  writes(): string[] {
    return this.requests.filter((request) => request.method !== 'GET').map((request) => `${request.method} ${request.path}`);
  }

  addComment(issue: number, body: string, login: string): FakeComment {
    const id = this.nextId++;
    const comment = { id, issue, body, user: { login }, created_at: this.tick(), html_url: `https://github.com/o/r/pull/${issue}#issuecomment-${id}` };
    this.comments.push(comment);
    return comment;
  }

  addIssue(fields: Partial<FakeIssue> & { title: string; body: string; login: string }): FakeIssue {
    const number = this.nextIssueNumber();
    const issue: FakeIssue = {
      number, title: fields.title, body: fields.body, state: fields.state ?? 'open', labels: fields.labels ?? [],
      user: { login: fields.login }, created_at: this.tick(), html_url: `https://github.com/o/r/issues/${number}`, pull_request: fields.pull_request,
    };
    this.issues.push(issue);
    return issue;
  }

  private nextIssueNumber(): number {
    return Math.max(100, ...this.issues.map((issue) => issue.number)) + 1;
  }

  private tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString();
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url);
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body: unknown = text ? JSON.parse(text) : undefined;
    const token = (request.headers.authorization ?? '').replace(/^(token|bearer)\s+/i, '');
    const method = request.method ?? 'GET';
    this.requests.push({ method, path: url.pathname, query: url.searchParams, body, token });

    const fault = this.faults.find((f) => f.times > 0 && f.path.test(url.pathname) && (!f.method || f.method === method));
    if (fault) {
      fault.times--;
      if (fault.afterHandling) {
        const discard = { writeHead: () => discard, end: () => discard } as unknown as ServerResponse;
        this.route(method, url, body as Record<string, unknown> | undefined, token, discard);
      }
      return send(response, fault.status, { message: fault.message ?? 'fault', documentation_url: 'https://docs.github.com' }, fault.headers);
    }
    try {
      this.route(method, url, body as Record<string, unknown> | undefined, token, response);
    } catch (error) {
      send(response, 500, { message: `fake GitHub bug: ${(error as Error).message}` });
    }
  }

  private login(token: string): string {
    return token.startsWith('ghs_') ? 'github-actions[bot]' : PAT_LOGIN;
  }

  private route(method: string, url: URL, body: Record<string, unknown> | undefined, token: string, response: ServerResponse): void {
    const p = url.pathname;
    const readOnly = token.startsWith(READ_ONLY_PREFIX);
    let m: RegExpMatchArray | null;
    // Blob storage: a signed URL, no token.
    if ((m = p.match(/^\/blob\/(\d+)\.zip$/)) && method === 'GET') {
      const artifact = this.artifacts.find((a) => a.id === Number(m?.[1]));
      if (!artifact) return send(response, 404, { message: 'Not Found' });
      const zip = zipStored(artifact.files);
      response.writeHead(200, { 'content-type': 'application/zip', 'content-length': zip.length });
      return void response.end(zip);
    }
    if (!token) return send(response, 401, { message: 'Requires authentication' });
    if (method !== 'GET' && readOnly) return send(response, 403, { message: 'Resource not accessible by integration' });

    if (method === 'GET' && p === '/user') {
      if (token.startsWith('ghs_')) return send(response, 403, { message: 'Resource not accessible by integration' });
      return send(response, 200, { login: PAT_LOGIN, id: 1 });
    }
    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/))) {
      const issue = Number(m[1]);
      if (method === 'GET') return this.page(response, url, this.comments.filter((c) => c.issue === issue));
      if (method === 'POST') {
        const text = String(body?.body ?? '');
        if (text.length > 65_536) return send(response, 422, { message: 'Validation Failed', errors: [{ message: 'body is too long (maximum is 65536 characters)' }] });
        return send(response, 201, this.addComment(issue, text, this.login(token)));
      }
    }
    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/)) && method === 'PATCH') {
      const comment = this.comments.find((c) => c.id === Number(m?.[1]));
      if (!comment) return send(response, 404, { message: 'Not Found' });
      const text = String(body?.body ?? '');
      if (text.length > 65_536) return send(response, 422, { message: 'Validation Failed' });
      comment.body = text;
      return send(response, 200, comment);
    }
    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/issues$/))) {
      if (method === 'GET') {
        const state = url.searchParams.get('state') ?? 'open';
        const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
        const found = this.issues.filter((issue) => (state === 'all' || issue.state === state) &&
          labels.every((label) => issue.labels.some((l) => l.name === label)));
        return this.page(response, url, found);
      }
      if (method === 'POST') {
        const labels = ((body?.labels as string[] | undefined) ?? []).map((name) => ({ name }));
        return send(response, 201, this.addIssue({ title: String(body?.title), body: String(body?.body ?? ''), labels, login: this.login(token) }));
      }
    }
    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/)) && method === 'PATCH') {
      const issue = this.issues.find((i) => i.number === Number(m?.[1]));
      if (!issue) return send(response, 404, { message: 'Not Found' });
      Object.assign(issue, body);
      return send(response, 200, issue);
    }
    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/commits\/([^/]+)\/pulls$/)) && method === 'GET') {
      return send(response, 200, this.pulls.filter((pull) => pull.head_sha === m?.[1]).map((pull) => ({ number: pull.number, state: pull.state })));
    }
    if ((m = p.match(/^\/repos\/([^/]+\/[^/]+)\/actions\/workflows\/([^/]+)\/runs$/)) && method === 'GET') {
      const repository = m[1];
      const workflow = decodeURIComponent(m[2]);
      const branch = url.searchParams.get('branch');
      const status = url.searchParams.get('status');
      const event = url.searchParams.get('event');
      const runs = this.runs
        .filter((run) => run.workflow === workflow && (!branch || run.branch === branch) && (!status || run.conclusion === status) && (!event || (run.event ?? 'push') === event))
        .sort((a, b) => b.id - a.id);
      if (!this.runs.some((run) => run.workflow === workflow)) return send(response, 404, { message: 'Not Found' });
      const perPage = Number(url.searchParams.get('per_page') ?? '30');
      return send(response, 200, { total_count: runs.length, workflow_runs: runs.slice(0, perPage).map((run) => ({
        id: run.id, head_sha: run.head_sha, head_branch: run.branch, conclusion: run.conclusion, status: 'completed',
        event: run.event ?? 'push', head_repository: { full_name: run.headRepository ?? repository },
      })) });
    }
    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)\/artifacts$/)) && method === 'GET') {
      const name = url.searchParams.get('name');
      const artifacts = this.artifacts.filter((a) => a.runId === Number(m?.[1]) && (!name || a.name === name));
      return send(response, 200, { total_count: artifacts.length, artifacts: artifacts.map((a) => ({ id: a.id, name: a.name, size_in_bytes: 1, expired: false, created_at: '2026-01-01T00:00:00Z' })) });
    }
    if ((m = p.match(/^\/repos\/[^/]+\/[^/]+\/actions\/artifacts\/(\d+)\/zip$/)) && method === 'GET') {
      response.writeHead(302, { location: `${this.url}/blob/${m[1]}.zip?sig=secret` });
      return void response.end();
    }
    send(response, 404, { message: `Not Found (fake has no ${method} ${p})` });
  }

  private page<T>(response: ServerResponse, url: URL, items: T[]): void {
    const perPage = Number(url.searchParams.get('per_page') ?? '30');
    const page = Number(url.searchParams.get('page') ?? '1');
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const headers: Record<string, string> = {};
    if (page < last) {
      const next = new URL(url.toString());
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${next.toString()}>; rel="next"`;
    }
    send(response, 200, items.slice((page - 1) * perPage, page * perPage), headers);
  }
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(text);
}
