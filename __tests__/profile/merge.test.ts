import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { Profiler, mergeProfiles } from '../../src/profile/index.js';
import type { Batch } from '../../src/readers/types.js';
import type { Profile } from '../../src/profile/types.js';

const cell = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -50, max: 50 }).map(String) },
  { weight: 3, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom('', 'true', 'false', '2024-01-02', '2024-01-02T03:04:05Z', 'abc', 'NA') },
);
const rows = fc.array(fc.tuple(cell, cell, fc.constantFrom('a', 'b', 'c', '')), { maxLength: 120 });

function profileOf(parts: [string, string, string][][], columns = ['x', 'y', 'z']): Profile {
  const profiler = new Profiler({ nullValues: ['NA'] });
  let firstRow = 1;
  for (const part of parts) {
    if (part.length === 0) continue;
    const batch: Batch = { columns, data: columns.map((_, c) => part.map((row) => row[c])), length: part.length, firstRow, file: 'x' };
    profiler.add(batch);
    firstRow += part.length;
  }
  return profiler.finish();
}

/** Everything but floating-point moments must match exactly; moments to 1e-9 relative. */
function expectSameProfile(merged: Profile, whole: Profile): void {
  expect(merged.rows).toBe(whole.rows);
  expect(merged.columns.map((c) => c.name)).toEqual(whole.columns.map((c) => c.name));
  merged.columns.forEach((column, i) => {
    const other = whole.columns[i];
    const { mean, std, state: _state, ...rest } = column;
    const { mean: otherMean, std: otherStd, state: _otherState, ...otherRest } = other;
    expect(rest).toEqual(otherRest);
    for (const [a, b] of [[mean, otherMean], [std, otherStd]]) {
      if (b === undefined) expect(a).toBeUndefined();
      else expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
    }
  });
}

describe('mergeProfiles', () => {
  it('merge(profile(A), profile(B)) equals profile(A ∪ B) under the exact budgets', () => {
    fc.assert(
      fc.property(rows, rows, (a, b) => {
        const merged = mergeProfiles(profileOf([a]), profileOf([b]));
        expectSameProfile(merged, profileOf([a, b]));
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it('survives a JSON round trip of both sides (a stored baseline merges)', () => {
    fc.assert(
      fc.property(rows, rows, (a, b) => {
        const stored = (profile: Profile): Profile => JSON.parse(JSON.stringify(profile));
        expectSameProfile(mergeProfiles(stored(profileOf([a])), stored(profileOf([b]))), profileOf([a, b]));
      }),
      { numRuns: 50, seed: 12 },
    );
  });

  it('fills a column that only one side has with nulls for the other side\'s rows', () => {
    const left = profileOf([[['1', '2', 'a']]], ['x', 'y', 'z']);
    const right = profileOf([[['3', 'q', 'b'], ['4', 'r', 'c']]], ['x', 'w', 'z']);
    const merged = mergeProfiles(left, right);
    expect(merged.rows).toBe(3);
    expect(merged.columns.map((c) => [c.name, c.count, c.nulls])).toEqual([['x', 3, 0], ['y', 1, 2], ['z', 3, 0], ['w', 2, 1]]);
  });

  it('merges counts and moments exactly beyond the sketch budgets, sketches within their bounds', () => {
    const make = (start: number, count: number) => Array.from({ length: count }, (_, i) => {
      const v = start + i;
      return [String((v * 7919) % 100_003), String(((v * 104729) % 1000) / 10), `c${v % 37}`] as [string, string, string];
    });
    const a = make(0, 30_000);
    const b = make(30_000, 45_000);
    const merged = mergeProfiles(profileOf([a]), profileOf([b]));
    const whole = profileOf([a, b]);
    for (let i = 0; i < 3; i++) {
      const [m, w] = [merged.columns[i], whole.columns[i]];
      expect([m.type, m.count, m.nulls, m.min, m.max, m.minLength, m.maxLength]).toEqual([w.type, w.count, w.nulls, w.min, w.max, w.minLength, w.maxLength]);
    }
    for (let i = 0; i < 2; i++) {
      expect(merged.columns[i].mean).toBeCloseTo(whole.columns[i].mean as number, 8);
      expect(merged.columns[i].std).toBeCloseTo(whole.columns[i].std as number, 8);
    }
    // 75,000 distinct values: HyperLogLog, within 3 standard errors (3 × 1.6%).
    expect(Math.abs((merged.columns[0].distinct as number) / 75_000 - 1)).toBeLessThan(0.05);
    // 37 categories: exact on both paths.
    expect(merged.columns[2].top).toEqual(whole.columns[2].top);
    expect(merged.columns[2].distinct).toBe(37);
  });

  it('hashes a number the same way before and after a merge, so shared values are counted once', () => {
    // Part a: 8,000 distinct numbers, counted exactly; part b: the same plus 32,000 more,
    // sketched. Numbers are counted by value (hash of the bits); a merge that hashed a's listed
    // values by their text would count those 8,000 twice (48,000).
    const numbers = (from: number, count: number) => Array.from({ length: count }, (_, i) => {
      const v = from + i;
      return [String(v * 3), (v / 8).toFixed(3).replace(/0+$/, '').replace(/\.$/, ''), 'x'] as [string, string, string];
    });
    const a = numbers(0, 8_000);
    const b = numbers(0, 40_000);
    const merged = mergeProfiles(profileOf([a]), profileOf([b]));
    for (const column of merged.columns.slice(0, 2)) {
      expect(Math.abs((column.distinct as number) / 40_000 - 1)).toBeLessThan(0.05);
    }
    // Through JSON, as a stored baseline is merged.
    const again = mergeProfiles(JSON.parse(JSON.stringify(profileOf([a]))) as Profile, JSON.parse(JSON.stringify(merged)) as Profile);
    expect(Math.abs((again.columns[0].distinct as number) / 40_000 - 1)).toBeLessThan(0.05);
  });
  it("keeps tables' declared nullability: NOT NULL only where both sides declare it, none where a side declares nothing", () => {
    const declare = (profile: Profile, declared: (boolean | undefined)[]): Profile => {
      profile.columns.forEach((column, i) => {
        if (declared[i] !== undefined) column.declaredNullable = declared[i];
      });
      return profile;
    };
    const a = declare(profileOf([[['1', '2', 'a']]]), [false, false, undefined]);
    const b = declare(profileOf([[['3', '4', 'b']]]), [false, true, false]);
    expect(mergeProfiles(a, b).columns.map((column) => column.declaredNullable)).toEqual([false, true, undefined]);
    // A column one side lacks gets that side's rows as nulls: no declaration survives.
    const c = declare(profileOf([[['5', '6', '']]], ['x', 'w', 'v']), [false, false]);
    expect(mergeProfiles(a, c).columns.map((column) => [column.name, column.declaredNullable])).toEqual([['x', false], ['y', undefined], ['z', undefined], ['w', undefined], ['v', undefined]]);
  });
});
