// What each engine client adds to an ncc bundle built the way the action's is (scripts/build.mjs
// flags), to decide which clients are bundled as lazily loaded chunks and which are found or
// installed at run time (src/warehouse/load.ts). Builds into bench/out/, prints a Markdown table.
// Usage: node bench/warehouse-bundle.mjs

import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './compile.mjs';

const work = path.join(root, 'bench', 'out', 'warehouse-bundle');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const ncc = path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');

const version = (name) => `${name} ${JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version}`;
const entries = {
  'nothing (ncc runtime)': 'console.log(1);',
  [version('pg')]: "await import('pg');",
  [version('trino-client')]: "await import('trino-client');",
  [`${version('@google-cloud/bigquery')} + ${version('google-auth-library')}`]: "await import('@google-cloud/bigquery'); await import('google-auth-library');",
  [version('snowflake-sdk')]: "await import('snowflake-sdk');",
  ['@databricks/sql 2.1.0 (installed by hand: not a dependency)']: "await import('@databricks/sql');",
  "datagate's clients (src/warehouse/clients/*, as the action will load them)": null,
};

function measure(dir) {
  let js = 0, native = 0, other = 0, chunks = 0;
  for (const name of readdirSync(dir)) {
    const size = statSync(path.join(dir, name)).size;
    if (/\.m?js$/.test(name)) { js += size; if (name !== 'index.js' && name !== 'index.mjs') chunks++; }
    else if (name.endsWith('.node') || name.endsWith('.so')) native += size;
    else other += size;
  }
  const main = readdirSync(dir).find((name) => name === 'index.js' || name === 'index.mjs');
  return { js, native, other, chunks, main: statSync(path.join(dir, main)).size };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
console.log('| bundled | JS total | of which the entry file | chunks | native files | other files | build |');
console.log('|---|---|---|---|---|---|---|');
let index = 0;
for (const [label, code] of Object.entries(entries)) {
  const entry = code === null ? path.join(root, '__tests__/warehouse/bundle/entry.ts') : path.join(work, `entry${index}.mjs`);
  if (code !== null) writeFileSync(entry, `${code}\n`);
  const out = path.join(work, `out${index++}`);
  const started = process.hrtime.bigint();
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--minify', '--no-source-map-register', '--quiet', '--transpile-only', '--target', 'es2022'], { cwd: root, stdio: 'inherit' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const m = measure(out);
  console.log(`| ${label} | ${kb(m.js)} | ${kb(m.main)} | ${m.chunks} | ${m.native ? kb(m.native) : '—'} | ${m.other ? kb(m.other) : '—'} | ${seconds.toFixed(0)} s |`);
}
