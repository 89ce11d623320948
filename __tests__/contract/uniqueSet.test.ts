import { describe, it, expect } from '@jest/globals';
import { NumberSet, UniqueSet, firstSeenAt } from '../../src/contract/uniqueSet.js';

describe('UniqueSet', () => {
  it('finds repeats across shards once one is full', () => {
    const set = new UniqueSet(3);
    expect(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((key) => set.add(key))).toEqual([true, true, true, true, true, true, true]);
    expect(['a', 'd', 'g', 'h'].map((key) => set.add(key))).toEqual([false, false, false, true]);
    expect(set.size).toBe(8);
  });

  it('keeps integers as numbers without merging different spellings', () => {
    const set = new UniqueSet();
    expect(['42', '042', '+42', '42.0', '-0', '0', '9007199254740993', '9007199254740992'].map((key) => set.add(key)))
      .toEqual([true, true, true, true, true, true, true, true]);
    expect(['42', '-0', '9007199254740993'].map((key) => set.add(key))).toEqual([false, false, false]);
  });

  it('finds repeated integers among 100,000, negative and beyond 2^32 included', () => {
    const set = new UniqueSet();
    const keys = Array.from({ length: 100_000 }, (_, i) => String((i % 2 ? -1 : 1) * (i * 4_294_967_311 % 9_007_199_254_740_000)));
    expect(keys.every((key) => set.add(key))).toBe(true);
    expect(keys.filter((_, i) => i % 1000 === 0).some((key) => set.add(key))).toBe(false);
    expect(set.size).toBe(100_000);
  });

  it('merges a later part: its keys seen before are repeats at their first rows there', () => {
    const first = new UniqueSet(undefined, true);
    ['1', 'a', '2'].forEach((key, i) => first.add(key, i + 1, i + 2));
    const second = new UniqueSet(undefined, true);
    ['3', '2', 'b', 'a', '1'].forEach((key, i) => second.add(key, i + 1, i + 2));
    const whole = new UniqueSet();
    const repeats: [string | number, number, number | undefined][] = [];
    whole.absorb(first.toState(), () => undefined, true);
    whole.absorb(second.toState(), (key, row, line) => repeats.push([key, row, line]), false);
    expect(repeats).toEqual([[2, 2, 3], [1, 5, 6], ['a', 4, 5]]);
    expect(whole.size).toBe(5);
  });
});

describe('where a tracking set first saw each key', () => {
  it('keeps a part of unique rows as one run, and places every key of broken runs exactly', () => {
    const unique = new UniqueSet(undefined, true);
    for (let row = 1; row <= 100_000; row++) unique.add(String(row), row, row + 1);
    const dense = unique.toState().numbersSeen!;
    expect([...dense.starts]).toEqual([0]);
    expect(firstSeenAt(dense, 99_999)).toEqual({ row: 100_000, line: 100_001 });

    // Rows skipped (nulls, repeats), a quoted newline (a line skipped), rows without lines (−1), texts apart.
    const set = new UniqueSet(undefined, true);
    const added: [string, number, number][] = [['1', 1, 2], ['2', 2, 3], ['3', 4, 5], ['4', 5, 7], ['5', 6, 8], ['x', 7, 9], ['6', 8, -1], ['7', 9, -1], ['8', 10, 12], ['y', 11, 13], ['z', 12, 14]];
    for (const [key, row, line] of added) set.add(key, row, line);
    const state = set.toState();
    const numbers = added.filter(([key]) => /\d/.test(key));
    const texts = added.filter(([key]) => !/\d/.test(key));
    expect(numbers.map((_, i) => firstSeenAt(state.numbersSeen!, i))).toEqual(numbers.map(([, row, line]) => ({ row, line })));
    expect(texts.map((_, i) => firstSeenAt(state.textsSeen!, i))).toEqual(texts.map(([, row, line]) => ({ row, line })));
    // Runs: 1–2, 3, 4–5, 6–7 (no lines), 8.
    expect([...state.numbersSeen!.starts]).toEqual([0, 2, 3, 5, 7]);
  });
});

describe('NumberSet', () => {
  it('finds repeats among dense ids kept as bits and far ones hashed, keys in insertion order', () => {
    const set = new NumberSet();
    // The first key places a window of 2^24 integers from 2^22 below it.
    const first = 5_000_000;
    const edges = [first, first - 2 ** 22, first - 2 ** 22 - 1, first - 2 ** 22 + 2 ** 24 - 1, first - 2 ** 22 + 2 ** 24, -7, 2 ** 53 - 1, -(2 ** 53 - 1)];
    const dense = Array.from({ length: 50_000 }, (_, i) => first + 1 + i);
    const far = Array.from({ length: 50_000 }, (_, i) => 10 ** 12 + i * 7919);
    const keys = [...edges, ...dense, ...far];
    expect(keys.every((key) => set.add(key))).toBe(true);
    expect(keys.some((key) => set.add(key))).toBe(false);
    expect(keys.every((key) => set.has(key))).toBe(true);
    expect([first - 1, first + 50_001, -8, 10 ** 12 + 1, 2 ** 53 - 2].some((key) => set.has(key))).toBe(false);
    expect(set.size).toBe(keys.length);
    expect([...set.values()]).toEqual(keys);
  });
});
