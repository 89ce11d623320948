// The ratio for several builds at once: rounds of `datagate profile` of the 1M-row file,
// `profile` of its 0.5M-row baseline and `check` with the 9-column contract and that baseline
// (bench/check.mjs's three commands), each build's three back to back, the builds in turn, so a
// machine whose speed varies slows them alike. Prints each build's medians and fastest round, and
// check / (profile + profile baseline) of both.
//   node bench/check-rounds.mjs [--rounds 8] [--node <binary>] --cli <bundle dir> [--cli <bundle dir>]…
// A bundle dir holds index.js and worker/ (dist/cli, or an ncc build of src/cli.ts and src/profile/worker.ts).

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CONTRACT, measure, median } from './check.mjs';
import { generateCsv } from './generate.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'bench', 'out');

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '8' }, node: { type: 'string', default: process.execPath }, cli: { type: 'string', multiple: true } } });
const clis = (values.cli ?? [path.join(root, 'dist/cli')]).map((dir) => path.resolve(dir));
for (const dir of clis) if (!existsSync(path.join(dir, 'index.js'))) throw new Error(`${dir} has no index.js`);
mkdirSync(out, { recursive: true });
const current = path.join(out, 'bench-1m.csv');
const baseline = path.join(out, 'bench-check-baseline-500k.csv');
if (!existsSync(current)) await generateCsv(current, 1_000_000);
if (!existsSync(baseline)) await generateCsv(baseline, 500_000, 7);
const config = path.join(out, 'check.datagate.yml');
writeFileSync(config, CONTRACT);
const sink = path.join(out, 'check.out');

const times = clis.map(() => ({ profile: [], profileBaseline: [], check: [] }));
for (let round = 0; round < Number(values.rounds); round++) {
  for (const [k, dir] of clis.entries()) {
    const bundle = path.join(dir, 'index.js');
    times[k].profile.push(measure([bundle, 'profile', current, '--out', path.join(out, 'check-current.profile.json')], values.node, sink).seconds);
    times[k].profileBaseline.push(measure([bundle, 'profile', baseline, '--out', path.join(out, 'check-baseline.profile.json')], values.node, sink).seconds);
    times[k].check.push(measure([bundle, 'check', '--config', config, '--json', path.join(out, 'check.report.json')], values.node, sink).seconds);
  }
}
console.log(`${values.rounds} rounds, builds in turn; seconds (median / fastest)`);
for (const [k, dir] of clis.entries()) {
  const { profile, profileBaseline, check } = times[k];
  const [p, b, c] = [profile, profileBaseline, check].map(median);
  const [pf, bf, cf] = [profile, profileBaseline, check].map((list) => Math.min(...list));
  const fmt = (mid, fast) => `${mid.toFixed(2)} / ${fast.toFixed(2)}`;
  console.log(`${path.relative(process.cwd(), dir) || dir}: profile ${fmt(p, pf)}, baseline ${fmt(b, bf)}, check ${fmt(c, cf)}; `
    + `check / (profile + baseline): of medians ${(c / (p + b)).toFixed(2)}, of the fastest ${(cf / (pf + bf)).toFixed(2)} (target ≤ 1.3)`);
}
