// The sticky pull-request comment: one per PR and config, found by marker and author, edited
// in place, never duplicated.

import { createOnce, type CreateOptions } from './create.js';
import type { Octokit } from './octokit.js';

export interface IssueTarget {
  /** The base repository: where the PR lives, also for fork PRs. */
  owner: string;
  repo: string;
  /** PR or issue number. */
  number: number;
}

export interface PublishedBody {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url: string;
}

interface CommentLike {
  id: number;
  body?: string | null;
  html_url: string;
  created_at: string;
  user: { login: string } | null;
}

export interface UpsertCommentOptions extends CreateOptions {
  marker: string;
  /** Our login (see identity.ts); comments by anyone else are never edited. */
  author: string;
}

/** Our marked comments on the PR, oldest first, over all pages. */
export async function findComments(octokit: Octokit, target: IssueTarget, marker: string, author: string): Promise<CommentLike[]> {
  const comments: CommentLike[] = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: target.owner, repo: target.repo, issue_number: target.number, per_page: 100,
  });
  return comments
    .filter((comment) => comment.user?.login === author && (comment.body ?? '').includes(marker))
    .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id);
}

/**
 * Create the comment, or edit ours. When two runs raced and both created one, the oldest is
 * kept up to date, so the comment a reviewer already saw is the one that changes.
 */
export async function upsertComment(octokit: Octokit, target: IssueTarget, body: string, options: UpsertCommentOptions): Promise<PublishedBody> {
  const base = { owner: target.owner, repo: target.repo };
  const update = async (existing: CommentLike): Promise<PublishedBody> => {
    if (sameText(existing.body ?? '', body)) return { action: 'unchanged', id: existing.id, url: existing.html_url };
    const { data } = await octokit.rest.issues.updateComment({ ...base, comment_id: existing.id, body });
    return { action: 'updated', id: data.id, url: data.html_url };
  };
  const [existing] = await findComments(octokit, target, options.marker, options.author);
  if (existing) return update(existing);
  return createOnce(
    async () => {
      const { data } = await octokit.rest.issues.createComment({ ...base, issue_number: target.number, body });
      return { action: 'created' as const, id: data.id, url: data.html_url };
    },
    async () => {
      const [created] = await findComments(octokit, target, options.marker, options.author);
      return created ? update(created) : null;
    },
    options,
  );
}

/** GitHub may hand back CRLF line ends; those are not a change. */
export function sameText(a: string, b: string): boolean {
  return a.replace(/\r\n/g, '\n') === b.replace(/\r\n/g, '\n');
}
