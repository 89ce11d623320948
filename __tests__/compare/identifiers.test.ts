import { describe, it, expect } from '@jest/globals';
import { compareDrift } from '../../src/compare/index.js';
import { profileOf, normals } from './helpers.js';

// New rows bring new ids: a drift test on a key column always fires and means nothing.
describe('identifier-like columns', () => {
  const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => String(from + i));
  const baseline = profileOf({ id: ids(1, 2000), email: ids(1, 2000).map((id) => `u${id}@x.org`), spend: normals(1, 2000).map(String) });
  const current = profileOf({ id: ids(2001, 2000), email: ids(2001, 2000).map((id) => `u${id}@x.org`), spend: normals(2, 2000).map(String) });

  it('are not compared by default, with a note saying why, and do not count towards the share', () => {
    const drift = compareDrift(baseline, current);
    const byName = Object.fromEntries(drift.columns.map((column) => [column.name, column]));
    expect(byName.id).toMatchObject({ drifted: false, score: 0, note: 'not compared: identifier by name (2,000 distinct of 2,000 values); list it under drift.columns to compare it' });
    expect(byName.email.drifted).toBe(false);
    expect(byName.spend.drifted).toBe(false);
    expect(drift).toMatchObject({ share: 0, drifted: false });
  });

  it('are compared when listed under drift.columns', () => {
    const drift = compareDrift(baseline, current, { columns: { id: { method: 'wasserstein' } } });
    expect(drift.columns.find((column) => column.name === 'id')).toMatchObject({ method: 'wasserstein', drifted: true });
  });
});
