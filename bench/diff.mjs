// `npm run bench:diff`: the row diff by key of the bundled CLI (`datagate diff`) next to DuckDB
// doing the same diff with a FULL OUTER JOIN on the key (threads=1 and threads=2), with time
// and peak RSS (/usr/bin/time). The baseline is the profile bench's seeded CSV; the current copy
// drops 0.1% of its rows, changes `amount` in 1% and adds 0.1% new ids.
//   node bench/diff.mjs [--rows 1000000] [--big] [--only10m] [--runs 3]   (--big adds 10M rows a side)

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCsv, writeChangedCopy } from './generate.mjs';

const { values: flags } = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, big: { type: 'boolean', default: false }, runs: { type: 'string', default: '3' }, only10m: { type: 'boolean', default: false } } });
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'bench', 'out');
mkdirSync(out, { recursive: true });

const label = (rows) => (rows >= 1e6 && rows % 1e6 === 0 ? `${rows / 1e6}m` : String(rows));

async function pair(rows) {
  const baseline = path.join(out, `bench-${label(rows)}.csv`);
  const current = path.join(out, `bench-${label(rows)}-changed.csv`);
  if (!existsSync(baseline)) {
    console.error(`generating ${baseline} …`);
    await generateCsv(baseline, rows);
  }
  if (!existsSync(current)) {
    console.error(`writing ${current} …`);
    await writeChangedCopy(baseline, current, rows);
  }
  return { baseline, current };
}

/** A fresh ncc bundle of the CLI with its diff worker beside it, as dist/ will hold them. */
function bundle() {
  const dir = path.join(out, 'diff-cli');
  rmSync(dir, { recursive: true, force: true });
  const ncc = path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
  const build = (entry, target) => execFileSync(process.execPath, [ncc, 'build', entry, '-o', target, '--transpile-only', '--quiet', '--minify'], { cwd: root, stdio: 'inherit' });
  build('src/cli.ts', dir);
  if (existsSync(path.join(root, 'src/diff/worker.ts'))) build('src/diff/worker.ts', path.join(dir, 'diff-worker'));
  return path.join(dir, 'index.js');
}

/** Seconds and peak RSS (MB) of a command, from /usr/bin/time -v. */
function measure(command, args) {
  const result = spawnSync('/usr/bin/time', ['-v', command, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):(\d+(?:\.\d+)?)/.exec(result.stderr);
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)[1]) / 1024;
  // CPU seconds too: the machine is shared, and wall time alone swings with the load.
  const cpu = Number(/User time \(seconds\): ([\d.]+)/.exec(result.stderr)[1]) + Number(/System time \(seconds\): ([\d.]+)/.exec(result.stderr)[1]);
  return { seconds, cpu, rss, stdout: result.stdout };
}

const COLUMNS = ['user_id', 'age', 'amount', 'score', 'ratio', 'country', 'plan', 'email', 'active', 'created_at', 'note'];

function duckdbScript(baseline, current, threads) {
  const sql = `
    select count(*) filter (where b.id is null) as added,
           count(*) filter (where c.id is null) as removed,
           count(*) filter (where b.id is not null and c.id is not null and (${COLUMNS.map((c) => `b.${c} is distinct from c.${c}`).join(' or ')})) as changed,
           ${COLUMNS.map((c) => `count(*) filter (where b.id is not null and c.id is not null and b.${c} is distinct from c.${c}) as ${c}`).join(',\n           ')}
    from read_csv('${baseline}') b full outer join read_csv('${current}') c on b.id = c.id`;
  return `
    import { DuckDBInstance } from '@duckdb/node-api';
    const db = await DuckDBInstance.create(':memory:', { threads: '${threads}' });
    const c = await db.connect();
    const reader = await c.runAndReadAll(${JSON.stringify(sql)});
    console.log(JSON.stringify(reader.getRowObjectsJson()[0]));
    c.closeSync();`;
}

const runs = Number(flags.runs);
const sizes = flags.only10m ? [10_000_000] : [Number(flags.rows), ...(flags.big ? [10_000_000] : [])];
const cli = bundle();
const rowsOut = [];
for (const rows of sizes) {
  const { baseline, current } = await pair(rows);
  const contenders = [
    ['datagate diff (2 cores)', process.execPath, [cli, 'diff', baseline, current, '--key', 'id', '--json', path.join(out, 'diff.json')]],
    ['DuckDB FULL OUTER JOIN, threads=1', process.execPath, ['--input-type=module', '-e', duckdbScript(baseline, current, 1)]],
    ['DuckDB FULL OUTER JOIN, threads=2', process.execPath, ['--input-type=module', '-e', duckdbScript(baseline, current, 2)]],
  ];
  // Interleaved (datagate, DuckDB 1, DuckDB 2, datagate, …) so the shared machine's load falls
  // on all of them alike; medians of the runs.
  const results = contenders.map(() => []);
  for (let run = 0; run < runs; run++) {
    contenders.forEach(([name, command, args], i) => {
      const result = measure(command, args);
      result.counts = name.startsWith('datagate')
        ? (({ added, removed, changed, unchanged }) => ({ added, removed, changed, unchanged }))(JSON.parse(readFileSync(path.join(out, 'diff.json'), 'utf8')).datasets[0].diff)
        : JSON.parse(result.stdout.trim().split('\n').pop());
      results[i].push(result);
      console.error(`${label(rows)} ${name} run ${run + 1}: ${result.seconds.toFixed(2)} s (cpu ${result.cpu.toFixed(2)} s), ${result.rss.toFixed(0)} MB, load ${(os.loadavg()[0]).toFixed(1)}`);
    });
  }
  const median = (values) => { const sorted = [...values].sort((a, b) => a - b); const m = sorted.length >> 1; return sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2; };
  contenders.forEach(([name], i) => {
    const all = results[i];
    rowsOut.push({ rows, name, seconds: median(all.map((r) => r.seconds)), cpu: median(all.map((r) => r.cpu)), rss: median(all.map((r) => r.rss)), all: all.map((r) => r.seconds.toFixed(2)).join(', '), counts: all[0].counts });
  });
  const ours = rowsOut.at(-3);
  const duck2 = rowsOut.at(-1);
  console.error(`${label(rows)}: datagate / DuckDB threads=2 median wall ${(ours.seconds / duck2.seconds).toFixed(2)}×, CPU ${(ours.cpu / duck2.cpu).toFixed(2)}×`);
}
console.log(`\nload average at the end: ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`\n| rows a side | tool | median wall (s) | runs (s) | median CPU user+sys (s) | median peak RSS (MB) | added / removed / changed |\n|---|---|--:|---|--:|--:|---|`);
for (const r of rowsOut) console.log(`| ${label(r.rows)} | ${r.name} | ${r.seconds.toFixed(2)} | ${r.all} | ${r.cpu.toFixed(2)} | ${r.rss.toFixed(0)} | ${r.counts.added} / ${r.counts.removed} / ${r.counts.changed} |`);
