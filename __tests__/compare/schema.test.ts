import { describe, expect, it } from '@jest/globals';
import { diffSchema, hasBreakingChange } from '../../src/compare/index.js';
import { schemaGates } from '../../src/gates/schema.js';
import { normals, profileOf } from './helpers.js';

const ids = Array.from({ length: 200 }, (_, i) => String(i + 1));
const ages = normals(1, 200, 40, 10).map((x) => String(Math.round(x)));
const cities = ids.map((_, i) => ['Berlin', 'Paris', 'Rome'][i % 3]);

describe('diffSchema', () => {
  it('reports nothing for identical profiles', () => {
    const profile = profileOf({ id: ids, age: ages });
    expect(diffSchema(profile, profile)).toEqual({ added: [], removed: [], changed: [], renamed: [], nullability: [], reordered: false });
  });

  it('classifies a removed column as breaking and an added one as not', () => {
    const diff = diffSchema(profileOf({ id: ids, legacy: cities }), profileOf({ id: ids, score: ages.map((a) => `${a}.5`) }));
    expect(diff.removed).toEqual([{ name: 'legacy', type: 'string', breaking: true }]);
    expect(diff.added).toEqual([{ name: 'score', type: 'number', breaking: false }]);
    expect(hasBreakingChange(diff)).toBe(true);
  });

  it('treats integer → number as widening and integer → string as breaking', () => {
    const baseline = profileOf({ a: ages, b: ages });
    const current = profileOf({ a: ages.map((x) => `${x}.25`), b: ages.map((x, i) => (i === 0 ? 'unknown' : x)) });
    expect(diffSchema(baseline, current).changed).toEqual([
      { name: 'a', from: 'integer', to: 'number', breaking: false },
      { name: 'b', from: 'integer', to: 'string', breaking: true },
    ]);
  });

  it('reports no change when a number column is observed with integers only (every value still fits)', () => {
    const diff = diffSchema(profileOf({ a: ages.map((x) => `${x}.5`) }), profileOf({ a: ages }));
    expect(diff.changed).toEqual([]);
    expect(hasBreakingChange(diff)).toBe(false);
  });

  it('reports a column that now has nulls as non-breaking, breaking only where the contract says nullable: false', () => {
    const baseline = profileOf({ email: ids.map((i) => `u${i}@x.org`) });
    const current = profileOf({ email: ids.map((i, n) => (n % 10 === 0 ? '' : `u${i}@x.org`)) });
    expect(diffSchema(baseline, current).nullability).toEqual([{ name: 'email', from: false, to: true, breaking: false }]);
    const contract = { allow_extra_columns: true, columns: { email: { nullable: false } } };
    expect(diffSchema(baseline, current, contract).nullability[0].breaking).toBe(true);
    expect(diffSchema(baseline, current, { allow_extra_columns: true, columns: { email: { nullable: true } } }).nullability[0].breaking).toBe(false);
    expect(diffSchema(current, baseline).nullability).toEqual([{ name: 'email', from: true, to: false, breaking: false }]);
  });

  it('detects a changed column order', () => {
    expect(diffSchema(profileOf({ id: ids, age: ages }), profileOf({ age: ages, id: ids })).reordered).toBe(true);
  });

  it('reports a removed + added column with the same type and profile as a probable rename', () => {
    const mpg = normals(2, 200, 25, 5).map((x) => x.toFixed(1));
    const diff = diffSchema(profileOf({ id: ids, mpg }), profileOf({ id: ids, miles_per_gallon: mpg }));
    expect(diff.renamed).toEqual([{ from: 'mpg', to: 'miles_per_gallon', type: 'number', breaking: true }]);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
  });

  it('does not call two different columns a rename', () => {
    const diff = diffSchema(profileOf({ id: ids, mpg: normals(2, 200, 25, 5).map((x) => x.toFixed(1)) }), profileOf({ id: ids, weight: normals(3, 200, 1500, 300).map((x) => x.toFixed(1)) }));
    expect(diff.renamed).toEqual([]);
    expect(diff.removed.map((c) => c.name)).toEqual(['mpg']);
  });

  it('makes an added column breaking when the contract forbids extra columns', () => {
    const diff = diffSchema(profileOf({ id: ids }), profileOf({ id: ids, extra: cities }), { allow_extra_columns: false, columns: {} });
    expect(diff.added[0].breaking).toBe(true);
  });
});

describe('schemaGates', () => {
  const diff = diffSchema(profileOf({ id: ids, legacy: cities, age: ages }), profileOf({ age: ages, id: ids, score: ages }));

  it('fails on breaking changes and ignores non-breaking ones by default', () => {
    expect(schemaGates('train', diff)).toEqual([
      expect.objectContaining({ id: 'train.schema.removed.legacy', kind: 'schema', status: 'fail', severity: 'error', message: 'breaking: column legacy (string) was removed' }),
    ]);
  });

  it('reports non-breaking changes when asked, and breaking ones as warnings', () => {
    const gates = schemaGates('train', diff, { breaking: 'warn', non_breaking: 'warn' });
    expect(gates.map((g) => [g.id, g.status])).toEqual([
      ['train.schema.removed.legacy', 'warn'], ['train.schema.added.score', 'warn'], ['train.schema.reordered', 'warn'],
    ]);
  });

  it('passes with one gate when nothing changed', () => {
    const same = diffSchema(profileOf({ id: ids }), profileOf({ id: ids }));
    expect(schemaGates('train', same)).toEqual([{ id: 'train.schema', kind: 'schema', dataset: 'train', status: 'pass', message: 'schema unchanged' }]);
  });
});
