// Count, mean and the sum of squared deviations, streamed (Welford) and merged (Chan et al.),
// which stay accurate where the textbook sum-of-squares formula cancels catastrophically.

export interface Moments {
  n: number;
  mean: number;
  /** Σ (x − mean)². */
  m2: number;
  min: number;
  max: number;
}

/** A class so that V8 updates the doubles in place; an object literal's would be new heap numbers on every value. */
class RunningMoments implements Moments {
  n = 0;
  mean = 0;
  m2 = 0;
  min = Infinity;
  max = -Infinity;
}

export function emptyMoments(): Moments {
  return new RunningMoments();
}

export function mergeMoments(a: Moments, b: Moments): Moments {
  if (a.n === 0) return { ...b };
  if (b.n === 0) return { ...a };
  const n = a.n + b.n;
  const delta = b.mean - a.mean;
  return {
    n,
    mean: a.mean + (delta * b.n) / n,
    m2: a.m2 + b.m2 + (delta * delta * a.n * b.n) / n,
    min: Math.min(a.min, b.min),
    max: Math.max(a.max, b.max),
  };
}

/** Sample standard deviation (n − 1); undefined below two values. */
export function sampleStd(moments: Moments): number | undefined {
  return moments.n < 2 ? undefined : Math.sqrt(Math.max(0, moments.m2) / (moments.n - 1));
}
