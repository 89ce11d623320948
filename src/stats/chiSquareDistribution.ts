// The χ² survival function, P(X > x) for X ~ χ²(dof), via the regularized upper incomplete gamma
// function Q(dof/2, x/2) — what scipy.stats.chi2.sf computes (Cephes chdtrc/igamc).
//
// Hand-written because the npm options measured worse than needed: @stdlib's gammainc 0.3.1 is
// off by up to 2.4% relative at dof ≈ 5000 (a column with 5,000 categories), jStat computes
// 1 − cdf and returns 0 below 1e-16. This version agrees with SciPy 1.17 to ~1e-12 relative over
// dof 1…5000 and p down to 1e-300 (see __tests__/stats/chiSquareDistribution.test.ts).

const EPSILON = 1.1102230246251565e-16;
const MAX_ITERATIONS = 100_000;

// Stirling series coefficients B2k / (2k (2k − 1)), k = 1…8.
const STIRLING = [
  1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156, -3617 / 122400,
];
const HALF_LOG_TWO_PI = 0.9189385332046728;

/** ln Γ(x) for x > 0: Stirling's series at x ≥ 15, shifted up by the recurrence below it. */
export function logGamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  let shift = 0;
  let product = 1;
  while (x + shift < 15) {
    product *= x + shift;
    shift += 1;
  }
  const z = x + shift;
  const inverse = 1 / z;
  const inverseSquared = inverse * inverse;
  let series = 0;
  for (let k = STIRLING.length - 1; k >= 0; k -= 1) series = series * inverseSquared + STIRLING[k];
  const stirling = (z - 0.5) * Math.log(z) - z + HALF_LOG_TWO_PI + series * inverse;
  return shift === 0 ? stirling : stirling - Math.log(product);
}

/** x^a e^(−x) / Γ(a), the common factor of both expansions, in log space to avoid overflow. */
function gammaFactor(a: number, x: number): number {
  return Math.exp(a * Math.log(x) - x - logGamma(a));
}

/** Lower regularized P(a, x) by its power series (DLMF 8.11.4); converges fast for x < a + 1. */
function lowerSeries(a: number, x: number): number {
  const factor = gammaFactor(a, x);
  if (factor === 0) return 0;
  let r = a;
  let term = 1;
  let sum = 1;
  for (let i = 0; i < MAX_ITERATIONS; i += 1) {
    r += 1;
    term *= x / r;
    sum += term;
    if (term <= EPSILON * sum) break;
  }
  return (sum * factor) / a;
}

/** Upper regularized Q(a, x) by its continued fraction (DLMF 8.9.2, modified Lentz); x ≥ a + 1. */
function upperContinuedFraction(a: number, x: number): number {
  const factor = gammaFactor(a, x);
  if (factor === 0) return 0;
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let fraction = d;
  for (let i = 1; i < MAX_ITERATIONS; i += 1) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    fraction *= delta;
    if (Math.abs(delta - 1) <= EPSILON) break;
  }
  return fraction * factor;
}

/** Q(a, x) = Γ(a, x) / Γ(a), the regularized upper incomplete gamma function. */
export function regularizedUpperGamma(a: number, x: number): number {
  if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0) return Number.NaN;
  if (x === 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  if (x < a + 1) return Math.max(0, 1 - lowerSeries(a, x));
  return upperContinuedFraction(a, x);
}

/** P(X > x) for X ~ χ²(dof), as scipy.stats.chi2.sf(x, dof). */
export function chiSquareSurvival(x: number, dof: number): number {
  if (x <= 0) return 1;
  return regularizedUpperGamma(dof / 2, x / 2);
}
