// A started fake GitHub and an Octokit pointed at it, with retry delays scaled down for tests.
// Kept apart from fakeGitHub.ts, which the artifact tests load without our Octokit.

import { createOctokit, type Octokit } from '../../src/github/octokit.js';
import { FakeGitHub } from './fakeGitHub.js';

export async function startFakeGitHub(): Promise<{ github: FakeGitHub; octokit: Octokit }> {
  const github = new FakeGitHub();
  const octokit = createOctokit('ghs_token', { baseUrl: await github.start(), retry: { scale: 0.001 } });
  return { github, octokit };
}
