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
    return (q * (((((((r * 2509.0809287301227 + 33430.57558358813) * r + 67265.7709270087) * r + 45921.95393154987) * r
      + 13731.69376550946) * r + 1971.5909503065513) * r + 133.14166789178438) * r + 3.3871328727963665))
      / (((((((r * 5226.495278852546 + 28729.085735721943) * r + 39307.89580009271) * r + 21213.794301586597) * r
        + 5394.196021424751) * r + 687.1870074920579) * r + 42.31333070160091) * r + 1);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let value: number;
  if (r <= 5) {
    r -= 1.6;
    value = (((((((r * 0.0007745450142783414 + 0.022723844989269184) * r + 0.2417807251774506) * r + 1.2704582524523684) * r
      + 3.6478483247632045) * r + 5.769497221460691) * r + 4.630337846156546) * r + 1.4234371107496835)
      / (((((((r * 1.0507500716444169e-09 + 0.0005475938084995345) * r + 0.015198666563616457) * r + 0.14810397642748008) * r
        + 0.6897673349851) * r + 1.6763848301838038) * r + 2.053191626637759) * r + 1);
  } else {
    r -= 5;
    value = (((((((r * 2.0103343992922881e-07 + 2.7115555687434876e-05) * r + 0.0012426609473880784) * r + 0.026532189526576124) * r
      + 0.29656057182850487) * r + 1.7848265399172913) * r + 5.463784911164114) * r + 6.657904643501103)
      / (((((((r * 2.0442631033899397e-15 + 1.421511758316446e-07) * r + 1.8463183175100548e-05) * r + 0.0007868691311456133) * r
        + 0.014875361290850615) * r + 0.1369298809227358) * r + 0.599832206555888) * r + 1);
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
