// The contract's cost in `check`'s scan of the bench's 1M-row CSV, on one thread: the profile
// alone, the profile and the contract on string batches (the read before field offsets), and on
// field offsets (src/contract/fields.ts). Fresh process per run, the three back to back; medians.
//   node bench/contract-scan.mjs [--runs 5]   (after node bench/check.mjs made bench/out)

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compileEntry, root } from './compile.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const { out } = await compileEntry('bench/contract-scan-entry.ts', 'datagate-contract-scan-').catch(() => ({ out: undefined }));
const entry = join(out, 'bench/contract-scan-entry.js');
const file = join(root, 'bench/out/bench-1m.csv');
const config = join(root, 'bench/out/check.datagate.yml');
const samples = { profile: [], strings: [], fields: [] };
for (let run = 0; run < Number(values.runs); run++) {
  for (const mode of Object.keys(samples)) {
    const result = JSON.parse(execFileSync(process.execPath, [entry, mode, file, config], { encoding: 'utf8' }));
    samples[mode].push(result);
  }
}
const median = (list) => [...list].sort((a, b) => a - b)[list.length >> 1];
const at = (mode, key) => median(samples[mode].map((sample) => sample[key]));
for (const mode of Object.keys(samples)) {
  console.log(`${mode.padEnd(8)} wall ${at(mode, 'wall').toFixed(2)} s  cpu ${at(mode, 'cpu').toFixed(2)} s  (cpu: ${samples[mode].map((s) => s.cpu.toFixed(2)).join('/')})`);
}
const contract = (mode) => at(mode, 'cpu') - at('profile', 'cpu');
console.log(`contract's cpu over the profile's: strings ${contract('strings').toFixed(2)} s, fields ${contract('fields').toFixed(2)} s`);
