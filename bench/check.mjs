// `check` beside `profile` on the bench's 1M-row CSV: `datagate check` with a 9-column contract
// (types, nulls, ranges, allowed values, unique id) and a 0.5M-row CSV baseline, against
// `datagate profile` of the same file plus `datagate profile` of its baseline, and DuckDB
// running the same contract's counts in SQL. Runs the three back to back, `runs` times; medians.
//   node bench/check.mjs [--runs 3] [--cli <bundle dir with index.js and worker/>] [--node <binary>]
// Called by bench/run.mjs at its end with the CLI it measured.

import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCsv } from './generate.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'bench', 'out');
const hasTime = existsSync('/usr/bin/time');

/** The contract of the bench file's columns (bench/generate.mjs), nine of its twelve. */
export const CONTRACT = `datasets:
  - name: bench
    current: bench-1m.csv
    baseline: bench-check-baseline-500k.csv
    drift: { severity: warn }
    schema:
      columns:
        id: { type: integer, nullable: false, unique: true, min: 1 }
        user_id: { type: integer, min: 1, max: 200000, max_null_fraction: 0.05 }
        age: { type: integer, min: 18, max: 87, max_null_fraction: 0.05 }
        amount: { type: number, min: 0, max_null_fraction: 0.05 }
        score: { type: number, min: -10, max: 10 }
        country: { type: string, allowed: [US, DE, FR, GB, IN, BR, JP, CN, CA, AU, ES, IT, MX, NL, SE, PL, KR, ZA, AR, NG] }
        plan: { type: string, allowed: [free, basic, pro, enterprise] }
        active: { type: boolean, max_null_fraction: 0.05 }
        created_at: { type: timestamp, min: '2023-01-01', max: '2024-01-01' }
`;

/** The same checks as DuckDB SQL: violation counts per rule, as a contract tool over SQL would run them. */
function duckdbContractSql(csv) {
  const countries = "'US','DE','FR','GB','IN','BR','JP','CN','CA','AU','ES','IT','MX','NL','SE','PL','KR','ZA','AR','NG'";
  return `select count(*) as rows,
    count(*) - count(id) as id_nulls, count(*) - count(distinct id) as id_duplicates, count(*) filter (where id < 1) as id_min,
    count(*) filter (where user_id < 1 or user_id > 200000) as user_id_range, count(*) - count(user_id) as user_id_nulls,
    count(*) filter (where age < 18 or age > 87) as age_range, count(*) - count(age) as age_nulls,
    count(*) filter (where amount < 0) as amount_min, count(*) - count(amount) as amount_nulls,
    count(*) filter (where score < -10 or score > 10) as score_range,
    count(*) filter (where country not in (${countries})) as country_allowed,
    count(*) filter (where plan not in ('free','basic','pro','enterprise')) as plan_allowed,
    count(*) - count(active) as active_nulls,
    count(*) filter (where created_at < timestamp '2023-01-01' or created_at > timestamp '2024-01-01') as created_at_range
    from read_csv('${csv}')`;
}

