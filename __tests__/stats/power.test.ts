import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chiSquareCritical, noncentralChiSquareSurvival, normalQuantile, requiredNoncentrality } from '../../src/stats/index.js';
import { detectableCategoryMove, detectableMeanShift } from '../../src/compare/detectable.js';
import { close } from './fixtures.js';

// scripts/scipy/gen_power.py
interface Fixture {
  normalQuantile: { p: number; x: number }[];
  chiSquareCritical: { alpha: number; dof: number; x: number }[];
  noncentralChiSquareSurvival: { x: number; dof: number; noncentrality: number; sf: number }[];
  requiredNoncentrality: { dof: number; alpha: number; power: number; noncentrality: number }[];
  meanShift: { baseline: number; current: number; alpha: number; zTest: number; tTest: number }[];
  categoryMove: { baseline: number; current: number; shares: number[]; alpha: number; move: number; simulatedPower: number; runs: number }[];
}
const fixture = JSON.parse(readFileSync(join(process.cwd(), '__tests__', 'fixtures', 'stats', 'power.json'), 'utf8')) as Fixture;

describe('power of χ² tests, against SciPy', () => {
  it.each(fixture.normalQuantile)('normalQuantile($p) is norm.ppf', ({ p, x }) => {
    expect(close(normalQuantile(p), x, 1e-13)).toBe(true);
  });

  it.each(fixture.chiSquareCritical)('chiSquareCritical($alpha, $dof) is chi2.isf', ({ alpha, dof, x }) => {
    expect(close(chiSquareCritical(alpha, dof), x, 1e-9)).toBe(true);
  });

  it.each(fixture.noncentralChiSquareSurvival)('noncentralChiSquareSurvival($x, $dof, $noncentrality) is ncx2.sf', ({ x, dof, noncentrality, sf }) => {
    expect(close(noncentralChiSquareSurvival(x, dof, noncentrality), sf, 1e-9, 1e-15)).toBe(true);
  });

  it.each(fixture.requiredNoncentrality)('a $dof-dof test at $alpha needs the noncentrality SciPy solves for to reach power $power', ({ dof, alpha, power, noncentrality }) => {
    expect(close(requiredNoncentrality(dof, alpha, power), noncentrality, 1e-8)).toBe(true);
  });
});

describe('the smallest detectable change, against SciPy', () => {
  it.each(fixture.meanShift)('$baseline vs $current values at $alpha: the two-sided z-test\'s exact power function, and Student\'s t within 4%', ({ baseline, current, alpha, zTest, tTest }) => {
    const shift = detectableMeanShift(baseline, current, alpha);
    expect(close(shift, zTest, 1e-8)).toBe(true);
    expect(close(shift, tTest, 0.04)).toBe(true);
  });

  it('says a 203-vs-203 column at the 27-test level misses mean shifts under 0.39 std', () => {
    expect(detectableMeanShift(203, 203, 0.05 / 27)).toBeCloseTo(0.3925, 4);
  });

  it.each(fixture.categoryMove)('$baseline vs $current values over $shares.length categories: the move SciPy solves for, at which simulated χ² tests reach power 0.8', ({ baseline, current, shares, alpha, move, simulatedPower, runs }) => {
    expect(close(detectableCategoryMove(baseline, current, shares[0], shares[1], shares.length, alpha), move, 1e-8)).toBe(true);
    // Four binomial standard errors of the simulation.
    expect(Math.abs(simulatedPower - 0.8)).toBeLessThan(4 * Math.sqrt((0.8 * 0.2) / runs) + 0.002);
  });
});
