import { describe, expect, it } from '@jest/globals';
import { driftedColumns, failureReason, stepOutputs } from '../../src/github/outcome.js';
import type { GateResult, Report } from '../../src/report/types.js';

const gate = (id: string, status: GateResult['status']): GateResult => ({ id, status, kind: 'drift', message: `${id} ${status}` });

const report: Report = {
  version: 1,
  status: 'fail',
  datasets: [{
    name: 'train', status: 'fail', rows: { baseline: 100, current: 104 },
    drift: { share: 0.5, drifted: true, threshold: 0.5, columns: [
      { name: 'age', method: 'ks', score: 0.3, pValue: 0.001, threshold: 0.05, drifted: true, status: 'fail' },
      { name: 'city', method: 'chisquare', score: 1, pValue: 0.5, threshold: 0.05, drifted: false, status: 'pass' },
      { name: 'income', method: 'psi', score: 0.15, pValue: null, threshold: 0.1, drifted: true, status: 'warn' },
    ] },
  }],
  models: [],
  gates: [gate('train.drift.age', 'fail'), gate('train.drift.income', 'warn'), gate('train.rows', 'pass'), gate('train.freshness', 'skip')],
};

describe('step outputs', () => {
  it('counts gates and names drifted columns', () => {
    expect(stepOutputs(report, 'error', { reportPath: '/w/datagate-report.json', commentUrl: 'https://c' })).toEqual({
      status: 'fail',
      report: '/w/datagate-report.json',
      'comment-url': 'https://c',
      'issue-url': '',
      'artifact-id': '',
      'gates-total': '4',
      'gates-failed': '1',
      'gates-warned': '1',
      'gates-passed': '1',
      'gates-skipped': '1',
      'drifted-columns': '2',
      'drifted-column-names': 'train.age,train.income',
      summary: '1 of 3 gates failed: train.drift.age',
    });
  });

  it('summarises a passing run in one line', () => {
    const passing: Report = { ...report, status: 'pass', datasets: [], gates: [gate('a', 'pass'), gate('b', 'pass')] };
    expect(stepOutputs(passing, 'error', { reportPath: 'r.json' }).summary).toBe('pass: 2 gates, 2 passed');
  });
});

describe('failureReason', () => {
  it('fails on errors by default, on warnings with fail-on: warning, never with never', () => {
    const warned: Report = { ...report, status: 'warn', gates: [gate('train.drift.income', 'warn'), gate('train.rows', 'pass')] };
    expect(failureReason(warned, 'error')).toBeNull();
    expect(failureReason(warned, 'warning')).toBe('1 of 2 gates failed or warned: train.drift.income');
    expect(failureReason(report, 'never')).toBeNull();
  });

  it('lists drifted columns in report order', () => {
    expect(driftedColumns(report)).toEqual(['train.age', 'train.income']);
  });
});
