// Power of χ² tests, for saying what a test could not have seen: the normal quantile, χ² critical
// values, the noncentral χ² survival function and the noncentrality a test needs for a given
// power (a two-sided z-test is the 1-degree-of-freedom case). Checked against scipy.stats
// (norm.ppf, chi2.isf, ncx2.sf) by scripts/scipy/gen_power.py.

import { chiSquareSurvival, logGamma } from './chiSquareDistribution.js';

/** Φ⁻¹(p), as scipy.stats.norm.ppf (Wichura's AS 241, about 1e-16 relative). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) return p === 0 ? Number.NEGATIVE_INFINITY : p === 1 ? Number.POSITIVE_INFINITY : Number.NaN;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853) * r + 45921.953931549871457) * r
      + 13731.693765509461125) * r + 1971.5909503065514427) * r + 133.14166789178437745) * r + 3.387132872796366608))
      / (((((((r * 5226.495278852545925 + 28729.085735721942674) * r + 39307.89580009271061) * r + 21213.794301586595867) * r
        + 5394.1960214247511077) * r + 687.1870074920579083) * r + 42.313330701600911252) * r + 1);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let value: number;
  if (r <= 5) {
    r -= 1.6;
    value = (((((((r * 7.7454501427834140764e-4 + 0.0227238449892691845833) * r + 0.24178072517745061177) * r + 1.27045825245236838258) * r
      + 3.64784832476320460504) * r + 5.7694972214606914055) * r + 4.6303378461565452959) * r + 1.42343711074968357734)
      / (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r + 0.14810397642748007459) * r
        + 0.68976733498510000455) * r + 1.6763848301838038494) * r + 2.05319162663775882187) * r + 1);
  } else {
    r -= 5;
    value = (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r + 0.026532189526576123093) * r
      + 0.29656057182850489123) * r + 1.7848265399172913358) * r + 5.4637849111641143699) * r + 6.6579046435011037772)
      / (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r + 7.868691311456132591e-4) * r
        + 0.0148753612908506148525) * r + 0.13692988092273580531) * r + 0.59983220655588793769) * r + 1);
  }
  return q < 0 ? -value : value;
}

/** The x with P(X > x) = alpha for X ~ χ²(dof), as scipy.stats.chi2.isf(alpha, dof). */
export function chiSquareCritical(alpha: number, dof: number): number {
  return bisect((x) => chiSquareSurvival(x, dof) - alpha, 0, upperBracket((x) => chiSquareSurvival(x, dof) > alpha, dof + 10));
}

/**
 * P(X > x) for X ~ noncentral χ²(dof, λ), as scipy.stats.ncx2.sf(x, dof, λ): the Poisson(λ/2)
 * mixture of central χ²(dof + 2j), summed outwards from the mode until the terms vanish.
 */
export function noncentralChiSquareSurvival(x: number, dof: number, noncentrality: number): number {
  if (x <= 0) return 1;
  if (!(noncentrality > 0)) return chiSquareSurvival(x, dof);
  const half = noncentrality / 2;
  const poisson = (j: number): number => Math.exp(j * Math.log(half) - half - logGamma(j + 1));
  const mode = Math.floor(half);
  let total = 0;
  for (let j = mode; ; j += 1) {
    const term = poisson(j) * chiSquareSurvival(x, dof + 2 * j);
    total += term;
    if (j > mode + 10 && term < 1e-17 * total) break;
  }
  for (let j = mode - 1; j >= 0; j -= 1) {
    const weight = poisson(j);
    total += weight * chiSquareSurvival(x, dof + 2 * j);
    if (weight < 1e-17) break;
  }
  return Math.min(1, total);
}

/**
 * The noncentrality λ at which a χ²(dof) test at level `alpha` rejects with probability `power`.
 * The smallest change a test sees that often has λ equal to this: for a shift of d standard
 * deviations between n₁ and n₂ values, λ = d² · n₁n₂/(n₁ + n₂).
 */
export function requiredNoncentrality(dof: number, alpha: number, power: number): number {
  const critical = chiSquareCritical(alpha, dof);
  const reaches = (lambda: number): boolean => noncentralChiSquareSurvival(critical, dof, lambda) >= power;
  return bisect((lambda) => noncentralChiSquareSurvival(critical, dof, lambda) - power, 0, upperBracket((lambda) => !reaches(lambda), critical + 10));
}

/** Doubles `from` until `below(x)` is false: the upper end of a bracket. */
function upperBracket(below: (x: number) => boolean, from: number): number {
  let high = from;
  while (below(high) && high < 1e12) high *= 2;
  return high;
}

/** The root of a function that changes sign once on [low, high] (decreasing or increasing). */
function bisect(f: (x: number) => number, low: number, high: number): number {
  const increasing = f(high) > f(low);
  for (let i = 0; i < 200 && high - low > 1e-12 * Math.max(1, high); i += 1) {
    const middle = (low + high) / 2;
    if (f(middle) > 0 === increasing) high = middle;
    else low = middle;
  }
  return (low + high) / 2;
}
