// Whose comments are ours: a datagate comment is edited only when the token wrote it, so a
// user's comment that quotes the marker is never touched.

import { statusOf, type Octokit } from './octokit.js';

/** The login GITHUB_TOKEN writes as. */
export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * A PAT can ask `GET /user`; an installation token (GITHUB_TOKEN) gets 403 there and writes
 * as github-actions[bot].
 */
export async function ownLogin(octokit: Octokit): Promise<string> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    const status = statusOf(error);
    if (status === 401 || status === 403 || status === 404) return ACTIONS_BOT;
    throw error;
  }
}
