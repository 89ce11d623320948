import { describe, expect, it } from '@jest/globals';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Profiler, categoryCounts, numericSample, profileFiles } from '../../src/profile/index.js';
import type { ColumnProfile, Profile } from '../../src/profile/types.js';

const fixtures = path.resolve('__tests__/fixtures/profile');

interface NumericExpectation {
  count: number; nulls: number; distinct: number; min: number; max: number; mean: number; std: number;
  quantiles: Record<string, number>; histogram: { edges: number[]; counts: number[] };
}

async function expected(): Promise<Record<string, Record<string, unknown>> & { age: NumericExpectation; score: NumericExpectation }> {
  return JSON.parse(await fs.readFile(path.join(fixtures, 'mixed.expected.json'), 'utf8'));
}

function column(profile: Profile, name: string): ColumnProfile {
  const found = profile.columns.find((c) => c.name === name);
  if (!found) throw new Error(`no column ${name}`);
  return found;
}

function expectNumeric(actual: ColumnProfile, want: NumericExpectation): void {
  expect(actual.count).toBe(want.count);
  expect(actual.nulls).toBe(want.nulls);
  expect(actual.distinct).toBe(want.distinct);
  expect(actual.min).toBe(want.min);
  expect(actual.max).toBe(want.max);
  expect(actual.mean).toBeCloseTo(want.mean, 10);
  expect(actual.std).toBeCloseTo(want.std, 10);
  for (const [key, value] of Object.entries(want.quantiles)) expect(actual.quantiles?.[key as 'p01']).toBeCloseTo(value, 10);
  expect(actual.histogram?.counts).toEqual(want.histogram.counts);
  actual.histogram?.edges.forEach((edge, i) => expect(edge).toBeCloseTo(want.histogram.edges[i], 10));
}

describe('profileFiles on a mixed CSV (numbers from NumPy)', () => {
  const file = path.join(fixtures, 'mixed.csv');

  it('profiles integer and number columns exactly, with NA as null only when configured', async () => {
    const want = await expected();
    const profile = await profileFiles([file], { nullValues: ['NA'] }, () => undefined);
    expect(profile.rows).toBe(500);
    expect(column(profile, 'age').type).toBe('integer');
    expectNumeric(column(profile, 'age'), want.age);
    expect(column(profile, 'age').top).toEqual((want.age as unknown as { top: unknown }).top);
    expect(column(profile, 'score').type).toBe('number');
    expectNumeric(column(profile, 'score'), want.score);
  });

  it('reads NA as a string unless configured, making the column string with the parsed share', async () => {
    const profile = await profileFiles([file], {}, () => undefined);
    const score = column(profile, 'score');
    expect(score.type).toBe('string');
    expect(score.parsed?.type).toBe('number');
    expect(score.mean).toBeUndefined();
  });

  it('records the share of values that parsed for a mostly-integer string column', async () => {
    const want = await expected();
    const code = column(await profileFiles([file], {}, () => undefined), 'code');
    expect(code.type).toBe('string');
    expect(code.parsed).toEqual({ type: 'integer', share: (want.code as { parsedShare: number }).parsedShare });
  });

  it('types booleans, dates and categories, with top values and lengths', async () => {
    const want = await expected();
    const profile = await profileFiles([file], {}, () => undefined);
    expect(column(profile, 'flag').type).toBe('boolean');
    expect(column(profile, 'flag').top).toEqual(want.flag.top);
    expect(column(profile, 'color').type).toBe('string');
    expect(column(profile, 'color').top).toEqual(want.color.top);
    expect(column(profile, 'color').distinct).toBe(4);
    const day = column(profile, 'day');
    expect(day.type).toBe('date');
    expect([day.min, day.max]).toEqual([want.day.min, want.day.max]);
    const note = column(profile, 'note');
    expect([note.distinct, note.minLength, note.maxLength]).toEqual([want.note.distinct, want.note.minLength, want.note.maxLength]);
  });

  it('keeps the profile JSON-serialisable: a round trip changes nothing', async () => {
    const profile = await profileFiles([file], {}, () => undefined);
    expect(JSON.parse(JSON.stringify(profile))).toEqual(profile);
  });
});

