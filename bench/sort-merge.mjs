// Bundles bench/sort-merge-entry.ts with ncc into a temp folder and runs it (see that file).
//   node bench/sort-merge.mjs [runs] [--node <binary>]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const nodeAt = args.indexOf('--node');
const node = nodeAt >= 0 ? args.splice(nodeAt, 2)[1] : process.execPath;
const out = mkdtempSync(join(tmpdir(), 'datagate-sort-merge-'));
try {
  const ncc = join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
  const built = spawnSync(process.execPath, [ncc, 'build', join(root, 'bench/sort-merge-entry.ts'), '-o', out, '--transpile-only', '--quiet', '--target', 'es2022'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('ncc could not bundle bench/sort-merge-entry.ts');
  const ran = spawnSync(node, [join(out, 'index.js'), ...args], { stdio: 'inherit' });
  process.exitCode = ran.status ?? 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
