import { describe, expect, it } from '@jest/globals';
import { compareDrift } from '../../src/compare/index.js';
import { driftGates } from '../../src/gates/drift.js';
import { choices, normals, profileOf } from './helpers.js';

const text = (values: number[]): string[] => values.map((x) => x.toFixed(4));
const cities = Array.from({ length: 2000 }, (_, i) => `city${i}`);
const zipf = cities.map((_, i) => 1 / (i + 1) ** 1.1);

describe('the significant method (test and effect size together)', () => {
  it('does not flag sampling noise in a 2,000-category column that auto flags with Jensen–Shannon', () => {
    const baseline = profileOf({ city: choices(1, 10_000, cities, zipf) });
    const current = profileOf({ city: choices(2, 10_000, cities, zipf) });
    expect(compareDrift(baseline, current, { method: 'auto' }).columns[0]).toMatchObject({ method: 'jensenshannon', drifted: true });
    const column = compareDrift(baseline, current, { method: 'significant' }).columns[0];
    expect(column).toMatchObject({ method: 'significant', threshold: 0.05, drifted: false });
    expect(column.score).toBeGreaterThan(0.05); // noise alone moves many rows between rare categories…
    expect(column.pValue).toBeGreaterThan(0.05); // …but χ² says it is noise
  });

  it('flags a 10-point category-mix change that Jensen–Shannon scores below 0.1', () => {
    const categories = ['a', 'b', 'c', 'd'];
    const baseline = profileOf({ c: choices(3, 20_000, categories, [40, 30, 20, 10]) });
    const current = profileOf({ c: choices(4, 20_000, categories, [30, 40, 20, 10]) });
    expect(compareDrift(baseline, current, { method: 'auto' }).columns[0]).toMatchObject({ method: 'jensenshannon', drifted: false });
    const column = compareDrift(baseline, current, { method: 'significant' }).columns[0];
    expect(column).toMatchObject({ drifted: true, status: 'fail' });
    expect(column.score).toBeCloseTo(0.1, 1);
  });

  it('on numbers, needs both a KS rejection and a Wasserstein effect above 0.1 std', () => {
    const baseline = profileOf({ x: text(normals(5, 800)) });
    const small = compareDrift(baseline, profileOf({ x: text(normals(6, 800, 0.05)) }), { method: 'significant' }).columns[0];
    expect(small.drifted).toBe(false);
    const large = compareDrift(baseline, profileOf({ x: text(normals(6, 800, 0.5)) }), { method: 'significant' }).columns[0];
    expect(large).toMatchObject({ method: 'significant', threshold: 0.1, drifted: true });
    expect(large.pValue).toBeLessThan(1e-6);
    expect(driftGates('d', { share: 1, drifted: true, threshold: 0.5, columns: [large] })[0].message).toMatch(/^x drifted: significant: effect 0\.\d+ > 0\.1, p \S+ < 0\.05$/);
  });
});
