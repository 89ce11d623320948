// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc.
// Reproducible: same sources give byte-identical files; fails on unresolved modules.
import { execFileSync } from 'node:child_process';
import { rmSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ncc = path.resolve('node_modules/@vercel/ncc/dist/ncc/cli.js');
rmSync('dist', { recursive: true, force: true });
// The profiling worker is its own entry, in a folder of its own (src/profile/parallel.ts looks
// for worker/index.js beside the running bundle, and the action for the CLI's) so the bundles'
// chunks never collide; the action profiles big files on the CLI's worker threads.
const bundles = [
  ['src/index.ts', 'dist'],
  ['src/cli.ts', 'dist/cli'],
  ['src/profile/worker.ts', 'dist/cli/worker'],
  ['src/diff/worker.ts', 'dist/cli/diff-worker'],
];
for (const [entry, out] of bundles) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--minify', '--no-source-map-register', '--quiet', '--transpile-only', '--target', 'es2022'], { stdio: 'inherit' });
}

const bad = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) walk(file);
    else if (file.endsWith('.js') && readFileSync(file, 'utf8').includes('@@notfound')) bad.push(file);
  }
};
walk('dist');
if (bad.length) {
  console.error(`unresolved modules (@@notfound) in: ${bad.join(', ')}`);
  process.exit(1);
}
const size = (file) => (statSync(file).size / 1024).toFixed(0);
console.log(`dist/index.js ${size('dist/index.js')} KiB, dist/cli/index.js ${size('dist/cli/index.js')} KiB, dist/cli/worker/index.js ${size('dist/cli/worker/index.js')} KiB`);
