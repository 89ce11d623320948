import { describe, it, expect } from '@jest/globals';
import { rowCount } from '../../src/gates/rows.js';
import { freshness, parseDuration, formatDuration } from '../../src/gates/freshness.js';

const NOW = new Date('2024-06-10T12:00:00Z');

describe('row count gates', () => {
  it('checks min and max against the current row count', () => {
    const results = rowCount.evaluate({ min: 1000, max: 5000 }, { dataset: 'train', current: 999, baseline: null });
    expect(results).toEqual([
      { id: 'train.rows.min', kind: 'rows', dataset: 'train', severity: 'error', status: 'fail', message: '999 rows < min 1000', observed: 999, expected: 1000 },
      { id: 'train.rows.max', kind: 'rows', dataset: 'train', severity: 'error', status: 'pass', message: '999 rows ≤ max 5000', observed: 999, expected: 5000 },
    ]);
  });

  it('compares the relative change with the baseline, in both directions', () => {
    const grew = rowCount.evaluate({ max_change: 0.2 }, { dataset: 't', current: 1250, baseline: 1000 })[0];
    expect(grew).toMatchObject({ id: 't.rows.max_change', status: 'fail', observed: 0.25, expected: 0.2, message: '1000 → 1250 rows (+25%) > ±20%' });
    const shrank = rowCount.evaluate({ max_change: 0.2, severity: 'warn' }, { dataset: 't', current: 700, baseline: 1000 })[0];
    expect(shrank).toMatchObject({ status: 'warn', observed: -0.3, message: '1000 → 700 rows (-30%) > ±20%' });
    const steady = rowCount.evaluate({ max_change: 0.2 }, { dataset: 't', current: 1200, baseline: 1000 })[0];
    expect(steady).toMatchObject({ status: 'pass', observed: 0.2 });
  });

  it('skips the change gate, saying why, when there is no baseline yet', () => {
    const [result] = rowCount.evaluate({ max_change: 0.2 }, { dataset: 't', current: 10, baseline: null });
    expect(result).toMatchObject({ status: 'skip', message: 'no baseline yet: row count change not checked' });
  });

  it('treats growth from an empty baseline as unbounded', () => {
    const [result] = rowCount.evaluate({ max_change: 5 }, { dataset: 't', current: 1, baseline: 0 });
    expect(result).toMatchObject({ status: 'fail', observed: null });
    expect(rowCount.evaluate({ max_change: 0 }, { dataset: 't', current: 0, baseline: 0 })[0]).toMatchObject({ status: 'pass', observed: 0 });
  });
});

describe('durations', () => {
  it('reads seconds, minutes, hours, days and weeks', () => {
    expect(['90s', '30m', '6h', '2d', '1w', '1.5h', ' 2d ', '2 d'].map(parseDuration)).toEqual([
      90_000, 1_800_000, 21_600_000, 172_800_000, 604_800_000, 5_400_000, 172_800_000, 172_800_000,
    ]);
    expect(['2', 'd', '2y', '-2d', '2days', ''].map(parseDuration)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('formats ages with the largest units', () => {
    expect(formatDuration(93_784_000)).toBe('1d 2h 3m');
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(45_000)).toBe('45s');
  });
});

describe('freshness gate', () => {
  const rule = { column: 'signup_at', max_age: '2d' };

  it('passes when the newest value is younger than max_age and fails when older', () => {
    const fresh = freshness.evaluate(rule, { dataset: 't', newest: Date.parse('2024-06-09T12:00:00Z'), present: true, now: NOW });
    expect(fresh).toEqual([{
      id: 't.freshness', kind: 'freshness', dataset: 't', column: 'signup_at', severity: 'error', expected: '2d',
      status: 'pass', observed: '2024-06-09T12:00:00.000Z', message: '"signup_at": newest value 2024-06-09T12:00:00.000Z is 1d old ≤ 2d',
    }]);
    const stale = freshness.evaluate(rule, { dataset: 't', newest: Date.parse('2024-06-08T11:59:59Z'), present: true, now: NOW })[0];
    expect(stale).toMatchObject({ status: 'fail', message: '"signup_at": newest value 2024-06-08T11:59:59.000Z is 2d 1s old > 2d' });
  });

  it('fails when the column is missing or holds no times', () => {
    expect(freshness.evaluate(rule, { dataset: 't', newest: undefined, present: false, now: NOW })[0])
      .toMatchObject({ status: 'fail', message: 'freshness column "signup_at" is missing from the data' });
    expect(freshness.evaluate({ ...rule, severity: 'warn' }, { dataset: 't', newest: undefined, present: true, now: NOW })[0])
      .toMatchObject({ status: 'warn', message: 'freshness column "signup_at" has no date or timestamp values' });
  });
});
