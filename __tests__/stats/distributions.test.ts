import { describe, expect, it } from '@jest/globals';
import { chiSquareSurvival, kolmogorovSurvival, smirnovSurvival } from '../../src/stats/index.js';
import { close } from './fixtures.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Distributions {
  chi2: { x: number; dof: number; sf: number }[];
  kstwo: { n: number; d: number; sf: number }[];
  smirnov: { n: number; d: number; sf: number }[];
}
const fixture = (JSON.parse(readFileSync(join(process.cwd(), '__tests__/fixtures/stats/distributions.json'), 'utf8')) as { cases: Distributions }).cases;

function mismatches<T>(rows: T[], compute: (row: T) => number, expected: (row: T) => number, relative: number): string[] {
  return rows.filter((row) => !close(compute(row), expected(row), relative)).map((row) => `${JSON.stringify(row)} → ${compute(row)}`);
}

describe('distribution functions agree with SciPy', () => {
  it('chi-square survival matches scipy.stats.chi2.sf to 1e-11 from dof 1 to 4999 and p down to 1e-300', () => {
    expect(mismatches(fixture.chi2, (r) => chiSquareSurvival(r.x, r.dof), (r) => r.sf, 1e-11)).toEqual([]);
  });

  it('the two-sided Kolmogorov survival matches scipy.stats.kstwo.sf to 1e-9 for n from 1 to 10^6', () => {
    expect(mismatches(fixture.kstwo, (r) => kolmogorovSurvival(r.n, r.d), (r) => r.sf, 1e-9)).toEqual([]);
  });

  it('the one-sided Smirnov survival matches scipy.special.smirnov to 1e-9', () => {
    expect(mismatches(fixture.smirnov, (r) => smirnovSurvival(r.n, r.d), (r) => r.sf, 1e-9)).toEqual([]);
  });

  it('chi-square survival is 1 at zero and for a non-positive statistic', () => {
    expect(chiSquareSurvival(0, 3)).toBe(1);
    expect(chiSquareSurvival(-1, 3)).toBe(1);
  });
});
