// One read of a CSV file on this thread for bench/contract-scan.mjs: the profile alone, or the
// profile and the contract, the contract on string batches (as before) or on field offsets.
// Prints wall and CPU seconds of the read as JSON.

import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { datasetSchema } from '../src/config/schema.js';
import { ContractFieldSink } from '../src/contract/fields.js';
import { ContractValidator } from '../src/contract/validator.js';
import { csvReadingOf } from '../src/profile/csvReading.js';
import { formatBatch } from '../src/profile/formats.js';
import { Profiler } from '../src/profile/profiler.js';
import { profileCsvFile } from '../src/profile/records.js';

async function main(): Promise<void> {
  const [mode, file, config] = process.argv.slice(2);
  const dataset = datasetSchema.parse((parse(readFileSync(config, 'utf8')) as { datasets: unknown[] }).datasets[0]);
  const reading = await csvReadingOf(file, 'csv', {});
  const profiler = new Profiler({});
  profiler.useFormats(reading.formats);
  const validator = new ContractValidator(dataset);
  const cpu = process.cpuUsage();
  const start = performance.now();
  const rows = mode === 'profile' ? undefined : mode === 'strings'
    ? { keep: (name: string) => validator.reads(name), add: (batch: Parameters<ContractValidator['add']>[0]) => validator.add(formatBatch(batch, reading.formats)) }
    : new ContractFieldSink(validator, reading.formats);
  await profileCsvFile(file, reading.delimiter, 1, profiler, () => undefined, rows);
  profiler.finish();
  const gates = mode === 'profile' ? 0 : validator.finish().length;
  const used = process.cpuUsage(cpu);
  process.stdout.write(JSON.stringify({ mode, wall: (performance.now() - start) / 1000, cpu: (used.user + used.system) / 1e6, gates }) + '\n');
}

if (process.argv.length > 4) void main();
