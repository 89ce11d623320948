import { describe, expect, it } from '@jest/globals';
import { roundUp } from '../../src/accept/changes.js';
import { unifiedDiff } from '../../src/accept/diff.js';

describe('unifiedDiff', () => {
  it('prints hunks as diff -u does, with three lines of context and removals before additions', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
    const after = before.replace('line 2\n', 'line two\n').replace('line 15\n', 'line 15\nline 15b\n');
    expect(unifiedDiff(before, after, 'f.yml')).toBe([
      '--- a/f.yml', '+++ b/f.yml',
      '@@ -1,5 +1,5 @@', ' line 1', '-line 2', '+line two', ' line 3', ' line 4', ' line 5',
      '@@ -13,6 +13,7 @@', ' line 13', ' line 14', ' line 15', '+line 15b', ' line 16', ' line 17', ' line 18',
      '',
    ].join('\n'));
  });

  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\n', 'a\n', 'f')).toBe('');
  });
});

describe('roundUp', () => {
  it('rounds a null fraction up to four significant digits, never below it', () => {
    expect(roundUp(4 / 40)).toBe(0.1);
    expect(roundUp(1 / 3)).toBe(0.3334);
    expect(roundUp(0.000123456)).toBe(0.0001235);
    expect(roundUp(0)).toBe(0);
    expect(roundUp(1)).toBe(1);
    for (const fraction of [0.07, 0.29, 0.57, 0.1 + 0.2, 1 / 7, 123 / 4567]) expect(roundUp(fraction)).toBeGreaterThanOrEqual(fraction);
  });
});
