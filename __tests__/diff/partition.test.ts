import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { diffSnapshots } from '../../src/diff/index.js';
import { runDiffJob } from '../../src/diff/jobs.js';
// Seeded, so the expected counts are exact.
import { random } from '../compare/helpers.js';


/** 3,000 baseline rows; the current drops every 50th, changes every 20th, adds 40, repeats 5 keys. */
function snapshots(): { dir: string; baseline: string; current: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'datagate-diff-'));
  const next = random(7);
  const baseline = ['id,amount,label,at'];
  const current = ['id,amount,label,at'];
  for (let i = 1; i <= 3000; i++) {
    const amount = (next() * 1000).toFixed(2);
    const label = `l${Math.floor(next() * 30)}, "q"`;
    const row = `${i},${amount},"${label.replace(/"/g, '""')}",2024-03-01T00:00:${String(i % 60).padStart(2, '0')}Z`;
    baseline.push(row);
    if (i % 50 === 0) continue;
    if (i % 20 === 0) current.push(`${i},${(Number(amount) + 1).toFixed(2)},"${label.replace(/"/g, '""')}",2024-03-01T00:00:${String(i % 60).padStart(2, '0')}Z`);
    else current.push(row);
    if (i % 600 === 7) current.push(`${i},0,dup,2024-03-01T00:00:00Z`);
  }
  for (let i = 5001; i <= 5040; i++) current.push(`${i},1,new,2024-03-02T00:00:00Z`);
  writeFileSync(path.join(dir, 'baseline.csv'), baseline.join('\n') + '\n');
  writeFileSync(path.join(dir, 'current.csv'), current.join('\n') + '\n');
  return { dir, baseline: path.join(dir, 'baseline.csv'), current: path.join(dir, 'current.csv') };
}

describe('diff beyond the memory budget', () => {
  it('partitions both sides to disk and finds exactly what the in-memory diff finds', async () => {
    const { baseline, current } = snapshots();
    const sides = [{ files: [baseline], options: {} }, { files: [current], options: {} }];
    const inMemory = await diffSnapshots(sides[0], sides[1], { key: ['id'] });
    const temp = mkdtempSync(path.join(tmpdir(), 'datagate-diff-temp-'));
    const onDisk = await diffSnapshots(sides[0], sides[1], { key: ['id'] }, { memoryBudget: 4096, tempDir: temp });
    expect(inMemory).toMatchObject({ added: 40, removed: 60, changed: 120, unchanged: 2820, duplicateKeys: { baseline: 0, current: 5 } });
    expect(inMemory.columns.map((c) => [c.name, c.changed])).toEqual([['amount', 120], ['label', 0], ['at', 0]]);
    expect(inMemory.columns[0].meanDelta).toBeCloseTo(1, 9);
    expect(inMemory.partitions).toBeUndefined();
    expect(onDisk.partitions).toBe(16);
    const { partitions: _ignored, ...rest } = onDisk;
    expect(rest).toEqual(inMemory);
    // The temp folder of partitions is removed when the diff ends.
    expect(readdirSync(temp)).toEqual([]);
  });

  it('reads both sides and matches partitions in parallel jobs, with the same result', async () => {
    const { baseline, current } = snapshots();
    const sides = [{ files: [baseline], options: {} }, { files: [current], options: {} }];
    const inMemory = await diffSnapshots(sides[0], sides[1], { key: ['id'] });
    const jobs: string[] = [];
    // The worker's code, run in process: the bundled worker threads run exactly these jobs.
    // Beyond the memory budget, so the sides' key tables go to partition files that match jobs read.
    const parallel = await diffSnapshots(sides[0], sides[1], { key: ['id'] }, {
      memoryBudget: 4096, threads: 3, run: (job) => { jobs.push('side' in job ? `${job.kind} ${job.side}` : `${job.kind} ${job.parts.join(',')}`); return runDiffJob(job); },
    });
    // Each side scanned, the partitions matched by key, then the rows that hash apart fetched.
    expect(jobs).toEqual(['encode baseline', 'encode current', 'match 0,3,6,9,12,15', 'match 1,4,7,10,13', 'match 2,5,8,11,14', 'fetch baseline', 'fetch current']);
    const { partitions, ...rest } = parallel;
    expect(partitions).toBe(16);
    expect(rest).toEqual(inMemory);
    // Within the budget, the scans hand their key tables back and this thread matches them.
    jobs.length = 0;
    const handedBack = await diffSnapshots(sides[0], sides[1], { key: ['id'] }, {
      threads: 3, run: (job) => { jobs.push('side' in job ? `${job.kind} ${job.side}` : `${job.kind} ${job.parts.join(',')}`); return runDiffJob(job); },
    });
    expect(jobs).toEqual(['encode baseline', 'encode current', 'fetch baseline', 'fetch current']);
    expect(handedBack).toEqual(inMemory);
  });

  it('reads an empty side as all rows added (or removed)', async () => {
    const { dir, current } = snapshots();
    const empty = path.join(dir, 'empty.csv');
    writeFileSync(empty, 'id,amount,label,at\n');
    const diff = await diffSnapshots({ files: [empty], options: {} }, { files: [current], options: {} }, { key: ['id'] });
    expect(diff).toMatchObject({ rows: { baseline: 0, current: 2985 }, added: 2980, removed: 0, changed: 0, unchanged: 0, duplicateKeys: { current: 5 } });
    expect(diff.columns.map((c) => c.name)).toEqual(['amount', 'label', 'at']);
    const reverse = await diffSnapshots({ files: [current], options: {} }, { files: [empty], options: {} }, { key: ['id'] });
    expect(reverse).toMatchObject({ added: 0, removed: 2980 });
  });

  it('compares a column of mixed types cell by cell: a number and its text are equal, other text is a change', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'datagate-diff-mixed-'));
    writeFileSync(path.join(dir, 'a.jsonl'), ['{"id":1,"v":5}', '{"id":2,"v":"5.0"}', '{"id":3,"v":"n/a"}', '{"id":4,"v":true}', '{"id":"5","v":null}'].join('\n') + '\n');
    writeFileSync(path.join(dir, 'b.csv'), 'id,v\n1,5\n2,5\n3,5\n4,true\n5,\n');
    const diff = await diffSnapshots({ files: [path.join(dir, 'a.jsonl')], options: {} }, { files: [path.join(dir, 'b.csv')], options: {} }, { key: ['id'] });
    expect(diff).toMatchObject({ changed: 1, unchanged: 4, added: 0, removed: 0 });
    expect(diff.examples.changed).toEqual([{ key: { id: 3 }, changes: [{ column: 'v', before: 'n/a', after: 5 }] }]);
  });
});
