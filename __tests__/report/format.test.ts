import { describe, expect, it } from '@jest/globals';
import { formatCount } from '../../src/report/format.js';

describe('formatCount', () => {
  it('groups thousands as toLocaleString("en") does, without its locale', () => {
    for (const value of [0, 7, 999, 1_000, 12_345, 1_000_000, 987_654_321, -1_234, Number.MAX_SAFE_INTEGER]) {
      expect(formatCount(value)).toBe(value.toLocaleString('en'));
    }
  });
});
