import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { datasetSchema, type DatasetConfig } from '../../src/config/schema.js';
import { contractGates } from '../../src/gates/contract.js';
import { scanDataset } from '../../src/scan/index.js';
import { scanCsvPart, type ScanJob } from '../../src/scan/part.js';
import type { ReadIssue } from '../../src/readers/types.js';
import type { GateResult } from '../../src/report/types.js';

function file(text: string, name = 'data.csv'): string {
  const target = path.join(mkdtempSync(path.join(tmpdir(), 'datagate-scan-')), name);
  writeFileSync(target, text);
  return target;
}

/**
 * 30,000 rows with quoted newlines, ragged rows, nulls, and values that break every rule: ids
 * repeated within a part and across parts (row 29,000 repeats id 5; row 20,000 repeats 15,000),
 * compound keys repeated across parts, out-of-range ages, unknown plans, bad emails.
 */
function sample(): string {
  const lines = ['id,age,plan,email,note,at'];
  for (let i = 1; i <= 30_000; i++) {
    const id = i === 29_000 ? 5 : i === 20_000 ? 15_000 : i === 101 ? 100 : i;
    const age = i % 1_111 === 0 ? '' : i % 4_999 === 0 ? '200' : i % 7_001 === 0 ? 'x' : String(18 + (i % 60));
    const plan = i % 9_000 === 0 ? 'gold' : ['free', 'pro'][i % 2];
    const email = i % 8_500 === 0 ? 'nobody' : `u${i % 12_000}@example.com`;
    const note = i % 7 === 0 ? `"two\nlines, ""q"""` : `n${i % 13}`;
    const at = `2024-0${1 + (i % 6)}-1${i % 10}`;
    lines.push(i % 997 === 0 ? `${id},${age}` : `${id},${age},${plan},${email},${note},${at}`);
  }
  return lines.join('\n') + '\n';
}

const dataset = (current: string): DatasetConfig => datasetSchema.parse({
  name: 'train', current,
  schema: { columns: {
    id: { type: 'integer', unique: true, nullable: false },
    age: { type: 'integer', min: 18, max: 120, max_null_fraction: 0.0001 },
    plan: { allowed: ['free', 'pro'] },
    email: { pattern: '^[^@]+@[^@]+$', min_length: 10, max_length: 30 },
    at: { type: 'date', max: '2024-06-01' },
    missing: { required: false },
  } },
  unique: [['email', 'plan']],
  freshness: { column: 'at', max_age: '30d' },
});

async function scan(target: string, parts: number | undefined): Promise<{ gates: GateResult[]; issues: ReadIssue[]; rows: number; inParts: boolean }> {
  const issues: ReadIssue[] = [];
  let jobs = 0;
  const outcome = await scanDataset(dataset(target), [target], {}, (issue) => issues.push(issue), {
    exact: false, parts, run: parts === undefined ? undefined : (job) => {
      jobs++;
      return scanCsvPart(job as ScanJob);
    },
  });
  const gates = contractGates(outcome.validator, { current: outcome.profile, baseline: null, now: new Date('2024-06-10T00:00:00Z') });
  return { gates, issues, rows: outcome.profile.rows, inParts: jobs > 0 };
}

describe('one scan of a big CSV file in parts (profile and contract)', () => {
  it('gives the contract results of the one-pass read: counts, unique sets, examples in row order', async () => {
    const target = file(sample());
    const whole = await scan(target, undefined);
    expect(whole.inParts).toBe(false);
    const unique = whole.gates.find((gate) => gate.id === 'train.contract.id.unique');
    // Row 101 repeats 100 (first part), 20,000 repeats 15,000 and 29,000 repeats 5 (across parts).
    expect(unique).toMatchObject({ status: 'fail', count: 3, examples: [{ row: 101, value: '100' }, { row: 20_000, value: '15000' }, { row: 29_000, value: '5' }] });
    for (const parts of [2, 3, 4]) {
      const split = await scan(target, parts);
      expect(split.inParts).toBe(true);
      expect(split.rows).toBe(30_000);
      expect(split.gates).toEqual(whole.gates);
      expect(split.issues).toEqual(whole.issues);
    }
  });

  it('keeps the first five examples of a rule in row order when every part has some', async () => {
    const lines = ['id,kind'];
    // Every id appears twice: once in the first half, once in the second.
    for (let i = 1; i <= 20_000; i++) lines.push(`${i <= 10_000 ? i : i - 10_000},${i % 3 === 0 ? 'bad' : 'ok'}`);
    const target = file(lines.join('\n') + '\n');
    const config = datasetSchema.parse({ name: 'train', current: target, schema: { columns: { id: { unique: true }, kind: { allowed: ['ok'] } } }, unique: [['id', 'kind']] });
    const run = async (parts: number | undefined) => {
      const outcome = await scanDataset(config, [target], {}, () => undefined, { exact: false, parts, run: parts === undefined ? undefined : (job) => scanCsvPart(job as ScanJob) });
      return contractGates(outcome.validator, { current: outcome.profile, baseline: null, now: new Date() });
    };
    const whole = await run(undefined);
    expect(whole.find((gate) => gate.id === 'train.contract.id.unique')).toMatchObject({ count: 10_000, message: '"id": 10000 duplicate values' });
    expect(whole.find((gate) => gate.id === 'train.contract.id+kind.unique')?.examples?.[0]).toMatchObject({ row: 10_001, value: '1, ok' });
    for (const parts of [2, 3]) expect(await run(parts)).toEqual(whole);
  });
});
