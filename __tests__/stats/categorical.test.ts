import { describe, expect, it } from '@jest/globals';
import type { CategoryCounts } from '../../src/profile/types.js';
import { benjaminiHochberg, categoricalJensenShannon, categoricalPsi, chiSquareHomogeneity } from '../../src/stats/index.js';
import { close, loadCases } from './fixtures.js';

interface Table {
  name: string;
  baseline: Record<string, number>;
  current: Record<string, number>;
  chisquare: { statistic: number; pValue: number; dof: number };
  jensenshannon: number;
  psi: number;
}
const tables = loadCases<Table>('categorical');
const bh = loadCases<{ pValues: number[]; adjusted: number[] }>('bh');

const counts = (record: Record<string, number>): CategoryCounts => ({ counts: new Map(Object.entries(record)), other: 0, exact: true });

describe('categorical statistics agree with SciPy', () => {
  it.each(tables.map((t) => [t.name, t] as const))('%s', (_name, table) => {
    const a = counts(table.baseline);
    const b = counts(table.current);
    const chi = chiSquareHomogeneity(a, b);
    expect(chi.dof).toBe(table.chisquare.dof);
    expect(close(chi.statistic, table.chisquare.statistic, 1e-9, 1e-12)).toBe(true);
    expect([chi.pValue, close(chi.pValue, table.chisquare.pValue, 1e-9)]).toEqual([chi.pValue, true]);
    expect(close(categoricalJensenShannon(a, b), table.jensenshannon, 1e-9, 1e-12)).toBe(true);
    expect(close(categoricalPsi(a, b), table.psi, 1e-9, 1e-15)).toBe(true);
  });

  it('shows the weaknesses DESIGN.md names: Jensen–Shannon > 0.1 on 5,000 categories without drift, < 0.1 on a 10-point mix change', () => {
    const many = tables.find((t) => t.name === '5000 categories no drift')!;
    expect(categoricalJensenShannon(counts(many.baseline), counts(many.current))).toBeCloseTo(0.196, 3);
    const mix = tables.find((t) => t.name === '10-point mix change')!;
    expect(categoricalJensenShannon(counts(mix.baseline), counts(mix.current))).toBeCloseTo(0.076, 3);
    expect(chiSquareHomogeneity(counts(mix.baseline), counts(mix.current)).pValue).toBeLessThan(0.002);
  });
});

describe('benjaminiHochberg agrees with scipy.stats.false_discovery_control(method="bh")', () => {
  it.each(bh.map((c, i) => [i, c] as const))('case %d', (_i, expected) => {
    const adjusted = benjaminiHochberg(expected.pValues);
    adjusted.forEach((value, i) => expect(close(value, expected.adjusted[i], 1e-12, 1e-15)).toBe(true));
  });

  it('returns an empty list for no p-values', () => {
    expect(benjaminiHochberg([])).toEqual([]);
  });
});
