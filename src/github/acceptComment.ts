// `/datagate accept` as a PR comment (the action on `issue_comment`): on a same-repository PR,
// from a user with write access, run `accept` on the checked-out PR head, commit the config
// change to the PR branch through the contents API, and reply with the commit. Never on forks.

import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { unifiedDiff } from '../accept/diff.js';
import { computeAccept } from '../accept/run.js';
import { isUserError } from '../errors.js';
import { markdownCode, visible } from '../report/escape.js';
import type { Octokit } from './octokit.js';

const COMMAND = /^\/datagate\s+accept(?:\s+(.*))?$/;
const WRITE_PERMISSIONS = new Set(['admin', 'maintain', 'write']);
/** Room for the reply; GitHub refuses bodies over 65,536 characters. */
const REPLY_DIFF_MAX = 60_000;

export interface AcceptCommentEvent {
  issue: number;
  commenter: string;
  commentUrl?: string;
  /** Gate ids after the command; empty: every failing gate. */
  gates: string[];
}

const payloadSchema = z.object({
  action: z.string().optional(),
  issue: z.object({ number: z.number().int(), pull_request: z.unknown().optional() }),
  comment: z.object({ body: z.string(), user: z.object({ login: z.string() }), html_url: z.string().optional() }),
}).loose();

/**
 * The `/datagate accept` command of an issue_comment payload: a new comment on a pull request
 * whose first non-empty line is the command. Null for anything else.
 */
export function readAcceptComment(eventName: string, payload: unknown): AcceptCommentEvent | null {
  if (eventName !== 'issue_comment') return null;
  const parsed = payloadSchema.safeParse(payload);
  if (!parsed.success || parsed.data.action !== 'created' || !parsed.data.issue.pull_request) return null;
  const firstLine = parsed.data.comment.body.split(/\r?\n/).map((line) => line.trim()).find(Boolean) ?? '';
  const match = COMMAND.exec(firstLine);
  if (!match) return null;
  return {
    issue: parsed.data.issue.number,
    commenter: parsed.data.comment.user.login,
    commentUrl: parsed.data.comment.html_url,
    gates: (match[1] ?? '').split(/\s+/).filter(Boolean),
  };
}

