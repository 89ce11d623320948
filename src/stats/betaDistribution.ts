// The regularized incomplete beta function and the Student t and F survival functions built on it,
// as scipy.special.betainc, scipy.stats.t.sf and scipy.stats.f.sf (for Welch's t and Brown–Forsythe).

import { logGamma } from './chiSquareDistribution.js';

const EPSILON = 1e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 10_000;

/** I_x(a, b) for a, b > 0 and 0 ≤ x ≤ 1: the continued fraction (modified Lentz), on the side where it converges fast. */
export function regularizedBeta(x: number, a: number, b: number): number {
  if (!(a > 0 && b > 0) || Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
  if (x < (a + 1) / (a + b + 2)) return (Math.exp(logFront) * betaFraction(x, a, b)) / a;
  return 1 - (Math.exp(logFront) * betaFraction(1 - x, b, a)) / b;
}

/** The upper tail 1 − I_x(a, b) = I_{1−x}(b, a), computed without cancellation. */
export function regularizedBetaUpper(x: number, a: number, b: number): number {
  return regularizedBeta(1 - x, b, a);
}

function betaFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m += 1) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return h;
}

/** P(T > t) for Student's t with `dof` degrees of freedom (dof may be fractional, as Welch's). */
export function studentTSurvival(t: number, dof: number): number {
  if (Number.isNaN(t) || !(dof > 0)) return Number.NaN;
  if (t === Number.POSITIVE_INFINITY) return 0;
  if (t === Number.NEGATIVE_INFINITY) return 1;
  // For large |t|, dof/(dof + t²) underflows relative precision less than t²/(dof + t²).
  const tail = 0.5 * regularizedBeta(dof / (dof + t * t), dof / 2, 0.5);
  return t > 0 ? tail : 1 - tail;
}

/** P(F > f) for F with (dof1, dof2) degrees of freedom. */
export function fSurvival(f: number, dof1: number, dof2: number): number {
  if (Number.isNaN(f) || !(dof1 > 0 && dof2 > 0)) return Number.NaN;
  if (f <= 0) return 1;
  if (f === Number.POSITIVE_INFINITY) return 0;
  return regularizedBeta(dof2 / (dof2 + dof1 * f), dof2 / 2, dof1 / 2);
}
