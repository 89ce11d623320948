// The files a runner gives each step (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY): checked before the run,
// so a missing one is named as such instead of failing deep inside @actions/core at the end.

import { statSync } from 'node:fs';

const RUNNER_FILES = {
  GITHUB_OUTPUT: 'the step outputs (status, report, comment-url)',
  GITHUB_STEP_SUMMARY: 'the job summary',
} as const;

/** One sentence per variable that names a file that is not there; none when all is well or unset. */
export function missingRunnerFiles(env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  for (const [name, purpose] of Object.entries(RUNNER_FILES)) {
    const file = env[name];
    if (!file) continue;
    let what: string | undefined;
    try {
      if (!statSync(file).isFile()) what = 'is not a file';
    } catch {
      what = 'does not exist';
    }
    if (what) {
      problems.push(`${name} names ${file}, which ${what}: datagate writes ${purpose} there. `
        + `A runner creates this file for every step; outside one, create it or unset ${name}.`);
    }
  }
  return problems;
}
