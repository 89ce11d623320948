import { describe, it, expect } from '@jest/globals';
import { UniqueSet } from '../../src/contract/uniqueSet.js';

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
});
