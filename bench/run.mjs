// `npm run bench`: profiling speed and memory of the bundled CLI next to DuckDB's SUMMARIZE.
// Generates a seeded mixed CSV (1M rows ≈ 116 MB) and its Parquet copies (snappy, zstd) under
// bench/out/, profiles each with `node <cli> profile <file>` in a child process, and prints
// rows/s, MB/s and peak RSS (from /usr/bin/time) beside DuckDB with threads=1 and threads=2;
// then `check` with a contract and a baseline beside `profile` of both files (bench/check.mjs).
//   node bench/run.mjs [--rows 1000000] [--big] [--runs 2] [--node <node binary>]
//   (--big adds a 10M-row CSV: RSS must stay flat; --node runs datagate under another Node,
//   e.g. the action's Node 24: `--node "$(npx -y node@24 -p process.execPath)"`)

import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, openSync, closeSync, rmSync, statSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCsv } from './generate.mjs';
import { benchCheck } from './check.mjs';

const { values: flags } = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, big: { type: 'boolean', default: false }, runs: { type: 'string', default: '2' }, node: { type: 'string', default: process.execPath } } });
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'bench', 'out');
mkdirSync(out, { recursive: true });
const hasTime = existsSync('/usr/bin/time');

async function dataset(rows) {
  const label = rows >= 1e6 && rows % 1e6 === 0 ? `${rows / 1e6}m` : String(rows);
  const csv = path.join(out, `bench-${label}.csv`);
  if (!existsSync(csv)) {
    console.error(`generating ${csv} …`);
    await generateCsv(csv, rows);
  }
  const files = [csv];
  for (const codec of ['snappy', 'zstd']) {
    const parquet = path.join(out, `bench-${label}-${codec}.parquet`);
    if (!existsSync(parquet)) {
      console.error(`writing ${parquet} with DuckDB …`);
      const sql = `copy (select * from read_csv('${csv}')) to '${parquet}' (format parquet, compression ${codec})`;
      execFileSync(process.execPath, ['--input-type=module', '-e', `
        import { DuckDBInstance } from '@duckdb/node-api';
        const db = await DuckDBInstance.create(':memory:');
        const c = await db.connect();
        await c.run(${JSON.stringify(sql)});
        c.closeSync();`], { cwd: root, stdio: 'inherit' });
    }
    files.push(parquet);
  }
  return { rows, files };
}

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * The CLI to measure: the committed bundle while it is up to date with src/, else a fresh ncc
 * bundle of src/cli.ts (with its profiling worker, src/profile/worker.ts, in worker/ beside it),
 * else of bench/profile-entry.ts (before the CLI existed).
 */
function cli() {
  const dist = path.join(root, 'dist/cli/index.js');
  if (existsSync(dist) && statSync(dist).mtimeMs >= newestSource(path.join(root, 'src'))) return { command: [dist, 'profile'], label: 'dist/cli/index.js profile' };
  const ncc = path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
  const build = (entry, dir) => spawnSync(process.execPath, [ncc, 'build', entry, '-o', dir, '--transpile-only', '--quiet'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] }).status === 0;
  for (const [entry, dir, args] of [['src/cli.ts', '/tmp/bench-cli', ['profile']], ['bench/profile-entry.ts', '/tmp/bench-profile', []]]) {
    rmSync(dir, { recursive: true, force: true });
    const bundle = path.join(dir, 'index.js');
    if (build(entry, dir) && existsSync(bundle)) {
      if (existsSync(path.join(root, 'src/profile/worker.ts'))) build('src/profile/worker.ts', path.join(dir, 'worker'));
      // The CLI may not be wired up yet: check it profiles a tiny file before measuring it.
      const probe = spawnSync(process.execPath, [bundle, ...args, path.join(root, '__tests__/fixtures/profile/mixed.csv')], { encoding: 'utf8' });
      if (probe.status === 0 && probe.stdout.includes('"columns"')) return { command: [bundle, ...args], label: `ncc bundle of ${entry} (dist/ missing or older than src/)` };
    }
  }
  throw new Error('no CLI to measure: build dist/ or fix src/cli.ts');
}

/**
 * The same CLI without its worker bundle, which makes it profile on one thread: a copy of the
 * bundle's folder minus worker/. Undefined when the CLI has no worker to begin with.
 */
function singleThreaded(target) {
  const dir = path.dirname(target.command[0]);
  if (!existsSync(path.join(dir, 'worker', 'index.js'))) return undefined;
  const copy = '/tmp/bench-cli-1thread';
  rmSync(copy, { recursive: true, force: true });
  cpSync(dir, copy, { recursive: true, filter: (source) => source !== path.join(dir, 'worker') });
  return { ...target, command: [path.join(copy, path.basename(target.command[0])), ...target.command.slice(1)] };
}

