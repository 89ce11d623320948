import { describe, expect, it } from '@jest/globals';
import { profileFiles } from '../../src/profile/index.js';
import { loadProfile } from '../../src/profile/load.js';

describe('a profile of typed cells, stored', () => {
  it('reads back from JSON: numbers and timestamps from Parquet have no text length to store', async () => {
    const profile = await profileFiles(['__tests__/fixtures/readers/parquet/mixed-plain.parquet'], {}, () => {});
    const stored = loadProfile(JSON.parse(JSON.stringify(profile)), 'mixed.profile.json');
    expect(stored.columns.map((column) => [column.name, column.minLength ?? null])).toEqual([
      ['id', null], ['qty', null], ['price', null], ['color', 3], ['flag', 4], ['day', 10], ['at', null],
    ]);
    expect(stored.rows).toBe(profile.rows);
  });
});