export async function readEventPayload(file: string | undefined): Promise<unknown> {
  if (!file) return undefined;
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

export interface AcceptCommentOptions {
  octokit: Octokit;
  repository: { owner: string; repo: string };
  workspace: string;
  /** The config as the action's `config` input names it, relative to the workspace. */
  configPath: string;
  now?: Date;
  /** The commit checked out in the workspace; defaults to `git rev-parse HEAD` there. */
  checkedOut?: () => Promise<string | undefined>;
}

export interface AcceptCommentOutcome {
  status: 'committed' | 'refused' | 'nothing';
  reply: string;
  commit?: string;
}

const pullSchema = z.object({
  state: z.string(),
  head: z.object({ ref: z.string(), sha: z.string(), repo: z.object({ full_name: z.string() }).nullable() }),
  base: z.object({ sha: z.string(), repo: z.object({ full_name: z.string() }) }),
}).loose();

/** Runs the command and replies on the PR; the outcome says what happened. */
export async function handleAcceptComment(event: AcceptCommentEvent, options: AcceptCommentOptions): Promise<AcceptCommentOutcome> {
  const outcome = await decideAndCommit(event, options);
  await options.octokit.rest.issues.createComment({ ...options.repository, issue_number: event.issue, body: outcome.reply });
  return outcome;
}

async function decideAndCommit(event: AcceptCommentEvent, options: AcceptCommentOptions): Promise<AcceptCommentOutcome> {
  const { octokit, repository } = options;
  const who = `@${event.commenter}`;
  const refused = (why: string): AcceptCommentOutcome => ({ status: 'refused', reply: `🚫 \`/datagate accept\` from ${markdownCode(who, 'text')}: ${why}` });

  const pull = pullSchema.parse((await octokit.rest.pulls.get({ ...repository, pull_number: event.issue })).data);
  if (pull.state !== 'open') return refused('the pull request is not open.');
  // Never on forks: the token could write to this repository, not to the fork's branch, and the
  // fork's content is not ours to commit on.
  if (!pull.head.repo || pull.head.repo.full_name.toLowerCase() !== pull.base.repo.full_name.toLowerCase()) {
    return refused('not on pull requests from forks; run `npx datagate accept` on the branch and push the change.');
  }
  if (!(await hasWriteAccess(octokit, repository, event.commenter))) {
    return refused('only users with write access to this repository can accept changes.');
  }
  const checkedOut = await (options.checkedOut ?? (() => gitHead(options.workspace)))();
  if (checkedOut !== pull.head.sha) {
    return refused(`the workspace is at ${markdownCode(checkedOut ?? 'an unknown commit', 'text')}, not the pull request's head ${markdownCode(pull.head.sha.slice(0, 12), 'text')}: check out \`refs/pull/${event.issue}/head\` before the datagate step (see the README).`);
  }

  const configFile = path.resolve(options.workspace, options.configPath);
  const repoPath = path.relative(options.workspace, configFile).split(path.sep).join('/');
  if (repoPath.startsWith('..')) return refused('the config is outside the workspace.');
  const remote = await octokit.rest.repos.getContent({ ...repository, path: repoPath, ref: pull.head.ref });
  const file = remote.data as { type?: string; sha?: string; content?: string; encoding?: string };
  if (Array.isArray(remote.data) || file.type !== 'file' || !file.sha || file.encoding !== 'base64') return refused(`${markdownCode(repoPath, 'text')} is not a file on the branch.`);
  const original = Buffer.from(file.content ?? '', 'base64').toString('utf8');
  const local = await readFile(configFile, 'utf8');
  if (local !== original) return refused(`${markdownCode(repoPath, 'text')} on ${markdownCode(pull.head.ref, 'text')} changed since this run checked it out: comment again.`);

  let result;
  try {
    result = await computeAccept({ configPath: options.configPath, cwd: options.workspace, original, gates: event.gates, baseRef: pull.base.sha, now: options.now });
  } catch (error) {
    if (!isUserError(error)) throw error;
    return refused(`\n\n${codeBlock(error.message, 'text')}`);
  }
  const notes = [...result.baseline].map(([gate, message]) => `- ${markdownCode(gate, 'text')}: ${message}`)
    .concat([...result.manual].map(([gate, message]) => `- ${markdownCode(gate, 'text')}: not accepted: ${message}`));
  const notesText = notes.length > 0 ? `\n\n${notes.slice(0, 50).join('\n')}${notes.length > 50 ? `\n- … and ${notes.length - 50} more` : ''}` : '';
  if (result.text === original) {
    return { status: 'nothing', reply: `ℹ️ \`/datagate accept\`: no config change to make.${notesText}` };
  }

  const diff = unifiedDiff(original, result.text, repoPath);
  const commit = await octokit.rest.repos.createOrUpdateFileContents({
    ...repository,
    path: repoPath,
    branch: pull.head.ref,
    sha: file.sha,
    content: Buffer.from(result.text, 'utf8').toString('base64'),
    message: `datagate accept: ${result.accepted.join(', ')}`.slice(0, 200) + `\n\nRequested by ${who}${event.commentUrl ? ` in ${event.commentUrl}` : ''}.`,
  });
  const sha = commit.data.commit.sha ?? '';
  const shown = diff.length > REPLY_DIFF_MAX ? `${diff.slice(0, REPLY_DIFF_MAX)}\n… (cut; the full change is in the commit)` : diff;
  return {
    status: 'committed',
    commit: sha,
    reply: `✅ Accepted in ${sha.slice(0, 12)} on ${markdownCode(pull.head.ref, 'text')}, as requested by ${markdownCode(who, 'text')}:\n\n${codeBlock(shown, 'diff')}${notesText}`,
  };
}

/** `GET /repos/{owner}/{repo}/collaborators/{username}/permission`: write, maintain or admin. */
async function hasWriteAccess(octokit: Octokit, repository: { owner: string; repo: string }, username: string): Promise<boolean> {
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repository, username });
    const role = (data as { role_name?: string }).role_name;
    return WRITE_PERMISSIONS.has(data.permission) || (role !== undefined && WRITE_PERMISSIONS.has(role));
  } catch (error) {
    // 404: not a collaborator at all.
    if ((error as { status?: number }).status === 404) return false;
    throw error;
  }
}

async function gitHead(workspace: string): Promise<string | undefined> {
  try {
    const { stdout } = await promisify(execFile)('git', ['rev-parse', 'HEAD'], { cwd: workspace });
    return stdout.trim();
  } catch {
    return undefined;
  }
}

/** A fenced block no line of the content can close; control characters made visible. */
function codeBlock(content: string, info: string): string {
  const lines = content.replace(/\n$/, '').split('\n').map(visible).join('\n');
  let longest = 2;
  for (const run of lines.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  return `${fence}${info}\n${lines}\n${fence}`;
}
