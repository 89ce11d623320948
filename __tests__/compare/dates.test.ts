// Date columns are compared by range and recency, never by a drift method; contracts read the
// date formats of src/profile/dates.ts.

import { describe, expect, it } from '@jest/globals';
import { compareDrift } from '../../src/compare/index.js';
import { ContractValidator } from '../../src/contract/validator.js';
import { Profiler } from '../../src/profile/index.js';
import { evidence } from '../../src/report/markdown/drift.js';
import { batch, dataset, NOW } from '../contract/batches.js';
import { contractGates } from '../../src/gates/contract.js';

function days(start: string, count: number, format: (date: Date) => string): string[] {
  return Array.from({ length: count }, (_, i) => format(new Date(Date.parse(start) + i * 86_400_000)));
}

const dotted = (date: Date) => `${String(date.getUTCDate()).padStart(2, '0')}.${String(date.getUTCMonth() + 1).padStart(2, '0')}.${date.getUTCFullYear()}`;

function profileOf(columns: Record<string, string[]>) {
  const names = Object.keys(columns);
  const profiler = new Profiler();
  profiler.add({ columns: names, data: names.map((name) => columns[name]), length: columns[names[0]].length, firstRow: 1, file: 'x.csv' });
  return profiler.finish();
}

describe('date columns in drift', () => {
  const baseline = profileOf({ day: days('2023-01-01', 400, dotted), plan: Array.from({ length: 400 }, (_, i) => ['a', 'b'][i % 2]) });
  const current = profileOf({ day: days('2023-02-05', 400, dotted), plan: Array.from({ length: 400 }, (_, i) => ['a', 'b'][i % 2]) });

  it('report how the range moved, without a drift alarm and outside the drifted share', () => {
    const drift = compareDrift(baseline, current, { method: 'auto', columns: {} });
    const day = drift.columns.find((column) => column.name === 'day')!;
    expect(day).toMatchObject({
      score: 0, drifted: false, status: 'pass',
      range: { baseline: { min: '2023-01-01', max: '2024-02-04' }, current: { min: '2023-02-05', max: '2024-03-10' } },
      note: 'compared by range: newest 2024-02-04 → 2024-03-10 (+35 days), oldest 2023-01-01 → 2023-02-05 (+35 days) (DD.MM.YYYY)',
    });
    expect(drift.share).toBe(0);
  });

  it('show the newest and oldest dates as the evidence of the comment', () => {
    const day = compareDrift(baseline, current, { method: 'auto', columns: {} }).columns.find((column) => column.name === 'day')!;
    expect(evidence(day, { evidence: 3, name: 40 } as Parameters<typeof evidence>[1]).slice(0, 2)).toEqual([
      'newest 2024-02-04 → 2024-03-10 (+35 days)', 'oldest 2023-01-01 → 2023-02-05 (+35 days)',
    ]);
  });
});

describe('contracts on dates in other formats', () => {
  it('judge freshness by the newest date as the column reads it (DD/MM/YYYY)', () => {
    const values = ['01/06/2024', '03/06/2024', '09/06/2024', '13/05/2024'];
    const config = dataset({ freshness: { column: 'day', max_age: '2d' }, schema: { columns: { day: { type: 'date', min: '2024-01-01' } } } });
    const validator = new ContractValidator(config, {});
    validator.add(batch(['day'], values.map((value) => [value])));
    const results = contractGates(validator, { current: profileOf({ day: values }), baseline: null, now: NOW });
    expect(results.find((result) => result.kind === 'freshness')).toMatchObject({ status: 'pass', observed: '2024-06-09T00:00:00.000Z' });
    expect(results.find((result) => result.id === 'train.contract.day.type')).toMatchObject({ status: 'pass' });
    expect(results.find((result) => result.id === 'train.contract.day.min')).toMatchObject({ status: 'pass' });
  });

  it('find dates below a contract minimum in DD.MM.YYYY', () => {
    const values = ['01.06.2024', '31.12.2023'];
    const validator = new ContractValidator(dataset({ schema: { columns: { day: { type: 'date', min: '2024-01-01' } } } }), {});
    validator.add(batch(['day'], values.map((value) => [value])));
    const results = contractGates(validator, { current: profileOf({ day: values }), baseline: null, now: NOW });
    expect(results.find((result) => result.id === 'train.contract.day.min')).toMatchObject({ status: 'fail', count: 1 });
  });
});
