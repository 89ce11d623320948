import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCheck } from '../../src/run/check.js';
import { Profiler } from '../../src/profile/index.js';
import { readBatches } from '../../src/readers/index.js';
import type { GateResult } from '../../src/report/types.js';

// `check` profiles CSV fields in place and hands the contract checks strings of the columns
// they read only: the report must read as if every row had gone through in full.

function dataset(): { config: string; parts: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'datagate-check-'));
  mkdirSync(path.join(dir, 'data'));
  const part1 = ['id,age,country,note,at'];
  for (let i = 1; i <= 3000; i++) part1.push(`${i},${i % 500 === 0 ? -1 : 20 + (i % 60)},${['US', 'DE', 'FR'][i % 3]},"n, ${i % 7}",2024-01-0${1 + (i % 9)}T00:00:00Z`);
  const part2 = ['id,age,country,note,at'];
  for (let i = 3001; i <= 5000; i++) {
    if (i === 4000) part2.push('4000,33');
    else part2.push(`${i === 4500 ? 7 : i},${i % 500 === 0 ? -1 : 20 + (i % 60)},${i === 4700 ? 'XX' : ['US', 'DE', 'FR'][i % 3]},n${i % 5},2024-02-01T00:00:00Z`);
  }
  const parts = [path.join(dir, 'data', 'part-1.csv'), path.join(dir, 'data', 'part-2.csv')];
  writeFileSync(parts[0], part1.join('\n') + '\n');
  writeFileSync(parts[1], part2.join('\r\n') + '\r\n');
  const config = path.join(dir, 'datagate.yml');
  writeFileSync(config, [
    'datasets:',
    '  - name: events',
    '    current: data/*.csv',
    '    schema:',
    '      columns:',
    '        id: { type: integer, unique: true }',
    '        age: { type: integer, min: 0 }',
    '        country: { type: string, allowed: [US, DE, FR] }',
    '    freshness: { column: at, max_age: 30d }',
    '',
  ].join('\n'));
  return { config, parts };
}

function gate(gates: GateResult[], id: string): GateResult {
  const found = gates.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no gate ${id}`);
  return found;
}

describe('check on a CSV dataset of two files', () => {
  it('finds every violation with whole-dataset rows and per-file lines, and profiles as the batch reader does', async () => {
    const { config, parts } = dataset();
    const result = await runCheck({ configPath: config, baselineResolver: () => Promise.reject(new Error('no baseline here')), now: new Date('2024-02-10T00:00:00Z') });
    const { gates } = result.report;
    expect(result.report.datasets[0].rows.current).toBe(5000);
    expect(gate(gates, 'events.contract.age.min')).toMatchObject({
      status: 'fail', count: 9,
      examples: [
        { row: 500, line: 501, file: 'data/part-1.csv', value: '-1' },
        { row: 1000, line: 1001, file: 'data/part-1.csv', value: '-1' },
        { row: 1500, line: 1501, file: 'data/part-1.csv', value: '-1' },
        { row: 2000, line: 2001, file: 'data/part-1.csv', value: '-1' },
        { row: 2500, line: 2501, file: 'data/part-1.csv', value: '-1' },
      ],
    });
    expect(gate(gates, 'events.contract.country.allowed')).toMatchObject({ status: 'fail', count: 1, examples: [{ row: 4700, line: 1701, file: 'data/part-2.csv', value: 'XX' }] });
    // Id 7 again in the second file; the short row (id 4000) has no country: null, allowed.
    expect(gate(gates, 'events.contract.id.unique')).toMatchObject({ status: 'fail', count: 1 });
    expect(gate(gates, 'events.freshness').status).toBe('pass');
    expect(gates.find((candidate) => candidate.kind === 'read')).toMatchObject({ count: 1 });

    const profiler = new Profiler();
    for await (const batch of readBatches(parts, {}, () => undefined)) profiler.add(batch);
    const { source: _source, ...profile } = result.profiles[0].profile;
    // The batch reader has no word on the delimiter; check records the one it read with.
    expect(profile).toEqual({ ...profiler.finish(), delimiter: ',' });
  });
});

describe('check with mistakes in several datasets and models', () => {
  it('checks every one and reports every mistake in one error, not the first', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'datagate-mistakes-'));
    writeFileSync(path.join(dir, 'good.csv'), 'id\n1\n2\n');
    writeFileSync(path.join(dir, 'bad.jsonl'), '{"id": 1}\n{"id":\n');
    writeFileSync(path.join(dir, 'datagate.yml'), [
      'datasets:',
      '  - { name: missing, current: missing.csv }',
      '  - { name: good, current: good.csv }',
      '  - { name: bad, current: bad.jsonl }',
      'models:',
      '  - { name: model, current: metrics.json, metrics: { accuracy: { min: 0.5 } } }',
      '',
    ].join('\n'));
    const failure = runCheck({ configPath: path.join(dir, 'datagate.yml'), baselineResolver: async () => null });
    await expect(failure).rejects.toMatchObject({
      name: 'UserError',
      problems: [
        { file: 'missing.csv', message: 'no such file or folder' },
        { file: 'bad.jsonl', line: 2, message: expect.stringMatching(/^invalid JSON/) },
        { file: 'metrics.json', message: 'no such file' },
      ],
    });
  });
});

describe('files in gate messages', () => {
  it('are named relative to the config, as in examples, never by the runner\'s absolute path', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'datagate-names-'));
    mkdirSync(path.join(dir, 'data'));
    writeFileSync(path.join(dir, 'data', 'users.csv'), 'id,age\n1,30\n');
    writeFileSync(path.join(dir, 'datagate.yml'), 'datasets:\n  - name: users\n    current: data/users.csv\n    schema:\n      columns:\n        agee: { min: 0 }\n');
    const { report } = await runCheck({ configPath: path.join(dir, 'datagate.yml'), baselineResolver: async () => null });
    const missing = gate(report.gates, 'users.contract.agee.required');
    expect(missing.message).toBe('column "agee" is missing from data/users.csv (columns: id, age): did you mean "age"?');
    expect(JSON.stringify(report.gates)).not.toContain(dir);
  });
});
