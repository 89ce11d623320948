// A keyed `check` (the row diff by key beside the contract, both sides read once) against what
// it replaces: `datagate profile` of the current file, `profile` of its baseline and `datagate
// diff` of the two, on the diff bench's 1M-row pair (bench/diff.mjs: 0.1% of rows removed, 0.1%
// added, `amount` changed in 1%). Back to back, `runs` times; medians of wall time, CPU time
// (user + sys) and peak RSS.
//   node bench/check-keyed.mjs [--runs 3] [--cli <bundle dir with index.js, worker/, diff-worker/>]…
// Several --cli bundles (say, before and after a change) run interleaved, so the load falls alike.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CONTRACT, buildCli, measure, median } from './check.mjs';
import { generateCsv, writeChangedCopy } from './generate.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'bench', 'out');

/** The check bench's contract, on the diff pair, with the key. */
const KEYED = CONTRACT
  .replace('current: bench-1m.csv', 'current: bench-1m-changed.csv')
  .replace('baseline: bench-check-baseline-500k.csv', 'baseline: bench-1m.csv\n    key: [id]');

export async function benchKeyedCheck({ clis, runs = 3, node = process.execPath }) {
  mkdirSync(out, { recursive: true });
  const baseline = path.join(out, 'bench-1m.csv');
  const current = path.join(out, 'bench-1m-changed.csv');
  if (!existsSync(baseline)) await generateCsv(baseline, 1_000_000);
  if (!existsSync(current)) await writeChangedCopy(baseline, current, 1_000_000);
  const config = path.join(out, 'check-keyed.datagate.yml');
  writeFileSync(config, KEYED);
  const sink = path.join(out, 'check-keyed.out');
  const steps = (cli, tag) => [
    [`${tag} profile current`, [cli, 'profile', current, '--out', path.join(out, 'keyed-current.profile.json')]],
    [`${tag} profile baseline`, [cli, 'profile', baseline, '--out', path.join(out, 'keyed-baseline.profile.json')]],
    [`${tag} diff --key id`, [cli, 'diff', baseline, current, '--key', 'id', '--json', path.join(out, `keyed-diff-${tag}.json`)]],
    [`${tag} check (contract + baseline + key)`, [cli, 'check', '--config', config, '--json', path.join(out, `keyed-check-${tag}.json`)]],
  ];
  const plan = clis.flatMap(([tag, cli]) => steps(cli, tag));
  const samples = new Map(plan.map(([name]) => [name, { seconds: [], cpu: [], rss: [] }]));
  for (let run = 0; run < runs; run++) {
    for (const [name, args] of plan) {
      const result = measure(args, node, sink);
      samples.get(name).seconds.push(result.seconds);
      samples.get(name).cpu.push(result.cpu);
      samples.get(name).rss.push(result.rss);
      console.error(`run ${run + 1} ${name}: ${result.seconds.toFixed(2)} s (cpu ${result.cpu.toFixed(2)} s), ${result.rss.toFixed(0)} MB, load ${os.loadavg()[0].toFixed(1)}`);
    }
  }
  console.log(`\nkeyed check vs profile + profile baseline + diff, 1M rows a side: ${runs} runs back to back, medians; load at the end ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  for (const [tag] of clis) {
    const get = (suffix) => samples.get(`${tag} ${suffix}`);
    const sum = (field) => median(get('profile current')[field].map((s, k) => s + get('profile baseline')[field][k] + get('diff --key id')[field][k]));
    for (const [name, { seconds, cpu, rss }] of samples) {
      if (name.startsWith(`${tag} `)) console.log(`${name.padEnd(52)} ${median(seconds).toFixed(2).padStart(6)} s  cpu ${median(cpu).toFixed(2).padStart(6)} s  ${median(rss).toFixed(0)} MB   (${seconds.map((s) => s.toFixed(2)).join('/')})`);
    }
    const check = get('check (contract + baseline + key)');
    console.log(`${tag}: check / (profile + profile baseline + diff) = wall ${(median(check.seconds) / sum('seconds')).toFixed(2)} (${median(check.seconds).toFixed(2)} s / ${sum('seconds').toFixed(2)} s), cpu ${(median(check.cpu) / sum('cpu')).toFixed(2)} (${median(check.cpu).toFixed(2)} s / ${sum('cpu').toFixed(2)} s)`);
    const report = JSON.parse(readFileSync(path.join(out, `keyed-check-${tag}.json`), 'utf8'));
    const diff = JSON.parse(readFileSync(path.join(out, `keyed-diff-${tag}.json`), 'utf8')).datasets[0].diff;
    const { added, removed, changed, unchanged } = report.datasets[0].diff;
    const same = added === diff.added && removed === diff.removed && changed === diff.changed && unchanged === diff.unchanged;
    console.log(`${tag}: check's diff +${added} −${removed} ~${changed} =${unchanged}; ${same ? 'the same as' : 'DIFFERS from'} datagate diff's`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, cli: { type: 'string', multiple: true }, node: { type: 'string', default: process.execPath } } });
  const clis = values.cli?.length ? values.cli.map((dir, k) => [values.cli.length > 1 ? `cli${k + 1}` : 'datagate', path.join(path.resolve(dir), 'index.js')]) : [['datagate', buildCli()]];
  await benchKeyedCheck({ clis, runs: Number(values.runs), node: values.node });
}