export function measure(args, node, stdoutFile) {
  const fd = openSync(stdoutFile, 'w');
  const start = performance.now();
  const command = hasTime ? ['/usr/bin/time', ['-f', '%M', node, ...args]] : [node, args];
  const child = spawnSync(command[0], command[1], { cwd: out, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  closeSync(fd);
  // `check` exits 1 when a gate fails; the bench data has no violations but drift may warn.
  if (child.status !== 0 && child.status !== 1) throw new Error(`${args.join(' ')} failed (${child.status}):\n${child.stderr}`);
  const lines = child.stderr.trim().split('\n');
  return { seconds, rss: hasTime ? Number(lines[lines.length - 1]) / 1024 : NaN };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Builds the CLI (with its workers) from src/ into /tmp/bench-check-cli when no bundle is given. */
export function buildCli() {
  const dir = '/tmp/bench-check-cli';
  rmSync(dir, { recursive: true, force: true });
  const ncc = path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
  for (const [entry, sub] of [['src/cli.ts', ''], ['src/profile/worker.ts', 'worker'], ['src/diff/worker.ts', 'diff-worker']]) {
    execFileSync(process.execPath, [ncc, 'build', entry, '-o', path.join(dir, sub), '--transpile-only', '--quiet', '--target', 'es2022'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return path.join(dir, 'index.js');
}

export async function benchCheck({ cli, runs = 3, node = process.execPath } = {}) {
  mkdirSync(out, { recursive: true });
  const current = path.join(out, 'bench-1m.csv');
  const baseline = path.join(out, 'bench-check-baseline-500k.csv');
  if (!existsSync(current)) await generateCsv(current, 1_000_000);
  // Another seed: the baseline is another sample of the same distributions.
  if (!existsSync(baseline)) await generateCsv(baseline, 500_000, 7);
  const config = path.join(out, 'check.datagate.yml');
  writeFileSync(config, CONTRACT);
  const bundle = cli ?? buildCli();
  const samples = { profile: [], profileBaseline: [], check: [], duckdb: [] };
  const rss = { profile: [], profileBaseline: [], check: [], duckdb: [] };
  const sink = path.join(out, 'check.out');
  for (let run = 0; run < runs; run++) {
    // Back to back, in the same order every run, so each run sees the same load.
    const steps = [
      ['profile', [bundle, 'profile', current, '--out', path.join(out, 'check-current.profile.json')]],
      ['profileBaseline', [bundle, 'profile', baseline, '--out', path.join(out, 'check-baseline.profile.json')]],
      ['check', [bundle, 'check', '--config', config, '--json', path.join(out, 'check.report.json')]],
    ];
    for (const [name, args] of steps) {
      const result = measure(args, node, sink);
      samples[name].push(result.seconds);
      rss[name].push(result.rss);
    }
    const duck = measure([path.join(root, 'bench/duckdb-query.mjs'), duckdbContractSql(current), '2'], process.execPath, sink);
    samples.duckdb.push(Number(readFileSync(sink, 'utf8').split('\n')[0]));
    rss.duckdb.push(duck.rss);
  }
  const report = JSON.parse(readFileSync(path.join(out, 'check.report.json'), 'utf8'));
  const contractGates = report.gates.filter((gate) => gate.kind === 'contract');
  const failing = report.gates.filter((gate) => gate.status === 'fail').map((gate) => gate.id);
  const profileBoth = median(samples.profile.map((seconds, k) => seconds + samples.profileBaseline[k]));
  const rows = [
    ['datagate profile bench-1m.csv', median(samples.profile), median(rss.profile)],
    ['datagate profile baseline (0.5M)', median(samples.profileBaseline), median(rss.profileBaseline)],
    ['  profile, both files', profileBoth, NaN],
    ['datagate check (contract + baseline)', median(samples.check), median(rss.check)],
    ['duckdb threads=2, contract counts (query time)', median(samples.duckdb), median(rss.duckdb)],
  ];
  console.log(`\ncheck vs profile: ${runs} runs back to back, medians; ${contractGates.length} contract gates, failing: ${failing.join(', ') || 'none'}`);
  for (const [label, seconds, mb] of rows) console.log(`${label.padEnd(48)} ${seconds.toFixed(2).padStart(6)} s  ${Number.isNaN(mb) ? '' : `${mb.toFixed(0)} MB`}`);
  console.log(`check / (profile + profile baseline) = ${(median(samples.check) / profileBoth).toFixed(2)} (target ≤ 1.3)`);
  console.log('samples (s): ' + Object.entries(samples).map(([name, list]) => `${name} ${list.map((s) => s.toFixed(2)).join('/')}`).join('; '));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, cli: { type: 'string' }, node: { type: 'string', default: process.execPath } } });
  await benchCheck({ runs: Number(values.runs), node: values.node, ...(values.cli ? { cli: path.resolve(values.cli) } : {}) });
}