describe('Profiler', () => {
  const batch = (columns: string[], data: unknown[][], firstRow = 1) =>
    ({ columns, data: data as never, length: data[0].length, firstRow, file: 'x' });

  it('promotes integer to number to string over the whole column, not the first rows', () => {
    const profiler = new Profiler();
    profiler.add(batch(['a', 'b', 'c'], [['1', '2'], ['1', '2'], ['2024-01-01', '2024-01-02']]));
    profiler.add(batch(['a', 'b', 'c'], [['3.5', '4'], ['x', '4'], ['2024-01-03T10:00:00Z', '']]));
    const profile = profiler.finish();
    expect(profile.columns.map((c) => c.type)).toEqual(['number', 'string', 'timestamp']);
    expect(profile.columns[1].parsed).toEqual({ type: 'integer', share: 0.75 });
  });

  it('counts a column missing from some batches as null there', () => {
    const profiler = new Profiler();
    profiler.add(batch(['a'], [['1', '2']]));
    profiler.add(batch(['a', 'b'], [['3'], ['x']]));
    const profile = profiler.finish();
    expect(profile.columns.map((c) => [c.name, c.count, c.nulls])).toEqual([['a', 3, 0], ['b', 1, 2]]);
  });

  it('profiles typed cells (JSON, Parquet): numbers, bigints, booleans, dates, objects; NaN is null', () => {
    const profiler = new Profiler();
    profiler.add(batch(['n', 'big', 'ok', 'at', 'obj'], [
      [1.5, NaN, 2], [1n, 2n, null], [true, false, true], [new Date('2024-01-01T00:00:00Z'), new Date('2024-01-02T00:00:00Z'), null], [{ a: 1 }, [1], null],
    ]));
    const profile = profiler.finish();
    expect(profile.columns.map((c) => [c.type, c.count, c.nulls])).toEqual([
      ['number', 2, 1], ['integer', 2, 1], ['boolean', 3, 0], ['timestamp', 2, 1], ['string', 2, 1],
    ]);
    expect(profile.columns[1].mean).toBe(1.5);
    expect(profile.columns[3].max).toBe('2024-01-02T00:00:00.000Z');
  });

  it('lists typed numbers and times under their text, folding "5" and 5 into one value', () => {
    const profiler = new Profiler();
    profiler.add(batch(['n', 'at'], [[5, '5', 2.5, -0, 0], [new Date('2024-01-01T00:00:00Z'), new Date('2024-01-01T00:00:00Z'), null, null, null]]));
    const [n, at] = profiler.finish().columns;
    expect(categoryCounts(n)).toEqual({ counts: new Map([['0', 2], ['5', 2], ['2.5', 1]]), other: 0, exact: true });
    expect(n.distinct).toBe(3);
    expect(at.top).toEqual([{ value: '2024-01-01T00:00:00.000Z', count: 2 }]);
    // Lengths are of text cells only: the one "5".
    expect([n.minLength, n.maxLength]).toEqual([1, 1]);
  });

  it('gives the exact numeric sample and category counts of a small column', () => {
    const profiler = new Profiler();
    profiler.add(batch(['x'], [['3', '1', '2', '2', '']]));
    const x = profiler.finish().columns[0];
    const sample = numericSample(x);
    expect(sample && [Array.from(sample.values), Array.from(sample.weights), sample.total, sample.exact]).toEqual([[1, 2, 2, 3], [1, 1, 1, 1], 4, true]);
    expect(categoryCounts(x)).toEqual({ counts: new Map([['2', 2], ['1', 1], ['3', 1]]), other: 0, exact: true });
  });

  it('is deterministic: the same input gives the same profile', () => {
    const run = () => {
      const profiler = new Profiler();
      for (let b = 0; b < 5; b++) profiler.add(batch(['x'], [Array.from({ length: 5000 }, (_, i) => String((i * 7919 + b * 31) % 100_003))]));
      return JSON.stringify(profiler.finish());
    };
    expect(run()).toBe(run());
  });
});

describe('profileFiles stopped by a signal', () => {
  it('stops a one-pass CSV read at its next megabyte, rejecting with the signal\'s reason', async () => {
    // Ragged rows all through a file of 4.6 MB (read a megabyte at a time): each is an issue.
    const dir = await fs.mkdtemp(path.join(tmpdir(), 'datagate-stop-'));
    const lines = ['id,note'];
    for (let i = 1; i <= 200_000; i++) lines.push(i % 1000 === 0 ? `${i}` : `${i},${'x'.repeat(20)}`);
    const file = path.join(dir, 'data.csv');
    await fs.writeFile(file, lines.join('\n') + '\n');
    const all: unknown[] = [];
    await profileFiles([file], {}, (issue) => all.push(issue));
    expect(all).toHaveLength(200);

    const stop = new AbortController();
    const seen: unknown[] = [];
    const reading = profileFiles([file], {}, (issue) => {
      seen.push(issue);
      stop.abort(new Error('not needed any more'));
    }, { exact: true, signal: stop.signal });
    await expect(reading).rejects.toThrow('not needed any more');
    // A megabyte holds ≈ 43 of those rows: the read went no further than the next.
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.length).toBeLessThan(100);
  });

  it('reads nothing with a signal already aborted', async () => {
    const stop = new AbortController();
    stop.abort(new Error('stopped'));
    await expect(profileFiles([path.join(fixtures, 'mixed.csv')], {}, () => undefined, { signal: stop.signal })).rejects.toThrow('stopped');
  });
});
