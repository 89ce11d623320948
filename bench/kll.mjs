#!/usr/bin/env node
// Speed and accuracy of the KLL sketch alone: ns per `add` and sup-norm rank error against the
// exact data, at 1e5, 1e6 and 1e7 values of five input shapes (and after a merge of two halves).
//
//   node bench/kll.mjs [n …]
//
// Bundles bench/kll-entry.ts (and the src/ it imports) with ncc into a temp folder, runs it,
// and prints a Markdown table. Seeded data; times are the best of several runs.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = mkdtempSync(join(tmpdir(), 'datagate-kll-bench-build-'));
try {
  const ncc = join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
  const built = spawnSync(process.execPath, [ncc, 'build', join(root, 'bench/kll-entry.ts'), '-o', out, '--transpile-only', '--quiet'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) throw new Error('ncc could not bundle bench/kll-entry.ts');
  process.stdout.write(`node ${process.version}\n\n`);
  const run = spawnSync(process.execPath, [join(out, 'index.js'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
