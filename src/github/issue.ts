// The drift issue of scheduled runs: one open issue per config while gates fail, updated in
// place; closed with a note when they pass again.

import { sameText } from './comment.js';
import { createOnce, type CreateOptions } from './create.js';
import type { Octokit } from './octokit.js';

export interface RepoTarget { owner: string; repo: string }

export interface UpsertIssueOptions extends CreateOptions {
  marker: string;
  author: string;
  title: string;
  /** The full body, marker included; used while failing. */
  body: string;
  failing: boolean;
  /** Said on the issue before closing it, e.g. with a link to the passing run. */
  passingMessage: string;
  label?: string;
}

export interface IssueOutcome {
  action: 'created' | 'updated' | 'unchanged' | 'closed' | 'none';
  number?: number;
  url?: string;
}

interface IssueLike {
  number: number;
  body?: string | null;
  html_url: string;
  created_at: string;
  user: { login: string } | null;
  pull_request?: unknown;
}

export const DEFAULT_ISSUE_LABEL = 'datagate';

export async function findOpenIssue(octokit: Octokit, target: RepoTarget, marker: string, author: string, label = DEFAULT_ISSUE_LABEL): Promise<IssueLike | null> {
  const issues: IssueLike[] = await octokit.paginate(octokit.rest.issues.listForRepo, {
    owner: target.owner, repo: target.repo, state: 'open', labels: label, per_page: 100,
  });
  const ours = issues
    .filter((issue) => !issue.pull_request && issue.user?.login === author && (issue.body ?? '').includes(marker))
    .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.number - b.number);
  return ours[0] ?? null;
}

export async function upsertIssue(octokit: Octokit, target: RepoTarget, options: UpsertIssueOptions): Promise<IssueOutcome> {
  const label = options.label ?? DEFAULT_ISSUE_LABEL;
  const existing = await findOpenIssue(octokit, target, options.marker, options.author, label);
  if (!options.failing) {
    if (!existing) return { action: 'none' };
    await octokit.rest.issues.createComment({ ...target, issue_number: existing.number, body: options.passingMessage });
    await octokit.rest.issues.update({ ...target, issue_number: existing.number, state: 'closed', state_reason: 'completed' });
    return { action: 'closed', number: existing.number, url: existing.html_url };
  }
  const update = async (issue: IssueLike): Promise<IssueOutcome> => {
    if (sameText(issue.body ?? '', options.body)) return { action: 'unchanged', number: issue.number, url: issue.html_url };
    await octokit.rest.issues.update({ ...target, issue_number: issue.number, title: options.title, body: options.body });
    return { action: 'updated', number: issue.number, url: issue.html_url };
  };
  if (existing) return update(existing);
  return createOnce(
    async () => {
      const { data } = await octokit.rest.issues.create({ ...target, title: options.title, body: options.body, labels: [label] });
      return { action: 'created' as const, number: data.number, url: data.html_url };
    },
    async () => {
      const created = await findOpenIssue(octokit, target, options.marker, options.author, label);
      return created ? update(created) : null;
    },
    options,
  );
}
