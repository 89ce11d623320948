import { describe, expect, it } from '@jest/globals';
import { keysAt, nearest } from '../../src/config/hints.js';
import { configSchema } from '../../src/config/schema.js';

describe('config hints', () => {
  it('finds the key or value a word most likely misspells, within two edits (one for short words)', () => {
    expect(nearest('treshold', ['threshold', 'method'])).toBe('threshold');
    expect(nearest('Current', ['current', 'baseline'])).toBe('current');
    expect(nearest('kss', ['ks', 'psi'])).toBe('ks');
    expect(nearest('abc', ['ks', 'psi'])).toBeUndefined();
    expect(nearest('xyzzy', ['unique', 'nullable'])).toBeUndefined();
    // Untrusted text: a long word is not compared at all.
    expect(nearest('a'.repeat(10_000), ['a'])).toBeUndefined();
  });

  it('lists the keys allowed where an object stands, through lists, maps and every option of a union', () => {
    expect(keysAt(configSchema, [])).toEqual(expect.arrayContaining(['datasets', 'models', 'report']));
    expect(keysAt(configSchema, ['datasets', 0, 'schema', 'columns', 'id'])).toEqual(expect.arrayContaining(['type', 'unique', 'allowed']));
    expect(keysAt(configSchema, ['datasets', 0, 'baseline'])).toEqual(expect.arrayContaining(['git', 'path', 'artifact', 'branch']));
    expect(keysAt(configSchema, ['no', 'such', 'place'])).toEqual([]);
  });
});
