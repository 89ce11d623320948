#!/usr/bin/env node
// Speed of the model gates: checkModel with six metrics and 1000-resample bootstrap intervals on
// synthetic predictions of 10k, 100k and 200k rows per side (paired and independent).
//
//   node bench/models.mjs [rows …]
//
// Bundles bench/models-entry.ts (and the src/ it imports) with ncc into a temp folder, runs it,
// and prints a Markdown table. Seeded data; times are wall seconds of one run each.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = mkdtempSync(join(tmpdir(), 'datagate-models-bench-build-'));
try {
  const ncc = join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
  const built = spawnSync(process.execPath, [ncc, 'build', join(root, 'bench/models-entry.ts'), '-o', out, '--transpile-only', '--quiet'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) throw new Error('ncc could not bundle bench/models-entry.ts');
  process.stdout.write(`node ${process.version}\n\n`);
  const run = spawnSync(process.execPath, [join(out, 'index.js'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