/** Runs a node script in a child; wall seconds, peak RSS (MB) and its standard output file. */
function measure(args, stdoutFile, node = process.execPath, env = {}) {
  const fd = openSync(stdoutFile, 'w');
  const start = performance.now();
  const command = hasTime ? ['/usr/bin/time', ['-f', '%M', node, ...args]] : [node, args];
  const child = spawnSync(command[0], command[1], { cwd: root, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', env: { ...process.env, ...env } });
  const seconds = (performance.now() - start) / 1000;
  closeSync(fd);
  if (child.status !== 0) throw new Error(`${args.join(' ')} failed:\n${child.stderr}`);
  const lines = child.stderr.trim().split('\n');
  const rss = hasTime ? Number(lines[lines.length - 1]) / 1024 : NaN;
  return { seconds, rss };
}

function best(runs, fn) {
  let result;
  for (let i = 0; i < runs; i++) {
    const next = fn();
    if (!result || next.seconds < result.seconds) result = next;
  }
  return result;
}

const runs = Number(flags.runs);
const target = cli();
const oneThread = singleThreaded(target);
const nodeVersion = spawnSync(flags.node, ['--version'], { encoding: 'utf8' }).stdout.trim();
console.log(`datagate: node ${nodeVersion} ${target.label}; DuckDB ${JSON.parse(readFileSync(path.join(root, 'node_modules/@duckdb/node-api/package.json'), 'utf8')).version} SUMMARIZE (query time, database already open); best of ${runs}`);
// polars (issue #13) is an optional reference, never a dependency: DATAGATE_BENCH_POLARS=<dir>
// where `npm install --prefix <dir> nodejs-polars` ran. Its time is the whole child's wall time,
// like datagate's (start-up included).
const polarsDir = process.env.DATAGATE_BENCH_POLARS && existsSync(path.join(process.env.DATAGATE_BENCH_POLARS, 'node_modules/nodejs-polars')) ? process.env.DATAGATE_BENCH_POLARS : undefined;
console.log(polarsDir ? `polars: nodejs-polars ${JSON.parse(readFileSync(path.join(polarsDir, 'node_modules/nodejs-polars/package.json'), 'utf8')).version} from ${polarsDir}, POLARS_MAX_THREADS=2, wall time of the child` : 'polars: skipped (set DATAGATE_BENCH_POLARS=<dir> after `npm install --prefix <dir> nodejs-polars`)');
const sizes = [Number(flags.rows)];
if (flags.big) sizes.push(10_000_000);
const table = [['file', 'MB', 'tool', 'seconds', 'rows/s', 'MB/s', 'peak RSS MB', 'vs datagate']];
const profileSizes = [];
for (const rows of sizes) {
  const { files } = await dataset(rows);
  for (const file of files) {
    const mb = statSync(file).size / 1e6;
    const name = path.basename(file);
    const profileJson = path.join(out, `${name}.profile.json`);
    // CSV is profiled by worker threads (one per core) when the bundle has its worker; the
    // single-threaded run is measured too, and is the one the ratios are against.
    const threaded = oneThread && /\.(csv|tsv)$/.test(file);
    const ours = best(runs, () => measure([...(threaded ? oneThread : target).command, file], profileJson, flags.node));
    profileSizes.push([name, statSync(profileJson).size]);
    const row = (tool, { seconds, rss }) => [name, mb.toFixed(0), tool, seconds.toFixed(2), Math.round(rows / seconds).toLocaleString('en'), (mb / seconds).toFixed(1), Number.isNaN(rss) ? '?' : rss.toFixed(0), (seconds / ours.seconds).toFixed(2) + '×'];
    table.push(row(threaded ? 'datagate 1 thread' : 'datagate', ours));
    if (threaded) table.push(row('datagate workers', best(runs, () => measure([...target.command, file], path.join(out, 'workers.profile.json'), flags.node))));
    if (rows <= 1_000_000 || flags.big) {
      for (const threads of [1, 2]) {
        const duck = best(runs, () => {
          const stdout = path.join(out, 'duckdb.out');
          const { rss } = measure([path.join(root, 'bench/duckdb-summarize.mjs'), file, String(threads)], stdout);
          return { seconds: Number(readFileSync(stdout, 'utf8')), rss };
        });
        table.push(row(`duckdb threads=${threads}`, duck));
      }
      for (const mode of polarsDir && /\.csv$/.test(file) ? ['eager', 'lazy', 'profile'] : []) {
        const polars = best(runs, () => {
          const stdout = path.join(out, 'polars.out');
          const { rss, seconds } = measure([path.join(root, 'bench/polars-describe.mjs'), polarsDir, file, mode], stdout, process.execPath, { POLARS_MAX_THREADS: '2' });
          return { seconds, rss, query: Number(readFileSync(stdout, 'utf8')) };
        });
        table.push(row(mode === 'profile' ? 'polars, the profile\'s stats (2 threads)' : `polars ${mode} describe (2 threads)`, polars));
      }
    }
  }
}
const widths = table[0].map((_, c) => Math.max(...table.map((r) => String(r[c]).length)));
for (const r of table) console.log(r.map((cell, c) => String(cell).padEnd(widths[c])).join('  '));
console.log('\nprofile JSON sizes: ' + profileSizes.map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(0)} KB`).join(', '));
console.log('"vs datagate" is the tool\'s time over datagate\'s: above 1× means datagate is faster.');
// `check` (contract + baseline) beside `profile` of the file and of its baseline; needs the CLI, not the bench entry.
if (target.command[1] === 'profile') await benchCheck({ cli: target.command[0], runs: Math.max(3, runs), node: flags.node });
