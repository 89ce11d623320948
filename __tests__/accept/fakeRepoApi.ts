// A fake of the GitHub endpoints `/datagate accept` calls, over HTTP on 127.0.0.1: pulls, a
// collaborator's permission, file contents (with blob shas, as the contents API checks them)
// and issue comments.

import { createHash } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakePull { number: number; state: 'open' | 'closed'; headRef: string; headSha: string; headRepo: string | null; baseSha: string }
export interface Logged { method: string; path: string; body: unknown }

export class FakeRepoApi {
  readonly fullName = 'o/r';
  pulls: FakePull[] = [];
  /** login → permission (`admin`, `write`, `read`, …) and role name; absent: 404. */
  permissions = new Map<string, { permission: string; role_name: string }>();
  /** `branch:path` → content. */
  files = new Map<string, string>();
  comments: { issue: number; body: string }[] = [];
  requests: Logged[] = [];
  private server: Server | null = null;
  private commits = 0;
  url = '';

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const url = new URL(request.url ?? '/', 'http://localhost');
        const body: unknown = text ? JSON.parse(text) : undefined;
        this.requests.push({ method: request.method ?? 'GET', path: url.pathname, body });
        this.route(request.method ?? 'GET', url, body as Record<string, string> | undefined, response);
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  writes(): string[] {
    return this.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
  }

  private route(method: string, url: URL, body: Record<string, string> | undefined, response: ServerResponse): void {
    const p = url.pathname;
    let m: RegExpMatchArray | null;
    if ((m = p.match(/^\/repos\/o\/r\/pulls\/(\d+)$/)) && method === 'GET') {
      const pull = this.pulls.find((candidate) => candidate.number === Number(m?.[1]));
      if (!pull) return send(response, 404, { message: 'Not Found' });
      return send(response, 200, {
        number: pull.number, state: pull.state,
        head: { ref: pull.headRef, sha: pull.headSha, repo: pull.headRepo === null ? null : { full_name: pull.headRepo } },
        base: { ref: 'main', sha: pull.baseSha, repo: { full_name: this.fullName } },
      });
    }
    if ((m = p.match(/^\/repos\/o\/r\/collaborators\/([^/]+)\/permission$/)) && method === 'GET') {
      const found = this.permissions.get(decodeURIComponent(m[1]));
      return found ? send(response, 200, { ...found, user: { login: m[1] } }) : send(response, 404, { message: 'Not Found' });
    }
    if ((m = p.match(/^\/repos\/o\/r\/contents\/(.+)$/))) {
      const filePath = decodeURIComponent(m[1]);
      if (method === 'GET') {
        const content = this.files.get(`${url.searchParams.get('ref')}:${filePath}`);
        if (content === undefined) return send(response, 404, { message: 'Not Found' });
        return send(response, 200, { type: 'file', path: filePath, sha: blobSha(content), encoding: 'base64', content: Buffer.from(content).toString('base64') });
      }
      if (method === 'PUT' && body) {
        const key = `${body.branch}:${filePath}`;
        const current = this.files.get(key);
        if (current === undefined || blobSha(current) !== body.sha) return send(response, 409, { message: `${filePath} does not match ${body.sha}` });
        this.files.set(key, Buffer.from(body.content, 'base64').toString('utf8'));
        return send(response, 200, { content: { path: filePath }, commit: { sha: `c0ffee${String(++this.commits).padStart(34, '0')}` } });
      }
    }
    if ((m = p.match(/^\/repos\/o\/r\/issues\/(\d+)\/comments$/)) && method === 'POST' && body) {
      this.comments.push({ issue: Number(m[1]), body: body.body });
      return send(response, 201, { id: this.comments.length, body: body.body });
    }
    send(response, 404, { message: `Not Found (fake has no ${method} ${p})` });
  }
}

/** Git's blob id, as the contents API reports a file's sha. */
export function blobSha(content: string): string {
  const bytes = Buffer.from(content, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}
