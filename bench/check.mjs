// `check` beside `profile` on the bench's 1M-row CSV: `datagate check` with a 9-column contract
// (types, nulls, ranges, allowed values, unique id) and a 0.5M-row CSV baseline, against
// `datagate profile` of the same file plus `datagate profile` of its baseline, and DuckDB
// running the same contract's counts in SQL. Runs the three back to back, `runs` times; medians.
// Also `datagate check` of the contract alone (no baseline), and, when `import pandera` works
// (python from DATAGATE_BENCH_PYTHON, default python3; PYTHONPATH from DATAGATE_BENCH_PYTHONPATH),
// the same contract in pandera on pandas and in plain pandas (bench/pandera-check.py), read included.
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

/** The same contract without the baseline: what pandera's schema checks, and nothing else. */
export const CONTRACT_ONLY = CONTRACT.replace(/^ {4}(baseline|drift):.*\n/gm, '');

/** The python running bench/pandera-check.py and its environment, or why there is none. */
export function pandasReference() {
  const python = process.env.DATAGATE_BENCH_PYTHON || 'python3';
  const env = { ...process.env, PYTHONWARNINGS: 'ignore' };
  if (process.env.DATAGATE_BENCH_PYTHONPATH) env.PYTHONPATH = process.env.DATAGATE_BENCH_PYTHONPATH;
  const probe = spawnSync(python, ['-c', 'import pandas, pandera'], { env, encoding: 'utf8' });
  if (probe.status === 0) return { python, env };
  const reason = (probe.stderr ?? '').trim().split('\n').pop() || probe.error?.message || `exit ${probe.status}`;
  return { skipped: `pandera reference skipped: ${python} cannot import pandas and pandera (${reason}); set DATAGATE_BENCH_PYTHON / DATAGATE_BENCH_PYTHONPATH` };
}

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

