import { describe, expect, it } from '@jest/globals';
import { annotationsFor } from '../../src/github/annotations.js';
import type { GateResult, Report } from '../../src/report/types.js';

const examples = (count: number, file?: string) => Array.from({ length: count }, (_, i) => ({ row: i + 1, line: i + 2, value: `v${i}`, ...(file ? { file } : {}) }));
const reportWith = (gates: GateResult[]): Report => ({ version: 1, status: 'fail', datasets: [], models: [], gates });

describe('annotationsFor', () => {
  it('annotates the offending lines, relative to the workspace', () => {
    const report = reportWith([{ id: 'train.contract.age.max', kind: 'contract', status: 'fail', message: 'age above 120 in 2 rows', examples: examples(2, 'data/train.csv') }]);
    expect(annotationsFor(report, { configDir: '/work/ml', workspace: '/work' })).toEqual([
      { level: 'error', title: 'datagate train.contract.age.max', message: 'age above 120 in 2 rows (row 1: v0)', file: 'ml/data/train.csv', startLine: 2 },
      { level: 'error', title: 'datagate train.contract.age.max', message: 'age above 120 in 2 rows (row 2: v1)', file: 'ml/data/train.csv', startLine: 3 },
    ]);
  });

  it('makes warnings of warned gates and skips passing ones and examples without a file', () => {
    const report = reportWith([
      { id: 'a', kind: 'contract', status: 'warn', message: 'm', examples: examples(1, 'x.csv') },
      { id: 'b', kind: 'contract', status: 'pass', message: 'm', examples: examples(1, 'x.csv') },
      { id: 'c', kind: 'contract', status: 'fail', message: 'm', examples: examples(3) },
    ]);
    expect(annotationsFor(report, { configDir: '/w', workspace: '/w' }).map((a) => [a.level, a.title])).toEqual([['warning', 'datagate a']]);
  });

  it('caps at 10 per gate and 50 in all', () => {
    const gates: GateResult[] = Array.from({ length: 8 }, (_, i) => ({ id: `g${i}`, kind: 'contract', status: 'fail', message: 'm', examples: examples(25, 'x.csv') }));
    const annotations = annotationsFor(reportWith(gates), { configDir: '/w', workspace: '/w' });
    expect(annotations).toHaveLength(50);
    expect(annotations.filter((a) => a.title === 'datagate g0')).toHaveLength(10);
  });
});
