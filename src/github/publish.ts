// Where a run's result goes on GitHub: the sticky comment on the PR, the drift issue of scheduled
// runs. A failure to publish is a warning: the exit status belongs to the gates.

import { upsertComment, type IssueTarget, type PublishedBody } from './comment.js';
import type { CreateOptions } from './create.js';
import type { RunContext } from './context.js';
import { ownLogin } from './identity.js';
import type { CommentMode, IssueMode } from './inputs.js';
import { upsertIssue, type IssueOutcome } from './issue.js';
import { isPermissionDenied, type Octokit } from './octokit.js';

export interface Logger {
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
}

const SCHEDULED_EVENTS = new Set(['schedule', 'workflow_dispatch']);

/** The PR to comment on, or why there is none. */
export async function commentTarget(octokit: Octokit, context: RunContext, mode: CommentMode): Promise<IssueTarget | string> {
  if (mode === 'never') return 'comment: never';
  if (!context.repository) return 'GITHUB_REPOSITORY is not set';
  if (context.pullRequest) return { ...context.repository, number: context.pullRequest.number };
  if (mode === 'auto') return `not a pull request event (${context.eventName || 'unknown'})`;
  if (!context.sha) return 'not a pull request event and GITHUB_SHA is not set';
  // `always` on a push: the open PR whose head is this commit.
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...context.repository, commit_sha: context.sha });
  const open = data.find((pull) => pull.state === 'open');
  return open ? { ...context.repository, number: open.number } : `no open pull request has commit ${context.sha.slice(0, 7)}`;
}

export function wantsIssue(context: RunContext, mode: IssueMode): boolean {
  return mode === 'always' || (mode === 'auto' && SCHEDULED_EVENTS.has(context.eventName));
}

export interface PublishOptions extends CreateOptions {
  marker: string;
  log: Logger;
  /** For the hint when the token is read-only. */
  artifactName: string;
}

export async function publishComment(octokit: Octokit, context: RunContext, mode: CommentMode, body: string, options: PublishOptions): Promise<PublishedBody | null> {
  return guard('comment on the pull request', options, async () => {
    const target = await commentTarget(octokit, context, mode);
    if (typeof target === 'string') {
      options.log.info(`datagate: no PR comment (${target})`);
      return null;
    }
    const author = await ownLogin(octokit);
    const published = await upsertComment(octokit, target, body, { ...options, author });
    options.log.info(`datagate: PR comment ${published.action}: ${published.url}`);
    return published;
  });
}

export interface IssueRequest { title: string; body: string; failing: boolean; passingMessage: string; label: string }

export async function publishIssue(octokit: Octokit, context: RunContext, request: IssueRequest, options: PublishOptions): Promise<IssueOutcome | null> {
  return guard('update the drift issue', options, async () => {
    if (!context.repository) return null;
    const author = await ownLogin(octokit);
    const outcome = await upsertIssue(octokit, context.repository, { ...options, ...request, author });
    if (outcome.action !== 'none') options.log.info(`datagate: drift issue ${outcome.action}: ${outcome.url}`);
    return outcome;
  });
}

async function guard<T>(what: string, options: PublishOptions, publish: () => Promise<T | null>): Promise<T | null> {
  try {
    return await publish();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (isPermissionDenied(error)) {
      const where = options.artifactName ? `the job summary and the ${options.artifactName} artifact` : 'the job summary';
      options.log.warning(
        `datagate could not ${what}: the token is read-only (${message}). This is expected on pull requests from forks; ` +
        `the full report is in ${where}. To comment on fork PRs, post from a separate workflow_run workflow (see docs/github.md), ` +
        'or grant pull-requests: write and issues: write in the workflow\'s permissions.');
    } else {
      options.log.warning(`datagate could not ${what}: ${message}`);
    }
    return null;
  }
}
