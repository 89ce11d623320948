import { describe, it, expect } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { readBatches } from '../../src/readers/index.js';
import { Profiler } from '../../src/profile/index.js';
import { ContractValidator } from '../../src/contract/validator.js';
import { inferContract } from '../../src/init/index.js';
import { configSchema, type DatasetConfig } from '../../src/config/schema.js';
import { contractProblems } from '../../src/contract/validateConfig.js';
import type { Batch } from '../../src/readers/types.js';
import { contractGates } from '../../src/gates/contract.js';

const file = fileURLToPath(new URL('../fixtures/contract/users.csv', import.meta.url));

async function batches(): Promise<Batch[]> {
  const out: Batch[] = [];
  for await (const batch of readBatches([file], {}, () => undefined)) out.push(batch);
  return out;
}

describe('datagate init on a real CSV', () => {
  it('infers a contract that the same snapshot passes, every rule of it', async () => {
    const read = await batches();
    const profiler = new Profiler();
    for (const batch of read) profiler.add(batch);
    const profile = profiler.finish();

    const config = configSchema.parse(YAML.parse(inferContract(profile, { name: 'users', current: 'users.csv' })));
    expect(contractProblems(config)).toEqual([]);
    const dataset: DatasetConfig = config.datasets[0];
    expect(dataset.schema!.columns).toEqual({
      user_id: { type: 'integer', nullable: false, unique: true },
      age: { type: 'integer', max_null_fraction: 0.085, min: 14, max: 86 },
      country: { type: 'string', nullable: false, allowed: ['DE', 'FR', 'US'] },
      email: { type: 'string', nullable: false },
      score: { type: 'number', nullable: false, min: 0, max: 1 },
      plan: { type: 'string', nullable: false, allowed: ['free', 'pro'] },
      signup_at: { type: 'timestamp', nullable: false },
      note: { type: 'string', max_null_fraction: 0.46 },
    });

    const validator = new ContractValidator(dataset);
    for (const batch of read) validator.add(batch);
    const results = contractGates(validator, { current: profile, baseline: null, now: new Date('2024-06-01T00:00:00Z') });
    expect(results.filter((result) => result.status !== 'pass')).toEqual([]);
    // 8 columns present, 23 column rules, rows.min.
    expect(results).toHaveLength(8 + 23 + 1);
  });

  it('reports violations in the CSV with file, line and row', async () => {
    const validator = new ContractValidator(configSchema.parse({ datasets: [{
      name: 'users', current: 'users.csv',
      schema: { columns: { age: { min: 30 }, note: { pattern: '^note \\d+$' } } },
    }] }).datasets[0]);
    for (const batch of await batches()) validator.add(batch);
    const results = new Map(contractGates(validator, { current: { version: 1, rows: 40, columns: [] }, baseline: null, now: new Date() }).map((result) => [result.id, result]));
    const note = results.get('users.contract.note.pattern')!;
    expect(note).toMatchObject({ status: 'fail', count: 4 });
    expect(note.examples).toEqual([10, 20, 30, 40].map((row) => ({ row, line: row + 1, file, value: 'likes, commas' })));
    expect(results.get('users.contract.age.min')!.examples![0]).toMatchObject({ file, row: 3, line: 4, value: '22' });
  });
});

describe('datagate init on a profile with sketches', () => {
  it('lists categories beyond the top ten, and only hints at uniqueness it cannot prove', () => {
    const rows = 12_000;
    const profiler = new Profiler();
    profiler.add({
      columns: ['id', 'grade'],
      data: [
        Array.from({ length: rows }, (_, r) => `id-${r}`),
        Array.from({ length: rows }, (_, r) => `g${String(r % 15).padStart(2, '0')}`),
      ],
      length: rows, firstRow: 1, file: 'memory',
    });
    const text = inferContract(profiler.finish(), { name: 'big', current: 'big.csv' });
    const columns = configSchema.parse(YAML.parse(text)).datasets[0].schema!.columns;
    expect(columns.grade.allowed).toEqual(Array.from({ length: 15 }, (_, i) => `g${String(i).padStart(2, '0')}`));
    expect(columns.id).toEqual({ type: 'string', nullable: false });
    expect(text).toMatch(/# string · 12000 values · about \d+ distinct \(estimated\): add unique: true if this is a key\n {8}id:/);
  });
});

describe('contract checks on JSON Lines', () => {
  it('reads typed values and missing keys as the readers give them', async () => {
    const jsonl = fileURLToPath(new URL('../fixtures/contract/users.jsonl', import.meta.url));
    const validator = new ContractValidator(configSchema.parse({ datasets: [{
      name: 'j', current: 'users.jsonl',
      schema: { allow_extra_columns: false, columns: { id: { type: 'integer' }, email: { nullable: false } } },
    }] }).datasets[0]);
    for await (const batch of readBatches([jsonl], {}, () => undefined)) validator.add(batch);
    const results = new Map(contractGates(validator, { current: { version: 1, rows: 3, columns: [] }, baseline: null, now: new Date() }).map((result) => [result.id, result]));
    expect(results.get('j.contract.id.type')).toMatchObject({ count: 1, examples: [{ row: 3, line: 3, file: jsonl, value: '1.5' }] });
    expect(results.get('j.contract.email.nullable')).toMatchObject({ count: 2, examples: [{ row: 2, value: '' }, { row: 3, value: '' }] });
    expect(results.get('j.contract.extra_columns')).toMatchObject({ status: 'fail', observed: ['extra'] });
  });
});
