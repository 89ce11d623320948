// Seeded randomness, so a bootstrap interval is the same on every run and machine.

/**
 * xoshiro128** (Blackman & Vigna), seeded through splitmix32 so that nearby seeds give
 * unrelated streams. Period 2^128 − 1: far beyond the ~10^9 draws of a large bootstrap.
 * The state is four 32-bit words in an Int32Array, so hot loops can keep it in locals.
 */
// Bound once: under jest's vm sandbox every `Math.` lookup in a hot loop is a slow global access.
const imul = Math.imul;

export type GeneratorState = Int32Array;

export function seededState(seed: number): GeneratorState {
  let s = seed >>> 0;
  const splitmix = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  const state = Int32Array.of(splitmix(), splitmix(), splitmix(), splitmix());
  if ((state[0] | state[1] | state[2] | state[3]) === 0) state[0] = 1;
  return state;
}

/** Uniform numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  const state = seededState(seed);
  return () => {
    let a = state[0], b = state[1], c = state[2], d = state[3];
    const r = imul(b, 5);
    const result = imul((r << 7) | (r >>> 25), 9) >>> 0;
    const t = b << 9;
    c ^= a; d ^= b; b ^= c; a ^= d; c ^= t;
    d = (d << 11) | (d >>> 21);
    state[0] = a; state[1] = b; state[2] = c; state[3] = d;
    return result / 4294967296;
  };
}

/**
 * Cumulative Poisson(1) probabilities scaled to 2^31: a 31-bit uniform u draws k when
 * POISSON_CDF[k − 1] ≤ u < POISSON_CDF[k]. Values whose tail is below 2^−31 (k ≥ 12) cannot occur.
 */
const POISSON_CDF = ((): Int32Array => {
  const cdf: number[] = [];
  let probability = Math.exp(-1);
  let sum = probability;
  for (let k = 1; Math.round(sum * 2 ** 31) < 2 ** 31; k++) {
    cdf.push(Math.round(sum * 2 ** 31));
    probability /= k;
    sum += probability;
  }
  return Int32Array.from(cdf);
})();

/**
 * Fills `weights` with independent Poisson(1) counts, advancing `state`. The generator is
 * inlined and the first three comparisons are branch-free (sign bits): a data-dependent
 * branch per example would cost more than the generator itself.
 */
export function poissonWeights(weights: Uint8Array, state: GeneratorState): void {
  let a = state[0], b = state[1], c = state[2], d = state[3];
  const cdf = POISSON_CDF;
  const t0 = cdf[0], t1 = cdf[1], t2 = cdf[2], t3 = cdf[3];
  for (let i = 0; i < weights.length; i++) {
    const r = imul(b, 5);
    const u = imul((r << 7) | (r >>> 25), 9) >>> 1; // the top 31 bits
    const t = b << 9;
    c ^= a; d ^= b; b ^= c; a ^= d; c ^= t;
    d = (d << 11) | (d >>> 21);
    // u − t is within ±2^31, so its sign bit is 1 exactly when u < t.
    let k = 3 - ((u - t0) >>> 31) - ((u - t1) >>> 31) - ((u - t2) >>> 31);
    if (u >= t3) {
      k = 4;
      while (k < cdf.length && u >= cdf[k]) k++;
    }
    weights[i] = k;
  }
  state[0] = a; state[1] = b; state[2] = c; state[3] = d;
}
