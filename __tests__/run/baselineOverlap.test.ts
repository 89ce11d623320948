import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createBaselineResolver, type BaselineResolver } from '../../src/baseline/index.js';
import { datasetSchema, type FileDatasetConfig } from '../../src/config/schema.js';
import { checkDataset, type DatasetContext, type DatasetOutcome } from '../../src/run/dataset.js';
import { plainFiles } from '../../src/run/prewarm.js';
import { scanCsvPart, type ScanJob } from '../../src/scan/part.js';

// Without a key, `check` starts the baseline's read once the current's parts are queued: on the
// workers its parts queue behind the current's, and are read while the current's are merged.

function csv(rows: number, shift: number): string {
  const lines = ['id,amount,plan'];
  for (let i = 1; i <= rows; i++) lines.push(`${i},${((i * 37) % 1000) / 10 + shift},${['free', 'pro'][i % 2]}`);
  return lines.join('\n') + '\n';
}

const dir = mkdtempSync(path.join(tmpdir(), 'datagate-overlap-'));
writeFileSync(path.join(dir, 'now.csv'), csv(20_000, 1));
writeFileSync(path.join(dir, 'base.csv'), csv(15_000, 0));
const config = datasetSchema.parse({
  name: 'orders', current: 'now.csv', baseline: 'base.csv', schema: { columns: { id: { type: 'integer', unique: true }, amount: { min: 0 } } },
}) as FileDatasetConfig;

function context(events: string[], resolver: BaselineResolver = createBaselineResolver({ cwd: dir })): DatasetContext {
  return {
    dir,
    now: new Date('2024-06-01T00:00:00Z'),
    baselineResolver: async (...args) => {
      events.push('baseline resolved');
      return resolver(...args);
    },
    // The current's parts in process, each ending only after this thread has had its turn.
    scan: {
      parts: 2,
      run: async (job) => {
        events.push('part queued');
        await new Promise((resolve) => setTimeout(resolve, 20));
        const result = await scanCsvPart(job as ScanJob);
        events.push('part read');
        return result;
      },
    },
  };
}

function verdicts(outcome: DatasetOutcome) {
  return outcome.gates.map((gate) => [gate.id, gate.status, gate.message]);
}

describe('a check reads its baseline while the current is read', () => {
  it('resolves and reads the baseline once the current\'s parts are queued, with the report of one after the other', async () => {
    const events: string[] = [];
    const outcome = await checkDataset(config, context(events));
    expect(events).toEqual(['part queued', 'part queued', 'baseline resolved', 'part read', 'part read']);
    expect(outcome.report.rows).toEqual({ baseline: 15_000, current: 20_000 });
    expect(outcome.report.baseline).toEqual({ source: 'base.csv' });

    // The same verdicts as when the baseline is resolved only after the current's read.
    const sequential: string[] = [];
    let read: Promise<unknown> = Promise.resolve();
    const late = context(sequential);
    const run = late.scan!.run!;
    late.scan!.run = (job, signal) => {
      const part = run(job, signal);
      read = Promise.all([read, part]);
      return part;
    };
    const resolver = late.baselineResolver;
    late.baselineResolver = async (...args) => {
      await read;
      return resolver(...args);
    };
    const after = await checkDataset(config, late);
    expect(sequential.slice(-1)).toEqual(['baseline resolved']);
    expect(verdicts(after)).toEqual(verdicts(outcome));
    expect(after.report).toEqual(outcome.report);
  });

  it('never resolves the baseline when the current cannot be read', async () => {
    const events: string[] = [];
    await expect(checkDataset({ ...config, current: 'missing.csv' }, context(events))).rejects.toThrow('missing.csv');
    expect(events).toEqual([]);
  });
});

describe('the first look at a config, to start part workers early', () => {
  it('lists the datasets\' single CSV/TSV files, and nothing for globs, gzip, other formats or a config that does not parse', () => {
    const text = [
      'datasets:',
      '  - { name: a, current: data/big.csv }',
      '  - { name: b, current: "logs/*.csv" }',
      '  - { name: c, current: t.parquet }',
      '  - { name: d, current: export.txt, format: tsv }',
      '  - { name: e, current: { connection: wh, table: orders } }',
      '  - { name: f, current: [x.csv] }',
      '  - { name: g, current: big.csv.gz, format: csv }',
      '',
    ].join('\n');
    expect(plainFiles(text)).toEqual(['data/big.csv', 'export.txt']);
    expect(plainFiles('datasets: [ {')).toEqual([]);
    expect(plainFiles('models: []')).toEqual([]);
    expect(plainFiles('datasets:\n  - null\n  - current: a.TSV\n')).toEqual(['a.TSV']);
  });
});
