// Compiles a bench entry (a .ts file and the src/ files it imports) with tsc into a temp folder
// and imports it, so a bench runs the same code as the tests without a bundle.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** `entry` relative to the repository root (`bench/drift/entry.ts`); returns the module and its folder. */
export async function compileEntry(entry, prefix) {
  const out = mkdtempSync(join(tmpdir(), prefix));
  try {
    execFileSync('npx', ['tsc', join(root, entry), '--outDir', out, '--rootDir', root, '--module', 'nodenext',
      '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', '--types', 'node', '--esModuleInterop', '--strict'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  } catch {
    // Type errors elsewhere in the tree do not stop tsc from emitting JavaScript; the import below tells.
  }
  writeFileSync(join(out, 'package.json'), '{"type":"module"}');
  // Compiled files import picomatch etc. from the project's node_modules.
  symlinkSync(join(root, 'node_modules'), join(out, 'node_modules'));
  const module = await import(pathToFileURL(join(out, entry.replace(/\.ts$/, '.js'))).href);
  return { module, out };
}
