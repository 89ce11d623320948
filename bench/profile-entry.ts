// A minimal `datagate profile` for the bench while the CLI bundle (dist/cli) does not exist yet:
// profiles the file and prints the profile JSON. Bundled by bench/run.mjs with ncc.

import { profileFiles } from '../src/profile/index.js';
import { resolveFiles } from '../src/readers/index.js';
import type { ReadIssue } from '../src/readers/types.js';

async function main(): Promise<void> {
  const [file] = process.argv.slice(2);
  const issues: ReadIssue[] = [];
  const files = await resolveFiles(file, process.cwd());
  const profile = await profileFiles(files, {}, (issue) => issues.push(issue));
  process.stdout.write(JSON.stringify(profile) + '\n');
  if (issues.length > 0) process.stderr.write(`${issues.length} read issues\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 2;
});