export function measure(args, node, stdoutFile, env = process.env) {
  const fd = openSync(stdoutFile, 'w');
  const start = performance.now();
  const command = hasTime ? ['/usr/bin/time', ['-f', '%M %U %S', node, ...args]] : [node, args];
  const child = spawnSync(command[0], command[1], { cwd: out, env, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  closeSync(fd);
  // `check` exits 1 when a gate fails; the bench data has no violations but drift may warn.
  if (child.status !== 0 && child.status !== 1) throw new Error(`${args.join(' ')} failed (${child.status}):\n${child.stderr}`);
  const lines = child.stderr.trim().split('\n');
  const [kb, user, sys] = hasTime ? lines[lines.length - 1].split(' ').map(Number) : [NaN, NaN, NaN];
  // CPU time (user + sys, all threads) moves less than wall time on a loaded machine.
  return { seconds, rss: kb / 1024, cpu: user + sys };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Builds the CLI (with its workers) from src/ into bench/out/check-cli when no bundle is given:
 * inside the worktree, so two checkouts benching at once never run each other's bundle. */
export function buildCli() {
  const dir = path.join(out, 'check-cli');
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
  const contractConfig = path.join(out, 'check-contract.datagate.yml');
  writeFileSync(contractConfig, CONTRACT_ONLY);
  const python = pandasReference();
  if (python.skipped) console.log(python.skipped);
  const bundle = cli ?? buildCli();
  const names = ['profile', 'profileBaseline', 'check', 'checkContract', 'duckdb', ...(python.skipped ? [] : ['pandera', 'pandas'])];
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  const rss = Object.fromEntries(names.map((name) => [name, []]));
  const cpu = Object.fromEntries(names.map((name) => [name, []]));
  const pythonLast = {};
  const sink = path.join(out, 'check.out');
  for (let run = 0; run < runs; run++) {
    // Back to back, in the same order every run, so each run sees the same load.
    const steps = [
      ['profile', [bundle, 'profile', current, '--out', path.join(out, 'check-current.profile.json')]],
      ['profileBaseline', [bundle, 'profile', baseline, '--out', path.join(out, 'check-baseline.profile.json')]],
      ['check', [bundle, 'check', '--config', config, '--json', path.join(out, 'check.report.json')]],
      ['checkContract', [bundle, 'check', '--config', contractConfig, '--json', path.join(out, 'check-contract.report.json')]],
    ];
    for (const [name, args] of steps) {
      const result = measure(args, node, sink);
      samples[name].push(result.seconds);
      rss[name].push(result.rss);
      cpu[name].push(result.cpu);
    }
    const duck = measure([path.join(root, 'bench/duckdb-query.mjs'), duckdbContractSql(current), '2'], process.execPath, sink);
    samples.duckdb.push(Number(readFileSync(sink, 'utf8').split('\n')[0]));
    rss.duckdb.push(duck.rss);
    cpu.duckdb.push(duck.cpu);
    if (python.skipped) continue;
    // Same file, same contract, read and the interpreter's start included, as for `check`.
    for (const mode of ['pandera', 'pandas']) {
      const result = measure([path.join(root, 'bench/pandera-check.py'), current, mode], python.python, sink, python.env);
      const line = JSON.parse(readFileSync(sink, 'utf8'));
      if (line.rows !== 1_000_000 || Object.keys(line.failures).length > 0) throw new Error(`${mode} found ${JSON.stringify(line.failures)} in ${line.rows} rows`);
      samples[mode].push(result.seconds);
      rss[mode].push(result.rss);
      cpu[mode].push(result.cpu);
      pythonLast[mode] = line;
    }
  }
  const report = JSON.parse(readFileSync(path.join(out, 'check.report.json'), 'utf8'));
  const contractGates = report.gates.filter((gate) => gate.kind === 'contract');
  const failing = report.gates.filter((gate) => gate.status === 'fail').map((gate) => gate.id);
  const profileBoth = median(samples.profile.map((seconds, k) => seconds + samples.profileBaseline[k]));
  const rows = [
    ['datagate profile bench-1m.csv', median(samples.profile), median(rss.profile), median(cpu.profile)],
    ['datagate profile baseline (0.5M)', median(samples.profileBaseline), median(rss.profileBaseline), median(cpu.profileBaseline)],
    ['  profile, both files', profileBoth, NaN, NaN],
    ['datagate check (contract + baseline)', median(samples.check), median(rss.check), median(cpu.check)],
    ['duckdb threads=2, contract counts (query time)', median(samples.duckdb), median(rss.duckdb), median(cpu.duckdb)],
    ['datagate check, contract only (no baseline)', median(samples.checkContract), median(rss.checkContract), median(cpu.checkContract)],
  ];
  if (!python.skipped) {
    rows.push([`pandera ${pythonLast.pandera.pandera} on pandas ${pythonLast.pandera.pandas}, read included`, median(samples.pandera), median(rss.pandera), median(cpu.pandera)]);
    rows.push([`pandas ${pythonLast.pandas.pandas} alone, same rules, read included`, median(samples.pandas), median(rss.pandas), median(cpu.pandas)]);
  }
  console.log(`\ncheck vs profile: ${runs} runs back to back, medians; ${contractGates.length} contract gates, failing: ${failing.join(', ') || 'none'}`);
  console.log(`${''.padEnd(48)} ${'wall'.padStart(8)}  ${'RSS'.padStart(6)}  CPU (whole process)`);
  for (const [label, seconds, mb, cpuSeconds] of rows) console.log(`${label.padEnd(48)} ${seconds.toFixed(2).padStart(6)} s  ${Number.isNaN(mb) ? '      ' : `${mb.toFixed(0).padStart(3)} MB`}  ${Number.isNaN(cpuSeconds) ? '' : `${cpuSeconds.toFixed(2)} s`}`);
  console.log(`check / (profile + profile baseline) = ${(median(samples.check) / profileBoth).toFixed(2)} (target ≤ 1.3)`);
  if (!python.skipped) {
    // Ratios per run (each pair ran back to back under the same load), then their median.
    const ratio = (name) => median(samples[name].map((seconds, k) => seconds / samples.pandera[k])).toFixed(2);
    console.log(`check, contract only / pandera = ${ratio('checkContract')}; check with baseline / pandera = ${ratio('check')} (target ≤ 0.5)`);
    const cpuRatio = (name) => median(cpu[name].map((seconds, k) => seconds / cpu.pandera[k])).toFixed(2);
    console.log(`CPU: check, contract only / pandera = ${cpuRatio('checkContract')}; check with baseline / pandera = ${cpuRatio('check')}`);
    const last = pythonLast.pandera;
    console.log(`pandera's last run: import ${last.import_s} s, read_csv ${last.read_s} s, validate ${last.validate_s} s; pandas alone: validate ${pythonLast.pandas.validate_s} s`);
  }
  console.log('samples (s): ' + Object.entries(samples).map(([name, list]) => `${name} ${list.map((s) => s.toFixed(2)).join('/')}`).join('; '));
  console.log('CPU samples (s): ' + Object.entries(cpu).map(([name, list]) => `${name} ${list.map((s) => s.toFixed(2)).join('/')}`).join('; '));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, cli: { type: 'string' }, node: { type: 'string', default: process.execPath } } });
  await benchCheck({ runs: Number(values.runs), node: values.node, ...(values.cli ? { cli: path.resolve(values.cli) } : {}) });
}
